"""Migration m010: rounds shown by the old method before the upgrade (issue 11, F1).

Kept out of ``migrations.py`` (which registers it, after m009) for that module's length.
"""

from sqlite_utils import Database

OLD_METHOD_SCHEMA = 8  # the last schema that counted every answer per statement


def m010_shown_by_old_method(db: Database) -> None:
    """``respondents.shown_before``: for a file upgraded from schema 8 or older, the
    ``released`` state (1 round figures only, 2 breakdowns too) in which each respondent's
    answers were shown by the old method; NULL otherwise (``domain.release_sets`` holds
    back a figure that would move by fewer than its k against what was shown).

    Runs in the same upgrade as m009 for such files (``PRAGMA user_version`` is the
    starting version until every migration ran). It also undoes m009's "everyone in
    batch 1": the late answers the old breakdowns left out become batch 2, so they join
    the breakdowns only by the release rules. A file already at schema 9 is left as it is.
    """
    db.execute(
        "ALTER TABLE respondents ADD COLUMN shown_before INTEGER"
        " CHECK (shown_before IS NULL OR shown_before IN (1, 2))"
    )
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if 0 < version <= OLD_METHOD_SCHEMA:
        db.execute("UPDATE respondents SET shown_before = released WHERE released != 0")
        db.execute("UPDATE respondents SET generation = 2 WHERE released = 1")
