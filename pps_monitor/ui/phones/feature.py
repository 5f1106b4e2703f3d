"""Answer on phones: serve an open round on the room's network and show the projector.

The session (pps_monitor.web, Qt-free) is started in the background: starting is quick,
but it may fail (no network, port blocked); its message is shown as it is, with the
laptop pass-around (meeting mode) offered instead. Phones, meeting mode and paper forms
can all be used in the same round.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from pps_monitor.errors import PpsError
from pps_monitor.services import partnerships as svc
from pps_monitor.ui.common.errors import show_error
from pps_monitor.ui.common.groups import choose_group
from pps_monitor.ui.common.host import Host
from pps_monitor.ui.common.tasks import BackgroundOp
from pps_monitor.ui.phones.projector import ProjectorWindow

if TYPE_CHECKING:
    from pathlib import Path

    from pps_monitor.ui.phones.projector import Session


def make_session(db_path: Path, round_id: str, lang: str, group: str = "partners") -> Session:
    """A phone session for the round (imported here: the web server is loaded on use)."""
    from pps_monitor.web.session import PhoneSession

    return PhoneSession(db_path, round_id, group=group, lang=lang)


class PhonesFeature:
    def __init__(self, host: Host) -> None:
        self.host = host
        self.session: Session | None = None
        self.projector: ProjectorWindow | None = None
        self.starting = False
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def start(self, round_id: str) -> BackgroundOp | None:
        ctx, parent = self.host.ctx, self.host.widget()
        if self.projector is not None:
            self.projector.showNormal()
            self.projector.activateWindow()
            return None
        if self.starting:
            return None
        round_row = svc.get_round(ctx.db, round_id)
        if round_row["status"] != "open":
            QMessageBox.information(
                parent,
                QCoreApplication.translate("PhonesFeature", "Answer on phones"),
                QCoreApplication.translate(
                    "PhonesFeature", "This round is closed. Reopen it to collect answers."
                ),
            )
            return None
        partnership = svc.get_partnership(ctx.db, round_row["partnership_id"])
        title = QCoreApplication.translate("PhonesFeature", "Answer on phones")
        group = choose_group(parent, ctx.db, round_id, title)
        if group is None:
            return None
        session = make_session(ctx.db_path, round_id, ctx.lang, group)
        self.starting = True

        def started(_url: Any) -> None:
            self.starting = False
            self.session = session
            self._show_projector(session, round_row, partnership["name"])

        def failed(exc: BaseException) -> None:
            self.starting = False
            if isinstance(exc, PpsError):
                self._offer_meeting(round_id, str(exc))
            else:
                show_error(parent, exc)

        op = BackgroundOp(op=lambda _p: session.start(), success=started, failure=failed)
        return op.with_progress(
            QCoreApplication.translate("PhonesFeature", "Starting the phone session…")
        ).run(parent)

    def _show_projector(
        self, session: Session, round_row: dict[str, Any], partnership_name: str
    ) -> None:
        projector = ProjectorWindow(
            session, partnership_name, round_row["label"], self.host.widget()
        )
        pid, rid = round_row["partnership_id"], round_row["id"]
        projector.finished.connect(
            lambda show: self._finished(pid, rid, round_row["label"], bool(show))
        )
        self.projector = projector
        projector.resize(1280, 800)
        projector.show()
        projector.activateWindow()
        self.host.show_status(
            QCoreApplication.translate("PhonesFeature", "Phones can answer at %1").replace(
                "%1", session.join_url
            )
        )

    def _finished(self, partnership_id: str, round_id: str, label: str, show: bool) -> None:
        """The session was closed: views learn of the new answers; then the results."""
        screen = self.projector.screen() if self.projector is not None else None
        self.projector = None
        self.session = None
        self.host.ctx.hub.responses_changed.emit(partnership_id)
        if show:
            self.host.present(partnership_id, round_id, screen)

    def _offer_meeting(self, round_id: str, message: str) -> None:
        parent = self.host.widget()
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("PhonesFeature", "Answer on phones"))
        box.setText(
            QCoreApplication.translate("PhonesFeature", "The phones cannot reach this laptop.")
        )
        box.setInformativeText(message)
        meeting = box.addButton(
            QCoreApplication.translate("PhonesFeature", "Pass the laptop around instead"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(meeting)
        box.exec()
        if box.clickedButton() is meeting:
            self.host.start_meeting(round_id)

    def shutdown(self) -> None:
        """The app is quitting: close the session (answers already sent are stored)."""
        if self.session is not None:
            self.session.close()
            self.session = None
