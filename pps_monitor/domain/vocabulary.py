"""The codes stored for sectors, roles, sources and statuses: their one home.

Every layer takes its codes from here: storage validates with them, exchange files and
paper forms are checked against them, the report and the breakdowns list groups in this
order. The codes are stored in databases and written in exchange files, so a shipped
code never changes. Labels for people live with the UI (``ui/labels.py``) and the
report texts; the CHECK constraints of shipped migrations keep their literal lists (a
test holds them equal to these tuples).
"""

from __future__ import annotations

from collections.abc import Iterable

SECTORS = ("public", "private", "social_enterprise", "other")
ROLES = ("manager", "professional")
ACTION_STATUSES = ("open", "in_progress", "done", "dropped")
OPEN_ACTION_STATUSES = ("open", "in_progress")  # action points still to be worked on
ROUND_STATUSES = ("open", "closed")
SOURCES = ("app", "meeting", "paper", "import", "demo")  # how a respondent's answers came in

# Paper forms and the paper grid take a digit for a sector or role: its place in the tuple.
SECTOR_DIGITS = {str(k): code for k, code in enumerate(SECTORS, start=1)}
ROLE_DIGITS = {str(k): code for k, code in enumerate(ROLES, start=1)}


def sql_in_list(codes: Iterable[str]) -> str:
    """The codes as an SQL list for a CHECK constraint: ``('a', 'b')``."""
    return "(" + ", ".join(f"'{code}'" for code in codes) + ")"
