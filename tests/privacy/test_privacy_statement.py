"""The privacy statement ships with the app and says what the code does."""

from pathlib import Path

from pps_monitor.domain.model import DEFAULT_SETTINGS, MIN_FLOOR
from pps_monitor.storage.backup import KEEP

ROOT = Path(__file__).resolve().parents[2]
STATEMENT = ROOT / "docs" / "privacy-statement.md"
SHIPPED = ROOT / "resources" / "docs" / "privacy-statement.md"


def test_the_shipped_copy_is_the_statement():
    assert SHIPPED.read_text(encoding="utf-8") == STATEMENT.read_text(encoding="utf-8")


def test_the_statement_names_the_floors_and_the_backups_as_the_code_has_them():
    text = STATEMENT.read_text(encoding="utf-8")
    assert "## Nederlands" in text and "## English" in text
    assert f"from {DEFAULT_SETTINGS.min_round} respondents" in text
    assert f"a distribution of answers from {DEFAULT_SETTINGS.min_breakdown}" in text
    assert f"never below\n{MIN_FLOOR}" in text or f"never below {MIN_FLOOR}" in text
    assert f"newest {KEEP}" in text and f"nieuwste {KEEP}" in text


def test_the_statement_says_an_answers_file_is_handled_like_the_database():
    """The responses file is a faithful copy ("don't know" included): issue 11, F4."""
    text = " ".join(STATEMENT.read_text(encoding="utf-8").split())
    assert "handle an answers file like the database file itself" in text
    assert "Behandel een antwoordenbestand daarom als het databasebestand zelf" in text
    k = DEFAULT_SETTINGS.min_breakdown
    assert f"fewer than {k} respondents answered in full" in text
    assert f"minder dan {k} deelnemers helemaal beantwoordden" in text
