import pytest

from pps_monitor.services import partnerships
from tests.ui.test_main_window import demo_db


def test_tabs_do_not_shadow_qwidget_methods(qtbot, make_window, db_path):
    demo_db(db_path)
    view = make_window().view
    assert view.actions() == []  # QWidget.actions(), not the action-points tab
    for tab in (view.rounds, view.orgs, view.action_points, view.events):
        assert callable(tab.event) and callable(tab.actions)


def test_reload_skips_a_deleted_partnership_but_not_a_bug(qtbot, make_window, db_path, monkeypatch):
    demo_db(db_path)
    view = make_window().view
    title = view.title.text()
    # A context of its own: monkeypatch.undo() would also undo the autouse patches that
    # keep real modal message boxes away (a late background error then hung the run).
    with monkeypatch.context() as patch:
        patch.setattr(
            partnerships, "get_partnership", lambda *_a: (_ for _ in ()).throw(KeyError("bug"))
        )
        with pytest.raises(KeyError):
            view.reload()
    partnerships.delete(view.ctx.db, "partnerships", view.pid)
    view.reload()  # gone meanwhile: nothing to show, no error
    assert view.title.text() == title
