"""Make the PDF report in the background, then preview, save or print it.

The dialog is not modal: the app stays usable while the report is made.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pps_monitor.files import WriteError, write_atomically
from pps_monitor.services import partnerships as svc
from pps_monitor.ui.common.context import AppContext
from pps_monitor.ui.common.dates import short_date
from pps_monitor.ui.common.errors import show_error
from pps_monitor.ui.common.help import install_help
from pps_monitor.ui.common.tasks import BackgroundOp

PREVIEW_SCALE = 1.4  # 100 dpi: readable on screen
PRINT_DPI = 300


def make_report(
    db_path: Path,
    partnership_id: str,
    round_label: str,
    lang: str,
    settings: Any,
    out: Path,
    progress: Any,
) -> Path:
    """In a worker, with its own connection."""
    from pps_monitor.reports.report import build_report
    from pps_monitor.services.db import worker

    with worker(db_path) as db:
        return build_report(
            db,
            partnership_id,
            out,
            round_label=round_label,
            lang=lang,
            settings=settings,
            progress=progress,
        )


def render_pages(path: Path, scale: float) -> list[bytes]:
    """Page images as PNG bytes (in a worker: PDFium is used from one thread at a time)."""
    import io

    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        out = []
        for page in pdf:
            buffer = io.BytesIO()
            page.render(scale=scale).to_pil().save(buffer, format="PNG", compress_level=1)
            out.append(buffer.getvalue())
        return out
    finally:
        pdf.close()


class ReportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        ctx: AppContext,
        partnership_id: str,
        round_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.pid = ctx, partnership_id
        self.setWindowTitle(self.tr("Report"))
        install_help(self, "report")
        self.setModal(False)
        self.setMinimumWidth(520)
        self._tmp = Path(tempfile.mkdtemp(prefix="pps-report-"))
        self.pdf: Path | None = None
        self._made_for: tuple[str, str] | None = None
        self._then: Any = None
        self.preview_window: PreviewWindow | None = None

        self.round_box = QComboBox()
        rounds = svc.list_rounds(ctx.db, partnership_id)
        for r in rounds:
            self.round_box.addItem(f"{r['label']} ({short_date(r['date'])}, n = {r['respondents']})", r["label"])
        chosen = next((k for k, r in enumerate(rounds) if r["id"] == round_id), len(rounds) - 1)
        self.round_box.setCurrentIndex(chosen)
        self.lang_box = QComboBox()
        self.lang_box.addItem("Nederlands", "nl")
        self.lang_box.addItem("English", "en")
        # The partnership's own language when it has one, else the app's.
        lang = svc.partnership_language(ctx.db, partnership_id) or ctx.lang
        self.lang_box.setCurrentIndex(0 if lang == "nl" else 1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 4)
        self.progress.setValue(0)
        self.status = QLabel(
            self.tr("Choose the round and the language, then preview, save or print.")
        )
        self.status.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        close = QPushButton(self.tr("Close"))
        self.preview_button.clicked.connect(lambda: self.when_ready(self.preview))
        self.save_button.clicked.connect(self.ask_save)
        self.print_button.clicked.connect(lambda: self.when_ready(self.print_report))
        close.clicked.connect(self.close)
        form = QFormLayout()
        form.addRow(self.tr("Round"), self.round_box)
        form.addRow(self.tr("Language"), self.lang_box)
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.save_button, self.print_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setEnabled(bool(rounds))

    def choice(self) -> tuple[str, str]:
        return self.round_box.currentData(), self.lang_box.currentData()

    def _busy(self, busy: bool) -> None:
        for w in (
            self.preview_button,
            self.save_button,
            self.print_button,
            self.round_box,
            self.lang_box,
        ):
            w.setEnabled(not busy)

    def when_ready(self, then: Any) -> None:
        """Make the report for the current choice unless it was made already, then ``then()``."""
        if self.pdf is not None and self._made_for == self.choice():
            then()
            return
        round_label, lang = self.choice()
        out = self._tmp / f"report-{len(list(self._tmp.iterdir()))}.pdf"
        path, pid, settings = self.ctx.db_path, self.pid, self.ctx.settings.scoring()
        self._busy(True)
        self.status.setText(self.tr("Making the report…"))
        self.progress.setValue(0)

        def done(pdf: Path) -> None:
            self._busy(False)
            self.pdf, self._made_for = pdf, (round_label, lang)
            self.progress.setValue(4)
            self.status.setText(self.tr("The report is ready."))
            then()

        def failed(exc: BaseException) -> None:
            self._busy(False)
            self.status.setText(self.tr("The report could not be made."))
            show_error(self, exc)

        BackgroundOp(
            op=lambda progress: make_report(path, pid, round_label, lang, settings, out, progress),
            success=done,
            failure=failed,
        ).on_progress(lambda done_steps, _total, _text: self.progress.setValue(done_steps)).run(
            self
        )

    def _made(self) -> Path:
        """The report made last; the actions that use it run only once it is ready."""
        assert self.pdf is not None
        return self.pdf

    def preview(self) -> None:
        self.preview_window = PreviewWindow(
            self, self._made(), self.ask_save, lambda: self.when_ready(self.print_report)
        )
        self.preview_window.show()

    def ask_save(self) -> None:
        round_label, _lang = self.choice()
        name = svc.get_partnership(self.ctx.db, self.pid)["name"]
        suggested = self.ctx.settings.start_in("report", f"{name} - {round_label}.pdf")
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), suggested, "PDF (*.pdf)"
        )
        if target:
            self.ctx.settings.set_last_folder("report", target)
            if not target.lower().endswith(".pdf"):
                target += ".pdf"
            self.when_ready(lambda: self.save_to(Path(target)))

    def save_to(self, target: Path) -> None:
        """Copy the made report to ``target`` without ever leaving half a file there."""
        try:
            write_atomically(target, self._made().read_bytes())
        except (OSError, WriteError) as exc:
            show_error(self, exc)
            return
        self.status.setText(self.tr("Saved as %1").replace("%1", str(target)))

    def print_report(self, printer: Any = None) -> None:
        """Through the system print dialog, unless a printer is given (tests)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return
        self._busy(True)
        self.status.setText(self.tr("Preparing the pages for the printer…"))
        pdf = self._made()

        def paint(pages: list[bytes]) -> None:
            self._busy(False)
            painter = QPainter()
            if not painter.begin(printer):
                show_error(self, OSError(self.tr("The printer could not be started.")))
                return
            try:
                for k, data in enumerate(pages):
                    if k:
                        printer.newPage()
                    image = QImage.fromData(data)
                    target = painter.viewport()
                    size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                    painter.setViewport(target.x(), target.y(), size.width(), size.height())
                    painter.setWindow(image.rect())
                    painter.drawImage(0, 0, image)
                    painter.setViewport(target)
            finally:
                painter.end()
            self.status.setText(
                self.tr("Sent %n page(s) to the printer.", "", len(pages))
            )

        BackgroundOp(op=lambda _p: render_pages(pdf, PRINT_DPI / 72), success=paint).run(self)

    def closeEvent(self, event: Any) -> None:
        shutil.rmtree(self._tmp, ignore_errors=True)
        super().closeEvent(event)


class PreviewWindow(QWidget):
    """The report's pages, rendered in the background, in a scrollable window with the
    buttons to save, print and close it (Escape closes too)."""

    def __init__(self, parent: QWidget, pdf: Path, save: Any = None, print_: Any = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Report preview"))
        free = self.screen().availableGeometry().size() if self.screen() else None
        self.resize(
            min(900, free.width() - 40) if free else 900,
            min(1000, free.height() - 60) if free else 700,
        )
        self.pages: list[QLabel] = []
        self.holder = QWidget()
        self.column = QVBoxLayout(self.holder)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.loading = QLabel(self.tr("Rendering the pages…"))
        self.column.addWidget(self.loading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.holder)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Save as PDF…"), save), (self.tr("Print…"), print_)):
            if slot is not None:
                button = QPushButton(text)
                button.clicked.connect(slot)
                buttons.addWidget(button)
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        BackgroundOp(op=lambda _p: render_pages(pdf, PREVIEW_SCALE), success=self._show).run(self)

    def _show(self, pages: list[bytes]) -> None:
        self.loading.hide()
        for data in pages:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(QImage.fromData(data)))
            label.setStyleSheet("border: 1px solid #999; background: white;")
            self.column.addWidget(label)
            self.pages.append(label)
