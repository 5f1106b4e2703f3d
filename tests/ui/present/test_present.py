"""Present mode: a round's results full screen, stepped through with one key."""

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QFont

from pps_monitor.demo import add_demo
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database
from pps_monitor.ui.present.views import MIN_PT


def demo(db_path):
    db = open_database(db_path)
    pid = add_demo(db)
    rounds = repo.list_rounds(db, pid)
    db.close()
    return pid, rounds


def wait_loaded(qtbot, window):
    qtbot.waitUntil(lambda: window.loaded, timeout=20_000)


def test_keys_step_through_the_views_and_escape_leaves(qtbot, make_window, db_path):
    pid, rounds = demo(db_path)
    closed = [r for r in rounds if r["status"] == "closed"][-1]
    window = make_window()
    present = window.present(pid, closed["id"])
    assert present.isFullScreen()
    wait_loaded(qtbot, present)
    keys = [v.key for v in present.views]
    assert keys[0] == "radar" and "trends" in keys and "risks" in keys and keys[-1] == "balance"
    assert present.current_key == "radar"
    assert closed["label"] in present.heading.text()
    seen = [present.current_key]
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_PageDown):
        qtbot.keyClick(present, key)
        seen.append(present.current_key)
    assert present.index == 3
    qtbot.keyClick(present, Qt.Key.Key_Left)
    qtbot.keyClick(present, Qt.Key.Key_PageUp)
    assert present.index == 1
    for _ in range(len(keys) + 2):  # stops at the last view
        qtbot.keyClick(present, Qt.Key.Key_Space)
    assert present.current_key == "balance"
    with qtbot.waitSignal(present.left):
        qtbot.keyClick(present, Qt.Key.Key_Escape)
    assert window._present.window is None


def test_type_is_at_least_24_points(qtbot, make_window, db_path):
    from matplotlib.text import Text

    pid, rounds = demo(db_path)
    window = make_window()
    present = window.present(pid, rounds[-1]["id"])
    wait_loaded(qtbot, present)
    for label in (present.heading, present.footer):
        assert QFont(label.font()).pointSize() >= MIN_PT
    for k in range(len(present.views)):
        present.show_view(k)
        present._canvas.draw()
        sizes = [t.get_fontsize() for t in present._figure.findobj(Text) if t.get_text()]
        assert sizes and min(sizes) >= MIN_PT, present.views[k].key


def test_a_round_below_the_minimum_shows_why_and_no_figure(qtbot, make_window, db_path):
    from pps_monitor.domain.instrument import default_instrument

    db = open_database(db_path)
    pid = add_demo(db)
    rid = repo.create_round(db, pid, "Tiny", "2026-06-01", default_instrument())
    db.close()
    window = make_window()
    present = window.present(pid, rid)
    wait_loaded(qtbot, present)
    assert [v.key for v in present.views] == ["too-few"]
    assert "n = 0" in present.message.text() and "3" in present.message.text()
    assert present._canvas is None
    QThreadPool.globalInstance().waitForDone(10_000)


def _overlaps(boxes):
    return [
        (a_text, b_text)
        for k, (a_text, a) in enumerate(boxes)
        for b_text, b in boxes[k + 1 :]
        if a.overlaps(b)
    ]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_on_a_1920_by_1080_projector_no_text_runs_into_another(qtbot, make_window, db_path, lang):
    """The radar's statement names, the risk statements and the listed events at 24 pt
    (each once overprinted its neighbour on the projector)."""
    from pps_monitor.ui.i18n import install_language

    install_language(lang)
    pid, rounds = demo(db_path)
    window = make_window()
    window.settings.language_choice = lang
    closed = [r for r in rounds if r["status"] == "closed"][-1]
    present = window.present(pid, closed["id"])
    present.setWindowState(Qt.WindowState.WindowNoState)  # offscreen has no projector
    present.resize(1920, 1080)
    wait_loaded(qtbot, present)
    checked = set()
    try:
        for k, view in enumerate(present.views):
            if view.key not in ("radar", "risks", "balance"):
                continue
            present.show_view(k)
            fig = present._figure
            fig.canvas.draw()
            renderer = fig.canvas.get_renderer()
            texts = [t for ax in fig.axes for t in ax.texts] + list(fig.texts)
            texts += [t for ax in fig.axes for t in ax.get_yticklabels()]
            boxes = [
                (t.get_text(), t.get_window_extent(renderer))
                for t in texts
                if t.get_text() and t.get_visible() and len(t.get_text()) > 3
            ]
            assert not _overlaps(boxes), (view.key, _overlaps(boxes))
            assert fig.get_figwidth() * fig.dpi > 1500  # drawn at the projector's size
            checked.add(view.key)
    finally:
        install_language("en")
    assert checked == {"radar", "risks", "balance"}
