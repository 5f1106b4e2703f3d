"""Errors a user can understand and act on.

Anything raised as a ``PpsError`` carries a message in plain words that the CLI
prints on one line and the app shows in a dialog. Every other exception is a bug.
"""


class PpsError(Exception):
    """An error the user can fix; ``str(err)`` is the message to show."""


class InstrumentError(PpsError):
    """An instrument file or snapshot is missing, unreadable or invalid."""


class DatabaseError(PpsError):
    """The database cannot be used: newer version, damaged, not a database."""


class NotFoundError(PpsError):
    """A named partnership, round or record does not exist."""


class InputError(PpsError):
    """A value given by the user is out of range or malformed."""
