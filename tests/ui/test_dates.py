"""Dates in the app read as the user writes them (issue 16: Dutch everywhere)."""

import pytest
from PySide6.QtCore import QLocale


@pytest.fixture
def locale():
    before = QLocale()
    yield lambda lang, country: QLocale.setDefault(QLocale(lang, country))
    QLocale.setDefault(before)


def test_dates_in_dutch_and_english(qapp, locale):
    from pps_monitor.ui.common.dates import long_date, short_date

    locale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    assert short_date("2026-03-01") == "1-3-2026"
    assert long_date("2026-03-01") == "1 maart 2026"
    locale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert short_date("2026-03-01") == "01/03/2026"
    assert long_date("2026-03-01") == "1 March 2026"
    assert short_date(None) == "" and short_date("not a date") == "not a date"

