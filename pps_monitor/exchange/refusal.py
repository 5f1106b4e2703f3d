"""A refused incoming file: one plain line, in Dutch or English, naming file, place and problem.

Every check of the hardened reader raises :class:`Refused`. ``str(exc)`` is the English
line (logs, tests, callers that know no language); ``exc.text("nl")`` the Dutch one. The
problem is an English msgid of the Qt-free catalogue (``pps_monitor.i18n``) with
``{placeholders}``, so it is translated only when shown.
"""

from __future__ import annotations

from typing import Any

from pps_monitor.exchange.fileformat import ExchangeError
from pps_monitor.i18n import N_, gettext

NOTHING_CHANGED = N_("Nothing was changed.")


class Refused(ExchangeError):
    """An incoming file refused before anything was written."""

    def __init__(self, file: str, where: str, msgid: str, **params: Any) -> None:
        self.file = file
        self.where = where
        self.msgid = msgid
        self.params = params
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        """The one line in ``lang`` ('nl' or 'en')."""
        # A text parameter may itself be a msgid (e.g. the kind of file expected).
        params = {k: gettext(lang, v) if isinstance(v, str) else v for k, v in self.params.items()}
        problem = gettext(lang, self.msgid).format(**params)
        place = f"{self.where}: " if self.where else ""
        return f"{self.file}: {place}{problem} {gettext(lang, NOTHING_CHANGED)}"


def translated(exc: BaseException, lang: str) -> str:
    """The message of any error in ``lang`` when it can be translated, else ``str(exc)``."""
    text = getattr(exc, "text", None)
    return text(lang) if callable(text) else str(exc)
