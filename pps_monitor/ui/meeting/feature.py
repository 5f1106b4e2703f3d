"""Starting and ending meeting mode for a round."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from pps_monitor.services import partnerships as svc
from pps_monitor.ui.common.host import Host
from pps_monitor.ui.meeting.lock import MeetingLock
from pps_monitor.ui.meeting.window import MeetingStartDialog, MeetingWindow


class MeetingFeature:
    def __init__(self, host: Host) -> None:
        self.host = host
        self.window: MeetingWindow | None = None
        self.lock: MeetingLock | None = None

    def start(self, round_id: str, exit_code: str | None = None) -> MeetingWindow | None:
        ctx, parent = self.host.ctx, self.host.widget()
        round_row = svc.get_round(ctx.db, round_id)
        if round_row["status"] != "open":
            QMessageBox.information(
                parent,
                QCoreApplication.translate("MainWindow", "Meeting mode"),
                QCoreApplication.translate(
                    "MainWindow", "This round is closed. Reopen it to collect answers."
                ),
            )
            return None
        parts = svc.round_parts(ctx.db, round_id)
        part_id = parts[0]["id"]
        if exit_code is None:
            groups = [p["respondent_group"] for p in parts]
            dialog = MeetingStartDialog(parent, round_row["label"], groups)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            exit_code = dialog.code.text().strip()
            part_id = parts[dialog.group_index()]["id"]
        # Each respondent group answers its own instrument, stored in its own part.
        self.window = MeetingWindow(ctx.db, part_id, ctx.lang, exit_code)
        pid = round_row["partnership_id"]
        self.window.left.connect(lambda count: self.left(pid, round_id, count))
        self.window.showFullScreen()
        # Nothing but the questionnaire until the coordinator's code is given.
        self.lock = MeetingLock(parent, self.window)
        self.lock.engage()
        self.window.activateWindow()
        return self.window

    def left(self, partnership_id: str, round_id: str, count: int) -> None:
        """After meeting mode: offer to close the round and show its results."""
        ctx, parent = self.host.ctx, self.host.widget()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        self.window = None
        ctx.hub.responses_changed.emit(partnership_id)
        parent.activateWindow()
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("MainWindow", "Meeting mode"),
            QCoreApplication.translate(
                "MainWindow",
                "%1 answer(s) were added in this meeting. Close the round now and show its results?",
            ).replace("%1", str(count)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            svc.set_round_status(ctx.db, round_id, "closed")
            ctx.hub.round_changed.emit(partnership_id)
            self.host.show_results(round_id)
