"""No page of the report is empty: two page breaks in a row (the summary ends with one,
a section began with another) printed a blank page 3 in the demo report."""

import pytest
from pypdf import PdfReader

from pps_monitor.demo import add_demo
from pps_monitor.reports.report import build_report
from pps_monitor.storage.database import open_memory_database


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_page_has_content_beyond_header_and_footer(tmp_path, lang):
    db = open_memory_database()
    pid = add_demo(db)
    pdf = build_report(db, pid, tmp_path / f"{lang}.pdf", lang=lang, invariant=True)
    for number, page in enumerate(PdfReader(pdf).pages, start=1):
        lines = [ln for ln in page.extract_text().splitlines() if ln.strip()]
        # header mark, running title and page number are at most three lines
        assert len(lines) > 3, f"page {number} is empty: {lines}"
