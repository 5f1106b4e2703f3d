"""How the CLI writes: the JSON envelope and rounding, tables, and CSV for people.

JSON: every command's object carries ``"format": "pps-monitor/<command>"`` and
``"version": 1``; floats are rounded to 4 decimals (p-values to 4 significant digits)
and ``-0.0`` is printed as ``0.0``. CSV: UTF-8 with a BOM, ``;`` by default (Dutch Excel
reads a comma file as one column), decimal commas with ``--lang nl``.
"""

from __future__ import annotations

import csv
import io
import json
import math
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

JSON_VERSION = 1
P_KEYS = frozenset({"p", "p_adjusted"})


def _round(value: float, key: str | None) -> float:
    if math.isnan(value) or math.isinf(value):
        return value
    # p-values to 4 significant digits, every other float to 4 decimals
    value = float(f"{value:.4g}") if key in P_KEYS else round(value, 4)
    return 0.0 if value == 0 else value  # -0.0 -> 0.0


def clean(obj: Any, key: str | None = None) -> Any:
    """``obj`` with every float rounded as the JSON output promises."""
    if isinstance(obj, bool) or obj is None:
        return obj
    if isinstance(obj, float):
        return _round(obj, key)
    if isinstance(obj, dict):
        return {k: clean(v, k) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [clean(v, key) for v in obj]
    return obj


def envelope(command: str, data: dict[str, Any]) -> dict[str, Any]:
    return {"format": f"pps-monitor/{command}", "version": JSON_VERSION, **data}


def dumps(command: str, data: dict[str, Any]) -> str:
    return json.dumps(clean(envelope(command, data)), ensure_ascii=False, indent=2)


def print_json(command: str, data: dict[str, Any]) -> None:
    print(dumps(command, data))


def cell_text(value: Any, lang: str = "en") -> str:
    """A value as a CSV or table cell: decimal comma in Dutch, empty for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        text = repr(_round(value, None))
        return text.replace(".", ",") if lang == "nl" else text
    return str(value)


def neutralise(text: str) -> str:
    """Text a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not _is_number(text) else text


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", "."))
    except ValueError:
        return False
    return True


def csv_text(
    columns: Sequence[str], rows: Iterable[dict[str, Any]], delimiter: str = ";", lang: str = "en"
) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([neutralise(cell_text(row.get(c), lang)) for c in columns])
    return buffer.getvalue()


def write_csv(
    columns: Sequence[str],
    rows: Iterable[dict[str, Any]],
    out: Path | None,
    delimiter: str = ";",
    lang: str = "en",
) -> None:
    """UTF-8 with BOM to ``out`` (atomically), or to stdout when ``out`` is None."""
    text = csv_text(columns, rows, delimiter, lang)
    if out is None:
        sys.stdout.write("\ufeff" + text)
        return
    from pps_monitor.files import write_atomically

    write_atomically(out, ("\ufeff" + text).encode("utf-8"))


def table(columns: Sequence[str], rows: Iterable[Sequence[Any]], lang: str = "en") -> str:
    """A plain text table with a rule under the heading."""
    body = [[cell_text(v, lang) or "-" for v in row] for row in rows]
    widths = [len(c) for c in columns]
    for row in body:
        widths = [max(w, len(v)) for w, v in zip(widths, row, strict=True)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()
    out = [line, "-" * len(line)]
    out += [
        "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in body
    ]
    return "\n".join(out)
