"""Typesetting rules of the report's tables: no widows or orphans, header repeated, and
column widths that fit their content."""

from pps_monitor.reports import layout as L


def rows(count):
    return [["Code", "Text"]] + [[f"C-{k}", f"row {k}"] for k in range(count)]


def body_rows(part):
    return len(part._cellvalues) - 1  # the header row repeats on every part


def test_a_breaking_table_never_leaves_a_few_rows_alone():
    for count in range(L.MIN_ROWS, 40):
        table = L.table(rows(count), [30, 100])
        table.wrap(130, 10_000)
        row_height = table._rowHeights[1]
        for fit in range(1, count + 2):  # room for the header and `fit` rows
            parts = table.split(130, row_height * (fit + 1) + 0.5)
            if not parts:
                continue  # the whole table moves to the next page
            if len(parts) == 1:
                continue
            first, rest = parts
            assert body_rows(first) >= L.MIN_ROWS, (count, fit)
            assert body_rows(rest) >= L.MIN_ROWS, (count, fit)
            assert body_rows(first) + body_rows(rest) == count
            assert rest._cellvalues[0] == ["Code", "Text"]  # the header is repeated


def test_text_width_fits_the_longest_code():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width = L.text_width(["RF-KNOWLEDGE", "RC-ALIGN-1"])
    assert width >= stringWidth("RF-KNOWLEDGE", L.FONT, 8) + 2 * L.CELL_PAD
