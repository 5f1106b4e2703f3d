"""The app's score table says what the report and `scores` say (issue 11): agreement in
words, "answers split" apart from low agreement, the α note, "no test possible" and
"not comparable", and the Benjamini-Hochberg note; the compare page likewise."""

import random
from types import SimpleNamespace

from PySide6.QtCore import Qt

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.domain.model import NO_VARIATION, TOO_FEW, Comparison
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database
from pps_monitor.ui.results import words as W
from pps_monitor.ui.results.view import TABS

INST = default_instrument()


def two_rounds(path, first=12, second=4, seed=3):
    """A full first round and a small second one (too few to test a change)."""
    rng = random.Random(seed)
    db = open_database(path)
    pid = repo.create_partnership(db, "Woorden")
    for label, date, n in (("R1", "2025-03-01", first), ("R2", "2025-09-01", second)):
        rid = repo.create_round(db, pid, label, date, INST)
        people = []
        for _ in range(n):
            level = rng.choice([1.5, 4.5])  # two camps: answers split
            values = {i: min(5, max(1, round(rng.gauss(level, 0.5)))) for i in INST.items}
            people.append(
                repo.NewResponse({i.code: 6 - v if i.reverse else v for i, v in values.items()})
            )
        repo.add_responses(db, rid, people)
    db.close()


def cell(page, row, column, role=Qt.ItemDataRole.DisplayRole):
    model = page.model
    return model.data(model.index(row, column), role)


def column_of(page, title):
    model = page.model
    return next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )


def test_the_score_table_words_agreement_alpha_and_untestable_changes(qtbot, make_window, db_path):
    two_rounds(db_path)
    window = make_window()
    view = window.view.show_results()
    qtbot.waitUntil(view.settled, timeout=15_000)
    view.tabs.setCurrentIndex(TABS.index("scores"))
    page = view.scores
    assert "Benjamini" in page.note.text() and "split" in page.note.text()
    change, agreement, alpha = (column_of(page, t) for t in ("Change", "Agreement", "α"))
    # The last round (4 respondents): a change cannot be tested, agreement not judged.
    view.round_box.setCurrentIndex(1)
    qtbot.waitUntil(view.settled, timeout=15_000)
    rows = page.model.rows
    assert rows and all(cell(page, k, change) == "no test possible" for k in range(len(rows)))
    assert "at least 5 respondents in both rounds" in cell(
        page, 0, change, Qt.ItemDataRole.ToolTipRole
    )
    assert all(cell(page, k, agreement) == "too few to judge" for k in range(len(rows)))
    assert "Too few answers for a reliability figure" in cell(
        page, 0, alpha, Qt.ItemDataRole.ToolTipRole
    )
    # The first round (12, in two camps): agreement in words, the split said apart.
    view.round_box.setCurrentIndex(0)
    qtbot.waitUntil(view.settled, timeout=15_000)
    words = [cell(page, k, agreement) for k in range(len(page.model.rows))]
    assert all(
        w.split(";")[0]
        in {W.agreement_words(x) for x in ("lack", "weak", "moderate", "strong", "very_strong")}
        for w in words
    )
    split = [row["d"].split for row in page.model.rows]
    assert any(split)
    assert [w.endswith("answers split") for w in words] == split
    assert "partners disagree" not in " ".join(words)
    assert all(cell(page, k, change) == "–" for k in range(len(words)))  # no earlier round


def test_the_compare_page_tests_only_where_it_may_and_corrects(qtbot, make_window, db_path):
    two_rounds(db_path, first=12, second=12)
    window = make_window()
    view = window.view.show_results()
    qtbot.waitUntil(view.settled, timeout=15_000)
    view.tabs.setCurrentIndex(TABS.index("compare"))
    qtbot.waitUntil(view.settled, timeout=15_000)
    page = view.pages["compare"]
    assert "Benjamini" in page.note.text() and "at least 5" in page.note.text()
    rows = page.table.model.rows
    assert rows and all(r["comparison"].testable for r in rows)
    adjusted = [r["comparison"].p_adjusted for r in rows]
    assert all(
        a is not None and a >= r["comparison"].p for a, r in zip(adjusted, rows, strict=True)
    )


def test_change_words():
    assert W.change_text(None) == "–"
    not_comparable = Comparison(False, False, None, None, None, None, None, False, "x")
    assert W.change_text(not_comparable) == "not comparable"
    too_few = Comparison(True, False, None, None, None, None, None, False, TOO_FEW)
    assert W.change_text(too_few) == "no test possible"
    assert "at least 6" in W.change_tip(too_few, None, 6)
    flat = Comparison(True, False, 0.5, None, None, None, None, False, NO_VARIATION)
    assert W.change_text(flat) == "+0.50 (no test possible)"
    assert "did not vary" in W.change_tip(flat, None, 5)
    up = Comparison(True, True, 0.61, 0.2, 1.0, 0.004, 0.03, True)
    assert W.change_text(up) == "▲ +0.61"
    assert "0.030" in W.change_tip(up, None, 5)
    flat_up = Comparison(True, True, 0.3, -0.1, 0.7, 0.04, 0.2, False)
    assert W.change_text(flat_up) == "+0.30"


def test_alpha_words():
    assert W.alpha_text(SimpleNamespace(alpha=None)) == "–"
    assert W.alpha_text(SimpleNamespace(alpha=-0.4)) == "< 0"
    assert "not a reliability" in W.alpha_tip(SimpleNamespace(alpha=-0.4))
    assert W.alpha_tip(SimpleNamespace(alpha=0.8)) is None


def test_a_dimension_in_one_round_only_has_no_interval_on_the_compare_page():
    from pps_monitor.ui.results.table_pages import _tested

    assert not _tested(None)
    assert not _tested(Comparison(True, False, None, None, None, None, None, False, TOO_FEW))
    assert _tested(Comparison(True, True, 0.3, -0.1, 0.7, 0.04, 0.2, False))


def test_trend_words():
    trend = SimpleNamespace(from_index=0, rounds=4, diff=-0.8, p_adjusted=0.004, significant=True)
    text = W.trend_tip(trend, ["R1", "R2", "R3", "R4"])
    assert (
        text == "Since R1 (4 comparable rounds): -0.80; p after correction 0.004. A steady change."
    )
    assert W.trend_tip(None, []) is None
