"""Paper forms through a spreadsheet: a template to fill in, and reading it back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from pps_monitor.services import exchange as svc
from pps_monitor.ui.common.counts import counts
from pps_monitor.ui.common.errors import show_error
from pps_monitor.ui.common.host import Host

if TYPE_CHECKING:
    from pps_monitor.ui.exchange.dialogs import PaperFormsReport


class PaperSpreadsheets:
    def __init__(self, host: Host) -> None:
        self.host = host
        self.report: PaperFormsReport | None = None

    def _selected_round(self) -> dict[str, Any] | None:
        from PySide6.QtWidgets import QMessageBox

        round_row = self.host.current_round()
        if round_row is None:
            QMessageBox.information(
                self.host.widget(),
                QCoreApplication.translate("Exchange", "Paper forms"),
                QCoreApplication.translate("Exchange", "Select a round in the Rounds tab first."),
            )
        return round_row

    def paper_template(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        round_row = self._selected_round()
        if round_row is None:
            return
        window, ctx = self.host.widget(), self.host.ctx
        chosen, _ = QFileDialog.getSaveFileName(
            window,
            QCoreApplication.translate("Exchange", "Paper-form template"),
            ctx.settings.start_in("spreadsheet", f"{round_row['label']} - forms.xlsx"),
            "Excel (*.xlsx);;CSV (*.csv)",
        )
        if not chosen:
            return
        ctx.settings.set_last_folder("spreadsheet", chosen)
        target = Path(chosen if chosen.lower().endswith((".xlsx", ".csv")) else chosen + ".xlsx")
        try:
            svc.write_paper_template(ctx.db, round_row["id"], target, ctx.lang)
        except Exception as exc:
            show_error(window, exc)
            return
        self.host.show_status(
            QCoreApplication.translate("Exchange", "Saved %1").replace("%1", str(target)), 8000
        )

    def _choose_file(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getOpenFileName(
            self.host.widget(),
            QCoreApplication.translate("Exchange", "Paper forms from a spreadsheet"),
            self.host.ctx.settings.start_in("spreadsheet"),
            "Excel, CSV (*.xlsx *.csv)",
        )
        if chosen:
            self.host.ctx.settings.set_last_folder("spreadsheet", chosen)
        return Path(chosen) if chosen else None

    def import_paper_forms(self, path: Path | None = None) -> None:
        from PySide6.QtWidgets import QDialog, QMessageBox

        from pps_monitor.ui.exchange.dialogs import PaperFormsReport

        round_row = self._selected_round()
        if round_row is None:
            return
        window, ctx = self.host.widget(), self.host.ctx
        if round_row["status"] != "open":
            QMessageBox.information(
                window,
                QCoreApplication.translate("Exchange", "Paper forms"),
                QCoreApplication.translate(
                    "Exchange", "This round is closed. Reopen it to add paper forms."
                ),
            )
            return
        path = path or self._choose_file()
        if path is None:
            return
        try:
            forms = svc.read_paper_forms(ctx.db, round_row["id"], path)
            tie_forms = svc.read_tie_forms(ctx.db, round_row["id"], path)  # issue 18
            if tie_forms is not None and tie_forms.problems:
                from pps_monitor.exchange.cell_problem import FormsRefused

                raise FormsRefused(tie_forms.problems)
        except Exception as exc:
            show_error(window, exc)
            return
        self.report = PaperFormsReport(window, forms)
        if self.report.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            n, _ = svc.store_forms(
                ctx.db, round_row["id"], forms, tie_forms, self.report.only_valid
            )
        except Exception as exc:
            show_error(window, exc)
            return
        ctx.hub.responses_changed.emit(round_row["partnership_id"])
        self.host.show_status(counts().forms_saved(n), 8000)
