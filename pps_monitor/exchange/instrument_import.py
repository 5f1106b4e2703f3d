"""Read an edited instrument template (see ``instrument_sheet``) back as a new version.

Every bad cell is named (sheet!cell: what is wrong) and nothing is returned until all
is well; the result is checked against the instrument schema as any instrument file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zipfile import BadZipFile

from pps_monitor.errors import InputError
from pps_monitor.exchange.instrument_sheet import (
    FIELDS,
    NO,
    VERSION,
    YES,
    Reading,
    _code,
    _need,
    _rows,
)
from pps_monitor.i18n import N_, gettext

if TYPE_CHECKING:
    from pps_monitor.domain.instrument import Instrument

MAX_PROBLEMS = 30  # listed in the message; the rest are counted


def _header(book: Any, r: Reading) -> dict[str, str]:
    values: dict[str, str] = {}
    for number, cells in _rows(book, "instrument", r):
        if cells[0] in FIELDS:
            values[cells[0]] = cells[1]
        else:
            r.bad("instrument", f"A{number}", N_("unknown field {field}"), field=cells[0])
    for name in ("id", "version", "name_nl", "name_en", "risks_name_nl", "risks_name_en"):
        if not values.get(name):
            r.bad("instrument", "B", N_("{field} is empty or missing"), field=name)
    if values.get("version") and not VERSION.fullmatch(values["version"]):
        r.bad(
            "instrument",
            "B",
            N_("version {version} must look like 1.2 or 1.2.0"),
            version=values["version"],
        )
    return values


def _scale(book: Any, r: Reading) -> tuple[list[dict[str, Any]], dict[str, str]]:
    labels: list[dict[str, Any]] = []
    dont_know: dict[str, str] = {}
    for number, cells in _rows(book, "scale", r):
        _need(r, "scale", number, cells, [1, 2])
        if cells[0].lower() in ("dont_know", "weet niet"):
            dont_know = {"nl": cells[1], "en": cells[2]}
        elif cells[0] in ("1", "2", "3", "4", "5", "1.0", "2.0", "3.0", "4.0", "5.0"):
            labels.append({"value": int(float(cells[0])), "nl": cells[1], "en": cells[2]})
        else:
            r.bad(
                "scale",
                f"A{number}",
                N_("value must be 1 to 5 or dont_know, not {value}"),
                value=cells[0],
            )
    if sorted(x["value"] for x in labels) != [1, 2, 3, 4, 5]:
        r.bad("scale", "A2", N_("needs exactly one label for each of 1, 2, 3, 4 and 5"))
    if not dont_know:
        r.bad("scale", "A7", N_("the row dont_know is missing"))
    return labels, dont_know


def _text(nl: str, en: str) -> dict[str, str]:
    return {"nl": nl, "en": en}


def _structure(
    book: Any, r: Reading, seen: dict[str, str]
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    groups: dict[str, dict[str, Any]] = {}
    for number, cells in _rows(book, "groups", r):
        _need(r, "groups", number, cells, [0, 1, 2])
        _code(r, "groups", f"A{number}", cells[0], seen)
        g: dict[str, Any] = {"code": cells[0], "kind": "health", "dimensions": []}
        g["name"] = _text(cells[1], cells[2])
        if cells[3] or cells[4]:
            g["description"] = _text(cells[3], cells[4])
        groups[cells[0]] = g
    dims: dict[str, dict[str, Any]] = {}
    for number, cells in _rows(book, "dimensions", r):
        _need(r, "dimensions", number, cells, [0, 1, 2, 3])
        if cells[0] not in groups:
            r.bad(
                "dimensions", f"A{number}", N_("no group {code} on the sheet groups"), code=cells[0]
            )
            continue
        _code(r, "dimensions", f"B{number}", cells[1], seen)
        dim: dict[str, Any] = {"code": cells[1], "name": _text(cells[2], cells[3]), "items": []}
        if cells[4] or cells[5]:
            dim["description"] = _text(cells[4], cells[5])
        dims[cells[1]] = dim
        groups[cells[0]]["dimensions"].append(dim)
    for code, g in groups.items():
        if not g["dimensions"]:
            r.bad(
                "groups",
                "A",
                N_("group {code} has no dimension on the sheet dimensions"),
                code=code,
            )
    return list(groups.values()), dims


def _items(book: Any, r: Reading, dims: dict[str, Any], seen: dict[str, str]) -> list[Any]:
    """The items, those without a code last (their codes are given once all are known)."""
    fresh = []
    for number, cells in _rows(book, "items", r):
        _need(r, "items", number, cells, [0, 3, 4])
        if cells[0] not in dims:
            r.bad(
                "items",
                f"A{number}",
                N_("no dimension {code} on the sheet dimensions"),
                code=cells[0],
            )
            continue
        flag = cells[2].lower()
        if flag not in YES | NO:
            r.bad(
                "items",
                f"C{number}",
                N_("reverse must be yes or no (ja/nee), not {value}"),
                value=cells[2],
            )
        item: dict[str, Any] = {"code": cells[1], "text": _text(cells[3], cells[4])}
        if flag in YES:
            item["reverse"] = True
        dims[cells[0]]["items"].append(item)
        if cells[1]:
            _code(r, "items", f"B{number}", cells[1], seen)
        else:
            fresh.append((cells[0], item))
    return fresh


def _risks(book: Any, r: Reading, seen: dict[str, str]) -> list[dict[str, Any]]:
    out = []
    for number, cells in _rows(book, "risks", r):
        _need(r, "risks", number, cells, [0, 1, 2])
        if cells[0]:
            _code(r, "risks", f"A{number}", cells[0], seen)
        out.append({"code": cells[0], "text": _text(cells[1], cells[2])})
    return out


def _fresh_code(dimension: str, taken: set[str]) -> str:
    k = 1
    while f"{dimension}-{k}" in taken or f"{dimension}-{k}R" in taken:
        k += 1
    return f"{dimension}-{k}"


def _moved_codes(data: dict[str, Any], base: Instrument | None, r: Reading) -> None:
    """A code of the previous version keeps its dimension: a new statement gets a new code."""
    if base is None or base.id != data["id"]:
        return
    now = {
        i["code"]: d["code"] for g in data["groups"] for d in g["dimensions"] for i in d["items"]
    }
    for d in base.dimensions:
        for item in d.items:
            if now.get(item.code, d.code) != d.code:
                r.bad(
                    "items",
                    "B",
                    N_(
                        "code {code} belongs to dimension {dimension} in version "
                        "{version}; give a new statement an empty code"
                    ),
                    code=item.code,
                    dimension=d.code,
                    version=base.version,
                )


def _shape(inst: Instrument) -> Any:
    """What an instrument asks, in a form that compares (not its version)."""
    return (
        inst.id,
        inst.name,
        inst.description,
        tuple(sorted(inst.scale_labels.items())),
        inst.dont_know,
        inst.groups,
        inst.risks_name,
        inst.risks_description,
        inst.risks,
    )


# What the template covers; every other field of the version it was made from (such as
# the respondent group, a notice, facts or sources) is carried over unchanged.
COVERED = {"format", "id", "version", "name", "description", "scale", "groups", "risks"}


def _carry_over(data: dict[str, Any], base: Instrument | None) -> None:
    if base is None or base.id != data["id"]:
        return
    source = json.loads(base.snapshot)
    for key, value in source.items():
        if key not in COVERED:
            data[key] = value
    for key, value in source.get("scale", {}).items():
        data["scale"].setdefault(key, value)


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(x) for x in version.split("."))


def _next_version(version: str) -> str:
    major, minor, *_ = (version + ".0").split(".")
    return f"{major}.{int(minor) + 1}.0"


def read_template(
    path: Path, base: Instrument | None = None, lang: str = "en"
) -> tuple[Instrument, list[str]]:
    """The instrument an edited template describes, and notes for the user.

    InputError listing every bad cell; ``base`` is the version it was made from (codes
    that moved are refused, a changed version keeps no old number)."""
    from openpyxl import load_workbook

    from pps_monitor.domain.instrument import parse_instrument
    from pps_monitor.errors import InstrumentError

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, ValueError, KeyError, BadZipFile) as exc:
        text = gettext(lang, N_("{file}: not an Excel file PPS Monitor can read ({why})."))
        raise InputError(text.format(file=Path(path).name, why=exc)) from None
    r, seen = Reading(lang), dict[str, str]()
    head = _header(book, r)
    labels, dont_know = _scale(book, r)
    groups, dims = _structure(book, r, seen)
    fresh = _items(book, r, dims, seen)
    risks = _risks(book, r, seen)
    book.close()
    taken = set(seen) | ({i.code for i in base.items} if base else set())
    for dimension, item in fresh:
        item["code"] = _fresh_code(dimension, taken)
        taken.add(item["code"])
        r.note(
            N_("new statement in {dimension}: code {code}"), dimension=dimension, code=item["code"]
        )
    data = _assemble(head, labels, dont_know, groups, risks)
    _carry_over(data, base)
    if not r.problems:
        _moved_codes(data, base, r)
    if r.problems:
        shown = r.problems[:MAX_PROBLEMS]
        more = len(r.problems) - len(shown)
        tail = "; " + gettext(lang, N_("and {count} more")).format(count=more) if more else ""
        nothing = gettext(lang, N_("Nothing was imported."))
        raise InputError(f"{Path(path).name}: " + "; ".join(shown) + tail + ". " + nothing)
    try:
        inst = parse_instrument(data, Path(path).name)
        # a changed instrument never reuses a known version number
        older = base is not None and base.id == inst.id and _key(inst.version) <= _key(base.version)
        if older and base is not None and _shape(inst) != _shape(base):
            data["version"] = _next_version(base.version)
            r.note(
                N_("version {old} was changed: this is {new}"),
                old=base.version,
                new=data["version"],
            )
            inst = parse_instrument(data, Path(path).name)
        return inst, r.notes
    except InstrumentError as exc:
        raise InputError(f"{exc}. " + gettext(lang, N_("Nothing was imported."))) from None


def _assemble(
    head: dict[str, str],
    labels: list[Any],
    dont_know: dict[str, str],
    groups: list[Any],
    risks: list[Any],
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": 1,
        "id": head.get("id", ""),
        "version": head.get("version", ""),
        "name": _text(head.get("name_nl", ""), head.get("name_en", "")),
        "scale": {
            "min": 1,
            "max": 5,
            "labels": sorted(labels, key=lambda x: x["value"]),
            "dont_know": dont_know,
        },
        "groups": groups,
        "risks": {
            "name": _text(head.get("risks_name_nl", ""), head.get("risks_name_en", "")),
            "items": risks,
        },
    }
    if head.get("description_nl") or head.get("description_en"):
        data["description"] = _text(head.get("description_nl", ""), head.get("description_en", ""))
    if head.get("risks_description_nl") or head.get("risks_description_en"):
        data["risks"]["description"] = _text(
            head.get("risks_description_nl", ""), head.get("risks_description_en", "")
        )
    return data


def template_id(path: Path) -> str:
    """The instrument id a template names ('' when it cannot be read: ``read_template``
    then says why in plain words)."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, ValueError, KeyError, BadZipFile):
        return ""
    try:
        if "instrument" not in book.sheetnames:
            return ""
        for row in book["instrument"].iter_rows(values_only=True):
            if row and len(row) > 1 and row[0] == "id" and row[1]:
                return str(row[1]).strip()
        return ""
    finally:
        book.close()


def instrument_json(inst: Instrument) -> str:
    """The instrument as a JSON file's text (readable, UTF-8)."""
    return json.dumps(json.loads(inst.snapshot), ensure_ascii=False, indent=2) + "\n"
