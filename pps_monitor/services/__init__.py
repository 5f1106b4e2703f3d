"""The Qt-free service layer: everything the app (and the CLI) can do to a database.

The UI reaches storage only through here, so no widget holds SQL; long operations take a
database *path* and open their own connection, so they can run in a worker thread.
"""
