"""The report's balance sheet and key figures: the numbers the engine computed, and
worker outcomes held back below the round minimum of starters."""

import re
from decimal import Decimal

import pytest
from pypdf import PdfReader

from pps_monitor.demo import add_demo
from pps_monitor.reports.report import build_report
from pps_monitor.reports.texts import num
from pps_monitor.services.balance import balance_sheet, partnership_key_figures
from pps_monitor.services.report_data import load_report_data
from pps_monitor.storage.key_figures import set_key_figures


def flat(path):
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def demo():
    from pps_monitor.storage.database import open_memory_database

    db = open_memory_database()
    return db, add_demo(db)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_balance_sheet_page_shows_the_computed_rows(demo, tmp_path, lang):
    db, pid = demo
    path = build_report(db, pid, tmp_path / "r.pdf", lang=lang, invariant=True)
    text = flat(path)
    data = load_report_data(db, pid)
    sheet = balance_sheet(
        data.results, data.index, data.key_figures, data.balance_rule, 3, data.balance_groups
    )
    assert ("Balans" if lang == "nl" else "Balance sheet") in text
    for row in sheet.rows:
        assert row.spec.name(lang) in text
        if row.score is not None:
            # the row's score is the mean of its counted scores (hand check of the rule)
            values = [u.value for u in row.counted]
            expected = Decimal(str(round(sum(values) / len(values) + 1e-12, 2)))
            assert row.score == expected
            assert f"{num(float(row.change), lang, signed=True)}" in text
    word = {"nl": "wisselend", "en": "mixed"}[lang]
    assert word in text
    assert ("Kerncijfers" if lang == "nl" else "Key figures") in text


def test_worker_outcomes_below_the_minimum_never_reach_the_report(demo, tmp_path):
    db, pid = demo
    data = load_report_data(db, pid)
    last = data.result.round["id"]
    set_key_figures(
        db,
        last,
        {"workers_started": 2, "workers_left": 1, "employed_6m": 1, "employed_12m": 1},
    )
    try:
        path = build_report(db, pid, tmp_path / "r.pdf", lang="en", invariant=True)
        text = flat(path)
        assert "Workers left: held back" in text
        assert "Still employed after 12 months: held back" in text
        assert "Workers left: 1" not in text
        assert partnership_key_figures(db, pid)[last]["workers_left"] == 1  # still recorded
    finally:
        from pps_monitor.demo import KEY_FIGURES

        set_key_figures(db, last, KEY_FIGURES[-1], replace=True)
