"""Print a one-page summary of a round through the system print dialog."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from pps_monitor.analysis import partnership_results
from pps_monitor.storage import repository as repo
from pps_monitor.ui import labels
from pps_monitor.ui.context import AppContext


def _f(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def summary_html(ctx: AppContext, partnership_id: str, round_id: str | None) -> str | None:
    results = partnership_results(ctx.db, partnership_id, ctx.settings.scoring())
    if not results:
        return None
    result = next((r for r in results if r.round["id"] == round_id), results[-1])
    t = {
        "round": QCoreApplication.translate("Printing", "Round"),
        "dimension": QCoreApplication.translate("Printing", "Dimension"),
        "mean": QCoreApplication.translate("Printing", "Mean"),
        "sd": QCoreApplication.translate("Printing", "SD"),
        "band": QCoreApplication.translate("Printing", "Band"),
        "change": QCoreApplication.translate("Printing", "Change"),
        "top": QCoreApplication.translate("Printing", "Top risks"),
        "risk": QCoreApplication.translate("Printing", "Risk"),
        "high": QCoreApplication.translate("Printing", "Rated 4–5"),
        "note": QCoreApplication.translate(
            "Printing", "significant change since the previous round (95% interval excludes 0)"
        ),
    }
    lang, s = ctx.lang, result.scores
    name = repo.get_partnership(ctx.db, partnership_id)["name"]
    rows = "".join(
        f"<tr><td>{html.escape(result.instrument.label(d.code, lang))}</td><td align=right>{d.n}</td>"
        f"<td align=right>{_f(d.mean)}</td><td align=right>{_f(d.sd)}</td><td>{labels.band(d.band)}</td>"
        f"<td align=right>{'' if d.change is None else f'{d.change.diff:+.2f}' + (' *' if d.change.significant else '')}</td></tr>"
        for d in s.dimensions
    )
    risks = "".join(
        f"<tr><td>{html.escape(result.instrument.label(r.code, lang))}</td><td align=right>{r.n}</td>"
        f"<td align=right>{_f(r.mean)}</td><td align=right>{'' if r.high_pct is None else f'{r.high_pct:.0f}%'}</td></tr>"
        for r in s.top_risks(5)
    )
    return (
        f"<h1>{html.escape(name)}</h1><p>{html.escape(t['round'])}: {html.escape(result.label)} "
        f"({result.round['date']}), n = {s.respondents}</p>"
        f"<table border=1 cellspacing=0 cellpadding=3><tr><th>{t['dimension']}</th><th>n</th><th>{t['mean']}</th>"
        f"<th>{t['sd']}</th><th>{t['band']}</th><th>{t['change']}</th></tr>{rows}</table>"
        f"<h2>{t['top']}</h2><table border=1 cellspacing=0 cellpadding=3><tr><th>{t['risk']}</th><th>n</th>"
        f"<th>{t['mean']}</th><th>{t['high']}</th></tr>{risks}</table>"
        f"<p>* {html.escape(t['note'])}</p>"
    )


def print_round_summary(
    parent: QWidget, ctx: AppContext, partnership_id: str, round_id: str | None
) -> None:
    text = summary_html(ctx, partnership_id, round_id)
    if text is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Printing", "Print"),
            QCoreApplication.translate("Printing", "This partnership has no rounds yet."),
        )
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    document = QTextDocument()
    document.setHtml(text)
    document.print_(printer)
