"""Numbers, dates and month names: decimal commas and Dutch months from Babel's CLDR data."""

import subprocess
import sys
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pps_monitor.i18n import (
    decimal,
    format_date,
    format_decimal,
    format_number,
    month_label,
    month_name,
)
from pps_monitor.reports.texts import num


def old_num(value, lang, digits=2, signed=False):
    """reports/texts.num before the catalogue, the behaviour to keep."""
    if value is None:
        return "–"
    value = round(value, digits) + 0.0
    text = f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "nl" else text


def test_decimal_commas_in_dutch():
    assert num(3.5, "nl") == "3,50"
    assert num(3.5, "en") == "3.50"
    assert format_decimal(3.5, "nl", 1) == "3,5"
    assert num(-0.25, "nl", signed=True) == "-0,25"
    assert num(0.25, "nl", signed=True) == "+0,25"
    assert num(45.0, "nl", 0) == "45"
    assert num(None, "nl") == "–"
    assert format_decimal(None, "en", missing="-") == "-"
    assert format_decimal(float("nan"), "nl") == "–"
    assert num(-0.001, "en") == "0.00" and num(-0.001, "en", signed=True) == "+0.00"
    assert num(1234.5, "nl") == "1234,50"  # scores and percentages: no thousands separator
    assert decimal(3.25, "nl") == "3,2" and decimal(3.25, "en", 2) == "3.25"


@given(
    st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
    st.integers(0, 3),
    st.booleans(),
)
def test_num_keeps_the_digits_it_always_printed(value, digits, signed):
    for lang in ("nl", "en"):
        assert num(value, lang, digits, signed) == old_num(value, lang, digits, signed)


def test_whole_numbers_are_grouped():
    assert format_number(1234567, "nl") == "1.234.567"
    assert format_number(1234567, "en") == "1,234,567"
    assert format_number(12, "nl") == "12"


def test_dutch_dates_and_month_names():
    d = date(2026, 3, 3)
    assert format_date(d, "nl") == "3 maart 2026"
    assert format_date(d, "en") == "3 March 2026"
    assert format_date("2026-03-03", "nl", "short") == "3 mrt 2026"
    assert format_date(datetime(2026, 10, 9, 14, 0), "en", "short") == "9 Oct 2026"
    assert format_date(d, "nl", "numeric") == "03-03-2026"
    assert [month_name(m, "nl") for m in range(1, 13)] == [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]  # fmt: skip
    assert month_name(3, "en") == "March"
    assert month_name(5, "nl", short=True) == "mei"
    assert month_name(3, "nl", short=True) == "mrt"
    assert month_label(d, "nl") == "mrt 2026"
    assert month_label("2024-10-03", "en") == "Oct 2024"


def test_unknown_form_is_refused():
    with pytest.raises(KeyError):
        format_date(date(2026, 3, 3), "nl", "full-ish")


def test_the_report_texts_do_not_load_babel():
    """Babel's locale data costs 10-40 ms; numbers and months read cldr.json."""
    code = (
        "import sys; from pps_monitor.reports.texts import num, t; "
        "from pps_monitor.i18n import month_label, month_name; "
        "num(3.5, 'nl'); t('summary', 'nl'); month_label('2026-03-03', 'en'); "
        "month_name(3, 'nl'); print('babel' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_months_from_cldr_json_equal_babels(lang):
    from babel import dates

    from pps_monitor.i18n import babel_locale

    loc = babel_locale(lang)
    for month in range(1, 13):
        d = date(2026, month, 15)
        assert month_label(d, lang) == dates.format_skeleton("yMMM", d, locale=loc)
        assert month_name(month, lang) == dates.get_month_names("wide", "stand-alone", loc)[month]
        short = dates.get_month_names("abbreviated", "stand-alone", loc)[month]
        assert month_name(month, lang, short=True) == short
