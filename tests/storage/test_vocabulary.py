"""The CHECK constraints of the shipped schema hold the same codes as the vocabulary."""

from pps_monitor.domain import vocabulary as V
from pps_monitor.domain.breakdown import ROLES, SECTORS


def _schema(db, table):
    return db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]


def test_check_constraints_list_the_vocabulary(db):
    assert f"sector IN {V.sql_in_list(V.SECTORS)}" in _schema(db, "organisations")
    respondents = _schema(db, "respondents")
    assert f"sector IN {V.sql_in_list(V.SECTORS)}" in respondents
    assert f"role IN {V.sql_in_list(V.ROLES)}" in respondents
    # Since schema v3 no per-respondent source is stored (issue 11: it singled out the
    # one paper form of a meeting round), nor any time.
    assert "source" not in respondents and "created_at" not in respondents
    assert f"status IN {V.sql_in_list(V.ROUND_STATUSES)}" in _schema(db, "rounds")
    assert f"status IN {V.sql_in_list(V.ACTION_STATUSES)}" in _schema(db, "action_points")


def test_breakdowns_use_the_same_codes():
    assert (SECTORS, ROLES) == (V.SECTORS, V.ROLES)


def test_digits_follow_the_order_of_the_codes():
    assert V.SECTOR_DIGITS == {
        "1": "public",
        "2": "private",
        "3": "social_enterprise",
        "4": "other",
    }
    assert V.ROLE_DIGITS == {"1": "manager", "2": "professional"}
