"""Import and export between laptops, spreadsheets, backups: the main window's File actions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from pps_monitor.ui.common.errors import show_error
from pps_monitor.ui.common.tasks import BackgroundOp

if TYPE_CHECKING:
    from pps_monitor.ui.main_window import MainWindow

FILTER = "PPS Monitor (*.ppsmonitor)"


class ImportPreview(QDialog):
    """What an import will add, or why it is refused, before anything is written."""

    def __init__(self, parent: QWidget, plan: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Exchange", "Import"))
        layout = QVBoxLayout(self)
        lines = [
            (QCoreApplication.translate("Exchange", "Partnership: %1"), plan.partnership),
            (QCoreApplication.translate("Exchange", "Round: %1"), plan.round_label),
        ]
        text = "\n".join(label.replace("%1", value) for label, value in lines) + "\n\n"
        names = {
            "partnerships": QCoreApplication.translate("Exchange", "partnership(s)"),
            "organisations": QCoreApplication.translate("Exchange", "organisation(s)"),
            "rounds": QCoreApplication.translate("Exchange", "round(s)"),
            "respondents": QCoreApplication.translate("Exchange", "respondent(s)"),
            "answers": QCoreApplication.translate("Exchange", "answer(s)"),
            "comments": QCoreApplication.translate("Exchange", "comment(s)"),
        }
        added = [(table, label) for table, label in names.items() if plan.count(table)]
        if added:
            text += (
                QCoreApplication.translate("Exchange", "Will add:")
                + "\n"
                + "\n".join(f"  {plan.count(t)} {label}" for t, label in added)
            )
        else:
            text += QCoreApplication.translate(
                "Exchange", "Nothing new: everything in this file is already here."
            )
        if plan.present:
            text += "\n" + QCoreApplication.translate(
                "Exchange", "%1 record(s) are already here and stay as they are."
            ).replace("%1", str(plan.present))
        if plan.conflicts:
            text += (
                "\n\n"
                + QCoreApplication.translate(
                    "Exchange", "Refused: the file conflicts with this database:"
                )
                + "\n"
                + "\n".join(f"  • {c}" for c in plan.conflicts[:8])
            )
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            QCoreApplication.translate("Exchange", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(bool(added) and not plan.conflicts)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def import_file(window: MainWindow, path: Path | None = None) -> None:
    from pps_monitor.exchange import package as px
    from pps_monitor.storage.database import worker_connection

    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            window, QCoreApplication.translate("Exchange", "Import"), str(Path.home()), FILTER
        )
        if not chosen:
            return
        path = Path(chosen)
    db_path = window.ctx.db_path

    def plan_it(_progress: Any) -> Any:
        with worker_connection(db_path) as db:
            return px.plan_import(db, path)

    def review(plan: Any) -> None:
        window.import_preview = ImportPreview(window, plan)
        if window.import_preview.exec() != QDialog.DialogCode.Accepted:
            return

        def apply(_progress: Any) -> Any:
            from pps_monitor.storage.backup import make_backup

            with worker_connection(db_path) as db:
                make_backup(db, db_path, "before-import")
                return px.apply_import(
                    db, px.plan_import(db, path)
                )  # plan again: nothing changed meanwhile

        def done(result: Any) -> None:
            window.reload()
            window.statusBar().showMessage(
                QCoreApplication.translate("Exchange", "Imported: %1").replace(
                    "%1", result.summary()
                ),
                10_000,
            )

        BackgroundOp(op=apply, success=done).with_progress(
            QCoreApplication.translate("Exchange", "Importing…")
        ).run(window)

    BackgroundOp(op=plan_it, success=review).with_progress(
        QCoreApplication.translate("Exchange", "Checking the file…")
    ).run(window)


def export_exchange(window: MainWindow, kind: str) -> None:
    from pps_monitor.exchange import package as px
    from pps_monitor.storage import repository as repo

    if window.view is None or window.view.current_round() is None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("Exchange", "Export"),
            QCoreApplication.translate("Exchange", "Select a round in the Rounds tab first."),
        )
        return
    round_row = window.view.current_round()
    name = repo.get_partnership(window.ctx.db, window.view.pid)["name"]
    what = (
        QCoreApplication.translate("Exchange", "round")
        if kind == "round-package"
        else QCoreApplication.translate("Exchange", "answers")
    )
    suggested = Path.home() / f"{name} - {round_row['label']} - {what}{px.EXTENSION}"
    chosen, _ = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("Exchange", "Export"), str(suggested), FILTER
    )
    if not chosen:
        return
    target = Path(chosen if chosen.endswith(px.EXTENSION) else chosen + px.EXTENSION)
    write = px.export_round_package if kind == "round-package" else px.export_responses
    try:
        write(window.ctx.db, round_row["id"], target)
    except Exception as exc:
        show_error(window, exc)
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("Exchange", "Saved %1").replace("%1", str(target)), 8000
    )


def export_spreadsheet(window: MainWindow) -> None:
    from pps_monitor.exchange.spreadsheet import export_spreadsheet as export
    from pps_monitor.storage import repository as repo
    from pps_monitor.storage.database import worker_connection

    if window.view is None:
        return
    pid = window.view.pid
    name = repo.get_partnership(window.ctx.db, pid)["name"]
    chosen, selected = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("Exchange", "Export answers"),
        str(Path.home() / f"{name}.xlsx"),
        "Excel (*.xlsx);;CSV (*.csv)",
    )
    if not chosen:
        return
    fmt = (
        "csv"
        if chosen.lower().endswith(".csv")
        or ("csv" in selected.lower() and not chosen.lower().endswith(".xlsx"))
        else "xlsx"
    )
    target = Path(chosen if chosen.lower().endswith(f".{fmt}") else f"{chosen}.{fmt}")
    db_path, lang = window.ctx.db_path, window.ctx.lang

    def op(_progress: Any) -> int:
        with worker_connection(db_path) as db:
            return export(db, pid, target, fmt, lang=lang)

    BackgroundOp(
        op=op,
        success=lambda n: window.statusBar().showMessage(
            QCoreApplication.translate("Exchange", "Exported %1 answers to %2")
            .replace("%1", str(n))
            .replace("%2", str(target)),
            8000,
        ),
    ).with_progress(QCoreApplication.translate("Exchange", "Exporting…")).run(window)


def backup_now(window: MainWindow, reason: str = "manual", quiet: bool = False) -> None:
    from pps_monitor.storage.backup import make_backup
    from pps_monitor.storage.database import worker_connection

    db_path = window.ctx.db_path

    def op(_progress: Any) -> Path:
        with worker_connection(db_path) as db:
            return make_backup(db, db_path, reason)

    def done(path: Path) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("Exchange", "Backed up to %1").replace("%1", str(path)), 8000
        )

    BackgroundOp(op=op, success=done, failure=(lambda _e: None) if quiet else None).run(window)


def restore(window: MainWindow, backup: Path | None = None) -> None:
    from pps_monitor.storage.backup import backup_folder, make_backup, restore_backup

    if backup is None:
        chosen, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("Exchange", "Restore from a backup"),
            str(backup_folder(window.ctx.db_path)),
            "SQLite (*.sqlite)",
        )
        if not chosen:
            return
        backup = Path(chosen)
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("Exchange", "Restore from a backup"),
        QCoreApplication.translate(
            "Exchange",
            "Replace the current database with the backup %1? The current state is backed up first.",
        ).replace("%1", backup.name),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    path = window.ctx.db_path
    try:
        make_backup(window.ctx.db, path, "before-restore")
        window.ctx.db.close()
        window.ctx.db = None
        restore_backup(backup, path)
    except Exception as exc:
        show_error(window, exc)
    window.switch_database(path)


def erase_respondent(window: MainWindow) -> None:
    from pps_monitor.storage.backup import erase_respondent as erase

    rid, ok = QInputDialog.getText(
        window,
        QCoreApplication.translate("Exchange", "Erase a respondent"),
        QCoreApplication.translate(
            "Exchange", "The respondent's id (the 'respondent' column of the exported answers):"
        ),
    )
    rid = rid.strip()
    if not ok or not rid:
        return
    found = window.ctx.db.execute(
        "SELECT count(*) FROM respondents WHERE id = ?", [rid]
    ).fetchone()[0]
    if not found:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("Exchange", "Erase a respondent"),
            QCoreApplication.translate("Exchange", "No respondent has the id %1.").replace(
                "%1", rid
            ),
        )
        return
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("Exchange", "Erase a respondent"),
        QCoreApplication.translate(
            "Exchange",
            "Erase every answer and comment of respondent %1 for good? This cannot be undone; older backups are removed at the next backup.",
        ).replace("%1", rid),
    )
    if answer == QMessageBox.StandardButton.Yes:
        erase(window.ctx.db, window.ctx.db_path, rid)
        window.reload()
        window.statusBar().showMessage(
            QCoreApplication.translate("Exchange", "The respondent was erased."), 8000
        )


class PaperFormsReport(QDialog):
    """The validation report of a spreadsheet of paper forms, and what to store."""

    def __init__(self, parent: QWidget, forms: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("Exchange", "Paper forms from a spreadsheet")
        )
        self.only_valid = False
        layout = QVBoxLayout(self)
        summary = (
            QCoreApplication.translate("Exchange", "%1 form(s) read, %2 valid.")
            .replace("%1", str(forms.rows))
            .replace("%2", str(len(forms.valid)))
        )
        if forms.dont_know_cells:
            summary += " " + QCoreApplication.translate(
                "Exchange", "%1 empty, 0 or ? cells are stored as don't know."
            ).replace("%1", str(forms.dont_know_cells))
        layout.addWidget(QLabel(summary))
        if forms.problems:
            from PySide6.QtWidgets import QListWidget

            self.problems = QListWidget()
            self.problems.addItems([str(p) for p in forms.problems])
            layout.addWidget(
                QLabel(
                    QCoreApplication.translate(
                        "Exchange", "Problems (nothing is stored while any row is invalid):"
                    )
                )
            )
            layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.all_button = buttons.addButton(
            QCoreApplication.translate("Exchange", "Import %1 forms").replace(
                "%1", str(len(forms.valid))
            ),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.all_button.setEnabled(bool(forms.valid) and not forms.problems)
        self.valid_button = buttons.addButton(
            QCoreApplication.translate("Exchange", "Import only the %1 valid forms").replace(
                "%1", str(len(forms.valid))
            ),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.valid_button.setVisible(bool(forms.problems))
        self.valid_button.setEnabled(
            bool(forms.valid) and not any(p.row == 1 for p in forms.problems)
        )
        self.valid_button.clicked.connect(self._only_valid)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _only_valid(self) -> None:
        self.only_valid = True
        self.accept()


def _selected_round(window: MainWindow) -> Any:
    if window.view is None or window.view.current_round() is None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("Exchange", "Paper forms"),
            QCoreApplication.translate("Exchange", "Select a round in the Rounds tab first."),
        )
        return None
    return window.view.current_round()


def paper_template(window: MainWindow) -> None:
    from pps_monitor.exchange.paper_forms import write_template
    from pps_monitor.storage import repository as repo

    round_row = _selected_round(window)
    if round_row is None:
        return
    chosen, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("Exchange", "Paper-form template"),
        str(Path.home() / f"{round_row['label']} - forms.xlsx"),
        "Excel (*.xlsx);;CSV (*.csv)",
    )
    if not chosen:
        return
    target = Path(chosen if chosen.lower().endswith((".xlsx", ".csv")) else chosen + ".xlsx")
    try:
        write_template(
            repo.round_instrument(repo.get_round(window.ctx.db, round_row["id"])),
            target,
            window.ctx.lang,
        )
    except Exception as exc:
        show_error(window, exc)
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("Exchange", "Saved %1").replace("%1", str(target)), 8000
    )


def import_paper_forms(window: MainWindow, path: Path | None = None) -> None:
    from pps_monitor.exchange.paper_forms import read_paper_forms, store_paper_forms
    from pps_monitor.storage import repository as repo

    round_row = _selected_round(window)
    if round_row is None:
        return
    if round_row["status"] != "open":
        QMessageBox.information(
            window,
            QCoreApplication.translate("Exchange", "Paper forms"),
            QCoreApplication.translate(
                "Exchange", "This round is closed. Reopen it to add paper forms."
            ),
        )
        return
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("Exchange", "Paper forms from a spreadsheet"),
            str(Path.home()),
            "Excel, CSV (*.xlsx *.csv)",
        )
        if not chosen:
            return
        path = Path(chosen)
    instrument = repo.round_instrument(repo.get_round(window.ctx.db, round_row["id"]))
    try:
        forms = read_paper_forms(path, instrument)
    except Exception as exc:
        show_error(window, exc)
        return
    window.paper_report = PaperFormsReport(window, forms)
    if window.paper_report.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        n = store_paper_forms(
            window.ctx.db, round_row["id"], forms, only_valid=window.paper_report.only_valid
        )
    except Exception as exc:
        show_error(window, exc)
        return
    window.reload()
    window.statusBar().showMessage(
        QCoreApplication.translate("Exchange", "%1 form(s) saved.").replace("%1", str(n)), 8000
    )
