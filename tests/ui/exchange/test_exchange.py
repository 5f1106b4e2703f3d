from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialog, QLabel

from pps_monitor.exchange import package as px
from pps_monitor.paths import location_warning
from pps_monitor.storage import backup as bk
from pps_monitor.storage import repository as repo
from pps_monitor.ui.exchange.dialogs import ImportPreview, PaperFormsReport
from tests.ui.test_main_window import demo_db


def test_import_shows_what_it_will_add_then_imports(
    qtbot, make_window, dialogs, db_path, tmp_path, monkeypatch
):
    demo_db(db_path)
    source = make_window()
    rid = source.view.round_rows[-1]["id"]
    package = px.export_round_package(source.ctx.db, rid, tmp_path / "round.ppsmonitor")
    laptop = make_window(tmp_path / "laptop.sqlite")
    assert laptop.partnerships.count() == 0
    seen = []

    def accept(self):
        seen.append(
            (
                self.import_button.isEnabled(),
                self.findChild(type(self.layout().itemAt(0).widget())).text(),
            )
        )
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreview, "exec", accept)
    laptop.exchange.import_file(package)
    qtbot.waitUntil(lambda: laptop.partnerships.count() == 1, timeout=15_000)
    assert seen[0][0] is True and "7 organisation(s)" in seen[0][1]
    assert bk.backups(bk.backup_folder(laptop.ctx.db_path))  # backed up before importing
    # the same file again: nothing new, the Import button is off
    laptop.exchange.import_file(package)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=15_000)
    QThreadPool.globalInstance().waitForDone()
    assert seen[1][0] is False and "Nothing new" in seen[1][1]


def test_a_refused_file_is_explained(qtbot, make_window, dialogs, tmp_path):
    window = make_window()
    bad = tmp_path / "bad.ppsmonitor"
    bad.write_text("not a zip")
    window.exchange.import_file(bad)
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=10_000)
    assert "not a PPS Monitor exchange file" in dialogs.shown[-1]


def test_back_up_and_restore(qtbot, make_window, dialogs, db_path):
    demo_db(db_path)
    window = make_window()
    window.exchange.backup_now()
    qtbot.waitUntil(lambda: bool(bk.backups(bk.backup_folder(db_path))), timeout=10_000)
    QThreadPool.globalInstance().waitForDone()
    saved = bk.backups(bk.backup_folder(db_path))[-1]
    repo.create_partnership(window.ctx.db, "Added after the backup")
    window.reload()
    assert window.partnerships.count() == 2
    window.exchange.restore(saved)  # runs off the GUI thread
    qtbot.waitUntil(lambda: window.ctx.has_db and window.partnerships.count() == 1, timeout=10_000)
    assert window.partnerships.count() == 1
    assert window.ctx.has_db


def test_location_warning(tmp_path):
    assert location_warning(tmp_path / "pps.sqlite") is None
    synced = tmp_path / "Dropbox" / "pps.sqlite"
    assert "synced folder" in location_warning(synced)
    assert "network share" in location_warning(Path("\\\\server\\share\\pps.sqlite"))


def given(db, rid):
    """Respondents stored in the round, included in its figures or still pending (a
    late paper form waits until enough have arrived: release in batches)."""
    state = repo.release_state(db, rid)
    return state.included + state.pending


def test_paper_forms_from_a_spreadsheet_report_then_only_valid_on_request(
    qtbot, make_window, dialogs, db_path, tmp_path, monkeypatch
):
    from pps_monitor.domain.instrument import default_instrument

    demo_db(db_path)
    window = make_window()
    view = window.view
    view.rounds.view.selectRow(len(view.round_rows) - 1)
    rid = view.current_round()["id"]
    codes = [i.code for i in default_instrument().items]
    path = tmp_path / "forms.csv"
    good = ";".join(["1", "1", "1", *["4"] * 60])
    bad = ";".join(["2", "1", "1", "9", *["4"] * 59])
    path.write_text(
        ";".join(["form", "sector", "role", *codes]) + "\n" + good + "\n" + bad + "\n",
        encoding="utf-8",
    )
    before = given(window.ctx.db, rid)
    reports = []

    def cancel(self):
        reports.append(self)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PaperFormsReport, "exec", cancel)
    window.paper_sheets.import_paper_forms(path)
    report = reports[0]
    assert not report.all_button.isEnabled() and not report.valid_button.isHidden()
    assert report.problems.item(0).text() == "row 3, column CC-AGR-1: '9' is not 1-5, 0, ? or empty"
    assert given(window.ctx.db, rid) == before

    def only_valid(self):
        self.only_valid = True
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PaperFormsReport, "exec", only_valid)
    window.paper_sheets.import_paper_forms(path)
    assert given(window.ctx.db, rid) == before + 1


def export_with(qtbot, window, monkeypatch, tmp_path, full):
    import csv

    from PySide6.QtWidgets import QFileDialog

    from pps_monitor.ui.exchange.dialogs import ExportOptions

    seen = []

    def choose(self):
        seen.append((self.full.isChecked(), self.warning.isHidden()))  # anonymous by default
        self.full.setChecked(full)
        seen.append(self.warning.isHidden())  # the warning shows with the full table
        return QDialog.DialogCode.Accepted

    target = tmp_path / f"full-{full}.csv"
    monkeypatch.setattr(ExportOptions, "exec", choose)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "CSV (*.csv)"))
    )
    window.exchange.export_spreadsheet()
    qtbot.waitUntil(target.exists, timeout=15_000)
    QThreadPool.globalInstance().waitForDone()
    assert seen == [(False, True), not full]
    with target.open(encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def test_the_export_is_anonymous_unless_the_complete_table_is_ticked(
    qtbot, make_window, dialogs, db_path, tmp_path, monkeypatch
):
    demo_db(db_path)
    window = make_window()
    anonymous = export_with(qtbot, window, monkeypatch, tmp_path, full=False)
    assert anonymous and not any(row["organisation"] for row in anonymous)
    complete = export_with(qtbot, window, monkeypatch, tmp_path, full=True)
    assert any(row["organisation"] for row in complete)


def test_an_answers_file_is_written_off_the_gui_thread_anonymous_unless_ticked(
    qtbot, make_window, dialogs, db_path, tmp_path, monkeypatch
):
    import json
    import threading
    import zipfile

    from PySide6.QtWidgets import QFileDialog

    from pps_monitor.services import exchange as svc
    from pps_monitor.ui.exchange.dialogs import ExportOptions

    demo_db(db_path)
    window = make_window()
    window.view.rounds.view.selectRow(len(window.view.round_rows) - 1)
    rid = window.current_round()["id"]
    given = window.ctx.db.execute(
        "SELECT count(*) FROM respondents WHERE round_id = ?", [rid]
    ).fetchone()[0]
    threads = []
    real = svc.export_package_at

    def on_worker(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(svc, "export_package_at", on_worker)
    held = {}
    for full in (False, True):
        target = tmp_path / f"answers-{full}.ppsmonitor"

        def choose(self, full=full):
            assert not self.full.isChecked() and self.warning.isHidden()
            self.full.setChecked(full)
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(ExportOptions, "exec", choose)
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, t=target, **k: (str(t), ""))
        )
        window.exchange.export_exchange("responses")
        qtbot.waitUntil(target.exists, timeout=15_000)
        QThreadPool.globalInstance().waitForDone()
        with zipfile.ZipFile(target) as z:
            held[full] = len(json.loads(z.read("data.json"))["respondents"])
    assert threads == [False, False]  # both written by a worker
    assert held[True] == given and 0 < held[False] <= given
    # Two late answers: the anonymous file leaves them out and says so.
    answers = {
        code: 3
        for (code,) in window.ctx.db.execute(
            "SELECT DISTINCT a.item_code FROM answers a JOIN respondents s"
            " ON s.id = a.respondent_id WHERE s.round_id = ?",
            [rid],
        )
    }
    for _ in range(2):
        repo.add_response(window.ctx.db, rid, repo.NewResponse(answers))
    target = tmp_path / "late.ppsmonitor"

    def anonymous(self):
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportOptions, "exec", anonymous)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.exchange.export_exchange("responses")
    said = "2 answer(s) were left out"
    qtbot.waitUntil(lambda: any(said in t for t in dialogs.shown), timeout=15_000)
    with zipfile.ZipFile(target) as z:
        assert len(json.loads(z.read("data.json"))["respondents"]) == held[False]


def test_a_file_that_only_includes_pending_answers_can_be_imported_in_the_app(
    qtbot, tmp_path
):
    # A round moved while answers were pending, then shown on the first laptop: the next
    # complete file adds no record but includes those answers. The dialog said "Nothing
    # new" and kept Import greyed out, so only the CLI could bring the laptops in step.
    from tests.exchange.test_move_round import Story, shown

    story = Story(tmp_path, seed=9)
    story.add(story.a, 5)
    shown(story.a, story.pid, story.rid)
    story.add(story.a, 3)
    story.move("first.ppsmonitor")
    shown(story.a, story.pid, story.rid)
    path = px.export_responses(story.a, story.rid, tmp_path / "second.ppsmonitor", complete=True)
    dialog = ImportPreview(None, px.plan_import(story.b, path))
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert dialog.import_button.isEnabled()
    assert "3 answer(s) already here" in text and "Nothing new" not in text
    again = ImportPreview(None, px.plan_import(story.a, path))  # the laptop that wrote it
    qtbot.addWidget(again)
    assert not again.import_button.isEnabled()


def test_a_file_that_only_brings_the_old_methods_marks_can_be_imported_in_the_app(
    qtbot, tmp_path
):
    # Answers already here without their marks of the old method (an earlier file did not
    # carry them); a format 4 file adds no record, only the marks. The dialog said
    # "Nothing new" and kept Import greyed out, so the figures stayed unheld here.
    from pps_monitor.storage.database import open_database
    from tests.exchange.test_package import rebuild
    from tests.privacy.test_move_between_laptops import upgraded

    a, _pid, rid = upgraded(tmp_path)
    b = open_database(tmp_path / "b.sqlite")
    px.import_file(b, px.export_round_package(a, rid, tmp_path / "round.ppsmonitor"))
    path = px.export_responses(a, rid, tmp_path / "r.ppsmonitor", complete=True)

    def without_marks(d):
        for s in d["respondents"]:
            s.pop("shown_before", None)

    px.import_file(b, rebuild(path, tmp_path / "bare.ppsmonitor", data=without_marks))
    dialog = ImportPreview(None, px.plan_import(b, path))
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert dialog.import_button.isEnabled()
    assert "13 answer(s) already here were shown" in text and "Nothing new" not in text
    again = ImportPreview(None, px.plan_import(a, path))  # the laptop that wrote it
    qtbot.addWidget(again)
    assert not again.import_button.isEnabled()
