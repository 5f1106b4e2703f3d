from pps_monitor.domain.instrument import default_instrument
from pps_monitor.storage import repository as repo
from pps_monitor.ui.paper.entry import PaperEntryDialog, cell_problem, differences
from tests.ui.meeting.test_meeting import open_round


def type_form(qtbot, grid, row, digits):
    grid.setCurrentCell(row, 0)
    for d in digits:
        qtbot.keyClick(grid, d)


def test_cell_rules():
    assert (
        cell_problem(2, "5") is None
        and cell_problem(2, "0") is None
        and cell_problem(2, "") is None
    )
    assert "1-5" in cell_problem(2, "7")
    assert cell_problem(0, "3") is None and cell_problem(0, "5") is not None
    assert cell_problem(1, "2") is None and cell_problem(1, "3") is not None


def test_differences_lists_every_cell():
    first = [{"sector": "1", "CC-AGR-1": "4"}, {"sector": "2", "CC-AGR-1": "3"}]
    second = [{"sector": "1", "CC-AGR-1": "5"}, {"sector": "2", "CC-AGR-1": "3"}]
    assert differences(first, second) == [(1, "CC-AGR-1", "4", "5")]


def given(db, rid):
    """Every stored respondent of the round, included in its figures or still pending
    (once figures were shown, a late form waits until enough have arrived: issue 11)."""
    from pps_monitor.domain.scoring import Response
    from pps_monitor.storage.responses import ROUND_ANSWERS

    people: dict = {}
    for key, sector, role, code, value in db.execute(ROUND_ANSWERS, [rid]).fetchall():
        people.setdefault(key, (sector, role, {}))[2][code] = value
    return [Response(str(k), a, s, r) for k, (s, r, a) in people.items()]


def test_double_entry_mismatch_then_submit(qtbot, make_window, dialogs, db_path):
    rid = open_round(db_path)
    window = make_window()
    before = repo.get_round(window.ctx.db, rid)
    n_before = len(given(window.ctx.db, rid))
    dialog = PaperEntryDialog(window, window.ctx.db, rid, "nl")
    qtbot.addWidget(dialog)
    first, second = dialog.grids
    items = len(default_instrument().items)
    digits = "21" + "".join(str(1 + k % 5) for k in range(items))
    type_form(qtbot, first, 0, digits)
    assert first.rowCount() == 2  # typing past the last cell starts the next form
    second.add_form()
    wrong = digits[:10] + ("1" if digits[10] != "1" else "2") + digits[11:]
    type_form(qtbot, second, 0, wrong)
    diffs = dialog.current_differences()
    assert len(diffs) == 1
    form, key, a, b = diffs[0]
    assert (form, key, a, b) == (1, first.keys[10], digits[10], wrong[10])
    dialog.submit()
    assert "differ" in dialogs.shown[-1]
    assert len(given(window.ctx.db, rid)) == n_before

    second.item(0, 10).setText(digits[10])  # the second typist checks the form and corrects
    assert dialog.current_differences() == []
    dialog.submit()
    stored = given(window.ctx.db, rid)
    assert len(stored) == n_before + 1
    new = [
        r
        for r in stored
        if r.sector == "private" and r.role == "manager" and r.answers["CC-AGR-1"] == 1
    ]
    assert len(new) == 1
    assert repo.get_round(window.ctx.db, rid)["status"] == before["status"]


def test_invalid_cells_are_marked_and_block_submit(qtbot, make_window, dialogs, db_path):
    rid = open_round(db_path)
    window = make_window()
    dialog = PaperEntryDialog(window, window.ctx.db, rid, "en")
    qtbot.addWidget(dialog)
    grid = dialog.grids[0]
    grid.item(0, 5).setText("9")
    assert grid.item(0, 5).background().color().name() == "#f4b4b4"
    assert "not valid" in dialog.status.text()
    n = len(given(window.ctx.db, rid))
    dialog.submit()
    assert len(given(window.ctx.db, rid)) == n


def test_typed_forms_survive_closing_the_dialog(qtbot, make_window, db_path):
    rid = open_round(db_path)
    window = make_window()
    dialog = PaperEntryDialog(window, window.ctx.db, rid, "en")
    qtbot.addWidget(dialog)
    type_form(qtbot, dialog.grids[0], 0, "1234")
    dialog.close()
    again = PaperEntryDialog(window, window.ctx.db, rid, "en")
    qtbot.addWidget(again)
    assert [again.grids[0].item(0, c).text() for c in range(4)] == ["1", "2", "3", "4"]


def test_empty_cells_are_confirmed_as_dont_know(qtbot, make_window, dialogs, db_path):
    rid = open_round(db_path)
    window = make_window()
    dialog = PaperEntryDialog(window, window.ctx.db, rid, "en")
    qtbot.addWidget(dialog)
    items = len(default_instrument().items)
    type_form(qtbot, dialog.grids[0], 0, "00" + "3" * (items - 2))  # two statements left empty
    dialogs.question = dialogs.question.__class__.No
    n = len(given(window.ctx.db, rid))
    dialog.submit()
    assert "2 statement cells are empty" in dialogs.shown[-1]
    assert len(given(window.ctx.db, rid)) == n
    dialogs.question = dialogs.question.__class__.Yes
    dialog.submit()
    assert len(given(window.ctx.db, rid)) == n + 1
