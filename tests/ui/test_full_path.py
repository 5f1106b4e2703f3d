"""A coordinator and three partners, keyboard only, from empty database to scores."""

import pytest
from PySide6.QtCore import Qt

from pps_monitor.analysis import partnership_results
from pps_monitor.domain.scoring import Response, score_round
from pps_monitor.storage import repository as repo
from pps_monitor.ui.meeting.questionnaire import QuestionnaireWidget
from pps_monitor.ui.partnership.dialogs import OrganisationDialog, RoundDialog
from tests.ui.conftest import fill_dialog


def answer_everything(qtbot, q: QuestionnaireWidget, pattern, skip=()):
    """Type an answer for every statement; return what was typed (None = don't know)."""
    typed = {}
    n = 0
    for page_rows in q.rows:
        for row in page_rows:
            code = row.item.code
            if code in skip:
                qtbot.keyClick(q, Qt.Key.Key_Return)  # leave unanswered
                typed[code] = None
                continue
            value = pattern(n)
            qtbot.keyClick(q, str(value))
            qtbot.keyClick(q, Qt.Key.Key_Return)
            typed[code] = None if value == 0 else value
            n += 1
    assert q.on_summary
    return typed


def test_whole_path_by_keyboard(qtbot, make_window, dialogs, monkeypatch):
    window = make_window()
    dialogs.text = [("Netwerk Emmen", True)]
    window.menus.act_new.trigger()
    assert [p["name"] for p in repo.list_partnerships(window.ctx.db)] == ["Netwerk Emmen"]
    view = window.view

    for name, sector in (
        ("Gemeente Emmen", "public"),
        ("Sociale Firma Noord", "social_enterprise"),
        ("Bouwbedrijf Drenthe", "private"),
    ):

        def fill(d, name=name, sector=sector):
            d.name.setText(name)
            d.sector.setCurrentIndex(d.sector.findData(sector))

        fill_dialog(monkeypatch, OrganisationDialog, fill)
        view.orgs.add_organisation()
    assert {o["sector"] for o in repo.list_organisations(window.ctx.db, view.pid)} == {
        "public",
        "social_enterprise",
        "private",
    }

    fill_dialog(monkeypatch, RoundDialog, lambda d: d.label.setText("Voorjaar 2026"))
    window.menus.act_round.trigger()
    round_id = view.current_round()["id"]

    meeting = window.start_meeting(round_id, exit_code="4711")
    qtbot.addWidget(meeting)
    patterns = [lambda n: 1 + n % 5, lambda n: 5 - n % 3, lambda n: n % 6]
    profiles = [(1, 1), (3, 0), (0, 2)]  # arrow-ups in the sector and role lists
    typed_all = []
    for k in range(3):
        assert meeting.stack.currentWidget() is meeting.welcome
        qtbot.keyClick(meeting, Qt.Key.Key_Return)
        assert meeting.stack.currentWidget() is meeting.profile
        ups_sector, ups_role = profiles[k]
        for _ in range(ups_sector):
            qtbot.keyClick(meeting.profile.sector_group.checkedButton(), Qt.Key.Key_Up)
        for _ in range(ups_role):
            qtbot.keyClick(meeting.profile.role_group.checkedButton(), Qt.Key.Key_Up)
        sector, role = meeting.profile.sector(), meeting.profile.role()
        qtbot.keyClick(meeting, Qt.Key.Key_Return)
        q = meeting.questionnaire
        assert all(row.value() is not None for rows in q.rows for row in rows)  # nothing pre-filled
        skip = ("EN-POL-2", "RF-PARK") if k == 2 else ()
        typed = answer_everything(qtbot, q, patterns[k], skip)
        if skip:
            assert not q.submit_button.isEnabled()
            qtbot.keyClick(q, Qt.Key.Key_Return)  # refused: unanswered not yet confirmed
            assert meeting.questionnaire is q
            qtbot.keyClick(q, "0")  # confirm them as don't know
        qtbot.keyClick(q, Qt.Key.Key_Return)
        assert meeting.stack.currentWidget() is meeting.thanks
        qtbot.keyClick(meeting, Qt.Key.Key_Return)
        typed_all.append((typed, sector, role))
    assert "3" in meeting.count_label.text()
    # sectors offered: public, private, social enterprise, rather not say; roles: manager,
    # executive professional, rather not say. Each starts on "rather not say".
    assert [(s, ro) for _, s, ro in typed_all] == [
        ("social_enterprise", "professional"),
        ("public", None),
        (None, "manager"),
    ]

    dialogs.text = [("4711", True)]
    # dialogs.question answers Yes to "close the round now?"
    qtbot.mouseClick(meeting.coordinator, Qt.MouseButton.LeftButton)
    assert not meeting.isVisible()
    assert repo.get_round(window.ctx.db, round_id)["status"] == "closed"

    stored = repo.load_responses(window.ctx.db, round_id)
    assert len(stored) == 3
    assert sorted(map(repr, (dict(sorted(r.answers.items())) for r in stored))) == sorted(
        map(repr, (dict(sorted(t.items())) for t, _, _ in typed_all))
    )
    assert sorted((r.sector or "", r.role or "") for r in stored) == sorted(
        (s or "", ro or "") for _, s, ro in typed_all
    )
    result = partnership_results(window.ctx.db, view.pid)[0]
    expected = score_round(
        result.instrument, [Response(str(k), t, s, ro) for k, (t, s, ro) in enumerate(typed_all)]
    )
    for got, want in zip(result.scores.dimensions, expected.dimensions, strict=True):
        # Respondents are stored in id order, so sums may differ in the last bit.
        assert (got.code, got.n) == (want.code, want.n)
        assert (got.mean, got.sd, got.alpha) == (
            pytest.approx(want.mean),
            pytest.approx(want.sd),
            pytest.approx(want.alpha),
        )
    assert [r.mean for r in result.scores.risks] == pytest.approx([r.mean for r in expected.risks])
