from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from pps_monitor.ui.report.dialog import ReportDialog
from tests.ui.test_main_window import demo_db


def test_report_made_in_background_previewed_saved_and_printed(
    qtbot, make_window, dialogs, db_path, tmp_path
):
    demo_db(db_path)
    window = make_window()
    window.menus.act_print.trigger()  # Ctrl+P opens the report dialog
    dialog = window.dialogs.report_dialog
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ReportDialog) and not dialog.isModal()
    dialog.lang_box.setCurrentIndex(dialog.lang_box.findData("nl"))

    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview_window is not None, timeout=30_000)
    preview = dialog.preview_window
    qtbot.addWidget(preview)
    pages = len(PdfReader(dialog.pdf).pages)
    qtbot.waitUntil(lambda: len(preview.pages) == pages, timeout=30_000)
    assert "Samenvatting" in PdfReader(dialog.pdf).pages[1].extract_text()

    target = tmp_path / "rapport.pdf"
    made = dialog.pdf
    dialog.save_to(target)
    assert target.read_bytes() == made.read_bytes()

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    dialog.print_report(printer)
    qtbot.waitUntil(lambda: "Sent" in dialog.status.text(), timeout=60_000)
    assert len(PdfReader(printed).pages) == pages

    # the same choice is not made twice; another language is
    dialog.when_ready(lambda: None)
    assert dialog.pdf == made
    dialog.lang_box.setCurrentIndex(dialog.lang_box.findData("en"))
    dialog.when_ready(lambda: None)
    qtbot.waitUntil(lambda: dialog.pdf != made, timeout=30_000)
    assert "Summary" in PdfReader(dialog.pdf).pages[1].extract_text()
