"""Where PPS Monitor keeps its files (no heavy imports: used at start-up)."""

from pathlib import Path


def default_database_path() -> Path:
    """The database in the user's data folder (created on first use)."""
    from platformdirs import user_data_path

    return user_data_path("pps-monitor", appauthor=False) / "pps-monitor.sqlite"


SYNCED_FOLDERS = (
    "dropbox",
    "onedrive",
    "google drive",
    "googledrive",
    "icloud",
    "nextcloud",
    "owncloud",
    "syncthing",
    "box sync",
)
NETWORK_FILESYSTEMS = ("nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs")


def location_warning(path: Path) -> str | None:
    """Why SQLite is unsafe here (a network share or a synced folder), or None.

    SQLite's locking does not hold over network file systems, and sync clients copy a
    database half-way through a write: both can corrupt it or lose answers.
    """
    raw = str(path)
    if raw.startswith(("\\\\", "//")):  # a UNC path: \\server\share
        name = Path(raw.replace("\\", "/")).name
        return f"{name} is on a network share ({raw}). Keep the database on this computer."
    path = Path(path).resolve()
    text = str(path)
    lowered = [part.lower() for part in path.parts]
    for part in lowered:
        if any(name in part for name in SYNCED_FOLDERS):
            return (
                f"{path.name} is in a synced folder ({part}). Sync can corrupt a database in "
                "use; keep it outside and export files to share instead."
            )
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best = ("", "")
    for line in mounts:
        fields = line.split()
        if (
            len(fields) >= 3
            and (text == fields[1] or text.startswith(fields[1].rstrip("/") + "/"))
            and len(fields[1]) > len(best[0])
        ):
            best = (fields[1], fields[2])
    if best[1] in NETWORK_FILESYSTEMS:
        return (
            f"{path.name} is on a network file system ({best[1]}). "
            "Keep the database on this computer."
        )
    return None
