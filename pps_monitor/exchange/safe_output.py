"""Text that goes out into a workbook stays exactly as typed, and safe (issue 14).

XLSX cannot hold most control characters (openpyxl refuses them, and the export used
to crash on a round label with one); each is shown as its Unicode control picture
(U+0007 -> U+2407), so nothing is lost silently. Text is written as an explicit string
cell: a label "+1+1" or "=SUM(A1)" shows as typed and is never run as a formula, with
no apostrophe added (CSV keeps its apostrophe: it has no cell types).
"""

from __future__ import annotations

import re
from typing import Any

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def xlsx_text(text: str) -> str:
    return CONTROL.sub(lambda m: chr(0x2400 + ord(m.group())), text)


def xlsx_row(sheet: Any, values: list[Any]) -> list[Any]:
    """The row's cells for a write-only sheet: text as explicit string cells."""
    from openpyxl.cell import WriteOnlyCell

    row: list[Any] = []
    for value in values:
        if isinstance(value, str):
            cell = WriteOnlyCell(sheet, value=xlsx_text(value))
            cell.data_type = "s"  # never a formula, whatever it starts with
            row.append(cell)
        else:
            row.append(value)
    return row
