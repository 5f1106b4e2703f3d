"""The results view: every chart follows the chosen round; small groups never show."""

import pytest
from PySide6.QtCore import QThreadPool

from pps_monitor.analysis import partnership_results
from pps_monitor.domain.breakdown import breakdown
from pps_monitor.domain.scoring import ScoringSettings
from pps_monitor.results import risk_bars
from pps_monitor.storage import repository as repo
from pps_monitor.ui.results.view import TABS, _arrow, _signed
from tests.ui.test_main_window import demo_db


@pytest.fixture
def results_view(qtbot, make_window, db_path):
    demo_db(db_path)
    window = make_window()
    view = window.view.show_results()
    qtbot.waitUntil(view.settled, timeout=15_000)
    return window, view


def drawn(qtbot, view):
    """Wait until the charts asked for are on screen (they render in the background)."""
    qtbot.waitUntil(view.settled, timeout=15_000)


def lines(canvas):
    return {ln.get_label(): list(ln.get_ydata()) for ax in canvas.figure.axes for ln in ax.lines}


def test_switching_rounds_updates_every_chart_and_table(qtbot, results_view):
    window, view = results_view
    engine = partnership_results(window.ctx.db, view.pid)
    for index in (4, 1):
        view.round_box.setCurrentIndex(index)
        r = engine[index]
        for k, key in enumerate(TABS):
            view.tabs.setCurrentIndex(k)
            assert key not in view.dirty
            drawn(qtbot, view)
        view.tabs.setCurrentIndex(TABS.index("radar"))
        drawn(qtbot, view)
        chosen = f"{r.label} (n={r.scores.respondents})"
        means = [d.mean for d in r.scores.dimensions]
        assert lines(view.canvases["radar"])[chosen] == pytest.approx([*means, means[0]])
        risks = view.canvases["risks"].figure.axes[0].patches
        assert sorted(p.get_width() + 1 for p in risks) == pytest.approx(
            sorted(b.mean for b in risk_bars(r, "en"))
        )
        table = view.scores.model.rows
        assert [row["mean"] for row in table] == pytest.approx(means)
        assert [row["n"] for row in table] == [d.n for d in r.scores.dimensions]


def test_significant_changes_get_an_arrow_only(results_view):
    _, view = results_view
    view.tabs.setCurrentIndex(TABS.index("scores"))
    for row in view.scores.model.rows:
        text = _arrow(row["change"])
        assert ("▲" in text or "▼" in text) == bool(row["change"] and row["change"].significant)
    assert _signed(-1e-17) == "+0.00"


def test_small_groups_never_appear(qtbot, results_view):
    window, view = results_view
    # The floor is the partnership's, in the database (issue 11).
    repo.set_privacy(window.ctx.db, view.pid, min_breakdown=5)
    view.reload()
    qtbot.waitUntil(lambda: "Computing" not in view.status.text(), timeout=15_000)
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)
    view.tabs.setCurrentIndex(TABS.index("sectors"))
    drawn(qtbot, view)
    r = view.current()
    rows = breakdown(r.instrument, r.responses, "sector", ScoringSettings(min_group=5))
    visible = {c.group for row in rows for c in row.cells if not c.hidden}
    labels_drawn = {label.split(" (")[0] for label in lines(view.canvases["sectors"])}
    assert labels_drawn & {"Public", "Private", "Social enterprise", "Other", "Rather not say"} == {
        {"public": "Public", "private": "Private"}.get(g, g) for g in visible
    }
    for text in ("Social enterprise", "Other"):
        assert text not in view.pages["sectors"].note.text().split("Groups smaller")[0]
    repo.set_privacy(window.ctx.db, view.pid, min_breakdown=50)
    view.reload()
    qtbot.waitUntil(
        lambda: view.dirty == set() or view.data["comments"] is not None, timeout=15_000
    )
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)
    view.tabs.setCurrentIndex(TABS.index("comments"))
    assert "not shown" in view.comments.toPlainText()
    view.tabs.setCurrentIndex(TABS.index("sectors"))
    drawn(qtbot, view)
    assert not [k for k in lines(view.canvases["sectors"]) if not k.startswith("_")]


def test_overlay_rounds_can_be_chosen(qtbot, results_view):
    _, view = results_view
    view.tabs.setCurrentIndex(TABS.index("radar"))
    drawn(qtbot, view)
    before = {k for k in lines(view.canvases["radar"]) if "(n=" in k}
    assert len(before) == 3  # the chosen round and the two before it
    first = view.data["results"][0]
    view.set_overlay(first.round["id"], True)
    drawn(qtbot, view)
    after = {k for k in lines(view.canvases["radar"]) if "(n=" in k}
    assert after == before | {f"{first.label} (n={first.scores.respondents})"}


def test_distribution_dialog_and_presentation(qtbot, results_view):
    from pps_monitor.ui.results.view import DistributionDialog

    _, view = results_view
    r = view.current()
    dialog = DistributionDialog(view, r, "CC-RES", "en")
    qtbot.addWidget(dialog)
    for code in ("CC-RES-1", "CC-RES-3"):
        qtbot.waitUntil(lambda code=code: dialog.canvases[code].figure is not None)
        bars = [p.get_height() for p in dialog.canvases[code].figure.axes[0].patches]
        st = r.scores.items[code]
        assert bars == [st.counts[v] for v in range(1, 6)] + [st.dont_know]
    view.present()
    qtbot.addWidget(view.presentation)
    assert view.presentation.isFullScreen()
    view.presentation.close()


def test_meeting_end_reveals_the_rounds_results(qtbot, make_window, dialogs, db_path):
    demo_db(db_path)
    window = make_window()
    rid = window.view.round_rows[-1]["id"]
    window.meeting_feature.left(window.view.pid, rid, 0)
    view = window.view.results
    qtbot.waitUntil(lambda: view.data is not None, timeout=15_000)
    qtbot.waitUntil(
        lambda: view.current() is not None and view.current().round["id"] == rid, timeout=5_000
    )
    assert window.view.tabs.currentWidget() is window.view.results_holder


def test_cached_results_are_never_stale(qtbot, results_view):
    from pps_monitor.domain.instrument import default_instrument
    from pps_monitor.storage import repository as repo

    window, view = results_view
    last = view.data["results"][-1]
    n = last.scores.respondents
    view.reload()  # nothing written: served from the cache at once
    assert view.data["results"][-1].scores.respondents == n
    repo.set_round_status(window.ctx.db, last.round["id"], "open")
    answers = {i.code: 5 for i in default_instrument().items}
    repo.add_response(window.ctx.db, last.round["id"], repo.NewResponse(answers))
    view.reload()
    # Released figures were shown: one late answer waits (release in batches, issue 11)...
    qtbot.waitUntil(lambda: "newer answer" in view.notice.text(), timeout=10_000)
    assert view.data["results"][-1].scores.respondents == n
    # (the demo's "don't know"s leave some respondents out of some dimensions: said first)
    assert view.notice.text().endswith(
        "1 newer answer is not yet included (it will be once there are 3)."
    )
    for _ in range(2):
        repo.add_response(window.ctx.db, last.round["id"], repo.NewResponse(answers))
    view.reload()
    # ... and the cache never serves the old figures once three have arrived.
    qtbot.waitUntil(lambda: view.data["results"][-1].scores.respondents == n + 3, timeout=10_000)
    assert "newer answer" not in view.notice.text()


def test_a_held_back_distribution_is_said_not_drawn_as_zeros(qtbot, results_view):
    from dataclasses import replace

    from PySide6.QtWidgets import QLabel

    from pps_monitor.ui.results.view import DistributionDialog

    _, view = results_view
    r = view.current()
    items = dict(r.scores.items)
    items["CC-RES-1"] = replace(
        items["CC-RES-1"], hidden=True, counts=dict.fromkeys(range(1, 6), 0)
    )
    held = replace(r, scores=replace(r.scores, items=items))
    dialog = DistributionDialog(view, held, "CC-RES", "en")
    qtbot.addWidget(dialog)
    assert "CC-RES-1" not in dialog.canvases and "CC-RES-3" in dialog.canvases
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    assert any(t.startswith("Too few answers to show how often") for t in texts)
    assert any("don't know –%" in t for t in texts)
