"""Your own questionnaire through Excel: a template of any instrument, and an edited one
imported as a new version (kept for new rounds; every bad cell named, nothing half-kept)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from pps_monitor.services import instruments as svc
from pps_monitor.ui.common.errors import show_error
from pps_monitor.ui.common.host import Host


class InstrumentSheets:
    def __init__(self, host: Host) -> None:
        self.host = host

    def _known(self) -> list[Any]:
        ctx = self.host.ctx
        pid = getattr(self.host, "current_partnership_id", lambda: None)()
        return svc.known(ctx.db if ctx.has_db else None, pid)

    def instrument_template(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QInputDialog

        window, lang = self.host.widget(), self.host.ctx.lang
        known = list(reversed(self._known()))
        names = [f"{i.name(lang)} ({i.id} {i.version})" for i in known]
        chosen, ok = QInputDialog.getItem(
            window,
            QCoreApplication.translate("Exchange", "Questionnaire as Excel template"),
            QCoreApplication.translate("Exchange", "Questionnaire"),
            names,
            0,
            False,
        )
        if not ok or chosen not in names:
            return
        inst = known[names.index(chosen)]
        target, _ = QFileDialog.getSaveFileName(
            window,
            QCoreApplication.translate("Exchange", "Questionnaire as Excel template"),
            str(Path.home() / f"{inst.id}-{inst.version}.xlsx"),
            "Excel (*.xlsx)",
        )
        if not target:
            return
        path = Path(target if target.lower().endswith(".xlsx") else target + ".xlsx")
        try:
            svc.template(inst, path)
        except Exception as exc:
            show_error(window, exc)
            return
        self.host.show_status(
            QCoreApplication.translate("Exchange", "Saved %1").replace("%1", str(path)), 8000
        )

    def import_instrument(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        window, ctx = self.host.widget(), self.host.ctx
        source, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("Exchange", "Import a questionnaire from Excel"),
            str(Path.home()),
            "Excel (*.xlsx)",
        )
        if not source:
            return
        pid = getattr(self.host, "current_partnership_id", lambda: None)()
        try:
            inst, notes, _path = svc.import_template(
                Path(source), ctx.db if ctx.has_db else None, pid, lang=ctx.lang
            )
        except Exception as exc:
            show_error(window, exc)
            return
        lines = [
            QCoreApplication.translate(
                "Exchange", "Imported %1 version %2. It is offered when you make a new round."
            )
            .replace("%1", inst.name(ctx.lang))
            .replace("%2", inst.version),
            *notes,
        ]
        QMessageBox.information(
            window,
            QCoreApplication.translate("Exchange", "Import a questionnaire from Excel"),
            "\n".join(lines),
        )
