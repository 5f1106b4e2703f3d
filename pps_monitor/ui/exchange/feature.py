"""Files between laptops, spreadsheets and backups: the File menu's exchange actions.

The slow work (planning and applying an import, exports, backups, restore, erasure) runs
off the GUI thread through BackgroundOp; what changed is announced on the hub.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from pps_monitor.services import exchange as svc
from pps_monitor.services import partnerships as partnerships_svc
from pps_monitor.services import privacy
from pps_monitor.ui.common.counts import counts
from pps_monitor.ui.common.errors import show_error
from pps_monitor.ui.common.groups import choose_group, group_round_id
from pps_monitor.ui.common.host import Host
from pps_monitor.ui.common.tasks import BackgroundOp

if TYPE_CHECKING:
    from pps_monitor.ui.exchange.dialogs import ImportPreview

FILTER = "PPS Monitor (*.ppsmonitor)"


class ExchangeFeature:
    def __init__(self, host: Host) -> None:
        self.host = host
        self.import_preview: ImportPreview | None = None

    def _selected_round(self, title: str) -> dict[str, Any] | None:
        from PySide6.QtWidgets import QMessageBox

        round_row = self.host.current_round()
        if round_row is None:
            QMessageBox.information(
                self.host.widget(),
                title,
                QCoreApplication.translate("Exchange", "Select a round in the Rounds tab first."),
            )
        return round_row

    def _saved(self, target: Path) -> None:
        self.host.show_status(
            QCoreApplication.translate("Exchange", "Saved %1").replace("%1", str(target)), 8000
        )

    # --- exchange packages -----------------------------------------------------------

    def import_file(self, path: Path | None = None) -> None:
        from PySide6.QtWidgets import QDialog, QFileDialog

        from pps_monitor.ui.exchange.dialogs import ImportPreview

        window = self.host.widget()
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                window,
                QCoreApplication.translate("Exchange", "Import"),
                self.host.ctx.settings.start_in("exchange"),
                FILTER,
            )
            if not chosen:
                return
            self.host.ctx.settings.set_last_folder("exchange", chosen)
            path = Path(chosen)
        db_path, source = self.host.ctx.db_path, path

        def review(plan: Any) -> None:
            self.import_preview = ImportPreview(window, plan)
            if self.import_preview.exec() != QDialog.DialogCode.Accepted:
                return
            BackgroundOp(
                op=lambda _p: svc.apply_import(db_path, source), success=self._imported
            ).with_progress(QCoreApplication.translate("Exchange", "Importing…")).run(window)

        BackgroundOp(op=lambda _p: svc.plan_import(db_path, source), success=review).with_progress(
            QCoreApplication.translate("Exchange", "Checking the file…")
        ).run(window)

    def _imported(self, result: Any) -> None:
        self.host.ctx.hub.partnerships_changed.emit(None)
        self.host.show_status(
            QCoreApplication.translate("Exchange", "Imported: %1").replace("%1", result.summary()),
            10_000,
        )

    def export_exchange(self, kind: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        round_row = self._selected_round(QCoreApplication.translate("Exchange", "Export"))
        pid = self.host.current_partnership_id()
        if round_row is None or pid is None:
            return
        ctx = self.host.ctx
        part_id = round_row["id"]
        if kind != "round-package":  # one respondent group's answers (issue 17)
            title = QCoreApplication.translate("Exchange", "Export")
            group = choose_group(self.host.widget(), ctx.db, round_row["id"], title)
            if group is None:
                return
            part_id = group_round_id(ctx.db, round_row["id"], group)
        complete = False
        if kind == "responses":
            chosen_full = self.ask_export_options("responses")
            if chosen_full is None:
                return
            complete = chosen_full
        name = partnerships_svc.get_partnership(ctx.db, pid)["name"]
        what = (
            QCoreApplication.translate("Exchange", "round")
            if kind == "round-package"
            else QCoreApplication.translate("Exchange", "answers")
        )
        ext = svc.PACKAGE_EXTENSION
        suggested = ctx.settings.start_in(
            "exchange", f"{name} - {round_row['label']} - {what}{ext}"
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self.host.widget(),
            QCoreApplication.translate("Exchange", "Export"),
            suggested,
            FILTER,
        )
        if not chosen:
            return
        ctx.settings.set_last_folder("exchange", chosen)
        target = Path(chosen if chosen.endswith(ext) else chosen + ext)
        db_path, rid = ctx.db_path, part_id

        def saved(result: tuple[Path, int]) -> None:
            path, left_out = result
            if kind == "responses":  # writing an anonymous file released the round
                ctx.hub.responses_changed.emit(pid)
            self._saved(path)
            if left_out:
                self._left_out(left_out)

        BackgroundOp(
            op=lambda _p: svc.export_package_at(db_path, rid, target, kind, complete=complete),
            success=saved,
        ).with_progress(QCoreApplication.translate("Exchange", "Exporting…")).run(
            self.host.widget()
        )

    def _left_out(self, n: int) -> None:
        """An anonymous answers file holds only answers already included, and of those
        only what another laptop can show exactly as here: say how many it left out."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self.host.widget(),
            QCoreApplication.translate("Exchange", "Export"),
            QCoreApplication.translate(
                "Exchange",
                "%1 answer(s) were left out of the file: answers not yet included in the "
                "results, or included ones that another laptop could not show exactly as "
                "they are shown here. To bring every answer to the coordinator's laptop, "
                "export again with 'All answers, for the coordinator's laptop'.",
            ).replace("%1", str(n)),
        )

    def export_spreadsheet(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        pid = self.host.current_partnership_id()
        if pid is None:
            return
        ctx = self.host.ctx
        full = self.ask_export_options()
        if full is None:
            return
        name = partnerships_svc.get_partnership(ctx.db, pid)["name"]
        chosen, selected = QFileDialog.getSaveFileName(
            self.host.widget(),
            QCoreApplication.translate("Exchange", "Export answers"),
            ctx.settings.start_in("spreadsheet", f"{name}.xlsx"),
            "Excel (*.xlsx);;CSV (*.csv)",
        )
        if not chosen:
            return
        ctx.settings.set_last_folder("spreadsheet", chosen)
        fmt = (
            "csv"
            if chosen.lower().endswith(".csv")
            or ("csv" in selected.lower() and not chosen.lower().endswith(".xlsx"))
            else "xlsx"
        )
        target = Path(chosen if chosen.lower().endswith(f".{fmt}") else f"{chosen}.{fmt}")
        db_path, lang = ctx.db_path, ctx.lang

        def done(n: int) -> None:
            self.host.show_status(counts().answers_exported(n, target), 8000)

        BackgroundOp(
            op=lambda _p: privacy.export_spreadsheet(db_path, pid, target, fmt, lang, full),
            success=done,
        ).with_progress(QCoreApplication.translate("Exchange", "Exporting…")).run(
            self.host.widget()
        )

    def ask_export_options(self, kind: str = "spreadsheet") -> bool | None:
        """True for the complete table, False for the anonymous export, None: cancelled."""
        from PySide6.QtWidgets import QDialog

        from pps_monitor.ui.exchange.dialogs import ExportOptions

        self.export_options = ExportOptions(self.host.widget(), kind)
        if self.export_options.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.export_options.full.isChecked()

    # --- backups and privacy ----------------------------------------------------------

    def backup_now(self, reason: str = "manual", quiet: bool = False) -> None:
        db_path = self.host.ctx.db_path

        def done(path: Path) -> None:
            self.host.show_status(
                QCoreApplication.translate("Exchange", "Backed up to %1").replace("%1", str(path)),
                8000,
            )

        BackgroundOp(
            op=lambda _p: svc.backup_now(db_path, reason),
            success=done,
            failure=(lambda _e: None) if quiet else None,
        ).run(self.host.widget())

    def restore(self, backup: Path | None = None) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        window, path = self.host.widget(), self.host.ctx.db_path
        title = QCoreApplication.translate("Exchange", "Restore from a backup")
        if backup is None:
            settings = self.host.ctx.settings
            start = (
                settings.start_in("backup")
                if settings.q.contains("last_folder/backup")
                else str(svc.backup_folder(path))
            )
            chosen, _ = QFileDialog.getOpenFileName(window, title, start, "SQLite (*.sqlite)")
            if not chosen:
                return
            settings.set_last_folder("backup", chosen)
            backup = Path(chosen)
        answer = QMessageBox.question(
            window,
            title,
            QCoreApplication.translate(
                "Exchange",
                "Replace the current database with the backup %1? The current state is backed up first.",
            ).replace("%1", backup.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        source = backup
        self.host.close_database()  # the restore replaces the file under every connection

        def reopen(_result: object = None) -> None:
            self.host.switch_database(path)

        def failed(exc: BaseException) -> None:
            show_error(window, exc)
            reopen()

        BackgroundOp(
            op=lambda _p: svc.restore(path, source), success=reopen, failure=failed
        ).with_progress(title).run(window)

    def erase_respondent(self) -> None:
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        window, ctx = self.host.widget(), self.host.ctx
        title = QCoreApplication.translate("Exchange", "Erase a respondent")
        rid, ok = QInputDialog.getText(
            window,
            title,
            QCoreApplication.translate(
                "Exchange", "The respondent's id (the 'respondent' column of the exported answers):"
            ),
        )
        rid = rid.strip()
        if not ok or not rid:
            return
        if not svc.respondent_exists(ctx.db, rid):
            QMessageBox.warning(
                window,
                title,
                QCoreApplication.translate("Exchange", "No respondent has the id %1.").replace(
                    "%1", rid
                ),
            )
            return
        answer = QMessageBox.question(
            window,
            title,
            QCoreApplication.translate(
                "Exchange",
                "Erase every answer and comment of respondent %1 for good? This cannot be undone; older backups are removed at the next backup.",
            ).replace("%1", rid),
        )
        if answer == QMessageBox.StandardButton.Yes:
            db_path = ctx.db_path
            BackgroundOp(
                op=lambda _p: svc.erase_respondent(db_path, rid), success=self._erased
            ).with_progress(title).run(window)

    def _erased(self, _result: object) -> None:
        self.host.ctx.hub.responses_changed.emit(None)
        self.host.show_status(
            QCoreApplication.translate("Exchange", "The respondent was erased."), 8000
        )
