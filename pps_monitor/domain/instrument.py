"""The questionnaire as data: groups of dimensions of items, plus risk items.

Instruments are JSON files validated against ``resources/schema/instrument.schema.json``.
Every round stores the exact JSON it used (a snapshot), so editing an instrument never
changes an old round; item and dimension codes stay stable so trends survive edits.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any, Literal

from pps_monitor.errors import InstrumentError
from pps_monitor.resources import resource_path

Lang = Literal["nl", "en"]
LANGUAGES: tuple[Lang, ...] = ("nl", "en")
DEFAULT_INSTRUMENT = "pps-health"
# The respondent groups a round can ask: one instrument each (issue 17).
RESPONDENT_GROUPS: tuple[str, ...] = ("partners", "employers", "workers")
DEFAULT_GROUP = "partners"
# Bundled instruments by id, and the one each group gets unless another is chosen.
BUNDLED: dict[str, str] = {
    "pps-health": "pps-health.json",
    "workers-value": "workers.json",
    "employers-hrm": "employers.json",
}
GROUP_DEFAULTS: dict[str, str] = {
    "partners": "pps-health",
    "employers": "employers-hrm",
    "workers": "workers-value",
}
SCALE_MIN, SCALE_MAX = 1, 5


@dataclass(frozen=True)
class Text:
    """A label in Dutch and English."""

    nl: str
    en: str

    def __call__(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en

    @classmethod
    def of(cls, data: dict[str, str] | None) -> Text:
        data = data or {}
        return cls(nl=data.get("nl", ""), en=data.get("en", ""))


@dataclass(frozen=True)
class Item:
    code: str
    text: Text
    reverse: bool
    dimension: str | None  # None for risk items
    is_risk: bool = False

    def scored(self, value: int) -> int:
        """The value as scored: reverse-worded items count as 6 - x."""
        return SCALE_MAX + SCALE_MIN - value if self.reverse else value


@dataclass(frozen=True)
class Dimension:
    code: str
    name: Text
    description: Text
    group: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Group:
    code: str
    name: Text
    description: Text
    dimensions: tuple[Dimension, ...]


@dataclass(frozen=True)
class Fact:
    """A number a respondent may give (hours a week, months in the job)."""

    code: str
    text: Text
    unit: Text
    min: int
    max: int


@dataclass(frozen=True)
class Instrument:
    id: str
    version: str
    name: Text
    description: Text
    scale_labels: dict[int, Text]
    dont_know: Text
    groups: tuple[Group, ...]
    risks_name: Text
    risks_description: Text
    risks: tuple[Item, ...]
    snapshot: str = field(repr=False, compare=False)  # canonical JSON of the source
    respondents: str = DEFAULT_GROUP  # partners | employers | workers
    answered_by: str = "person"  # person | organisation (one answer per employer)
    faces: bool = False  # smiley faces beside the scale labels
    notice: Text = Text("", "")  # told to the respondent before answering
    facts: tuple[Fact, ...] = ()
    sources: tuple[Text, ...] = ()
    language_level: str = ""

    @cached_property
    def dimensions(self) -> tuple[Dimension, ...]:
        return tuple(d for g in self.groups for d in g.dimensions)

    @cached_property
    def items(self) -> tuple[Item, ...]:
        """Every item, health items in questionnaire order first, then risks."""
        return tuple(i for d in self.dimensions for i in d.items) + self.risks

    @cached_property
    def item_by_code(self) -> dict[str, Item]:
        return {i.code: i for i in self.items}

    @cached_property
    def dimension_by_code(self) -> dict[str, Dimension]:
        return {d.code: d for d in self.dimensions}

    @cached_property
    def group_by_code(self) -> dict[str, Group]:
        return {g.code: g for g in self.groups}

    def label(self, code: str, lang: str) -> str:
        """Name of a dimension or group, or text of an item, by code."""
        for table in (self.dimension_by_code, self.group_by_code):
            if code in table:
                return table[code].name(lang)
        if code in self.item_by_code:
            return self.item_by_code[code].text(lang)
        return code


def _schema() -> dict[str, Any]:
    with resource_path("schema", "instrument.schema.json").open(encoding="utf-8") as fh:
        return json.load(fh)


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(_schema())


def _field_path(path: Any) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _schema_problem(data: Any, source: str) -> str | None:
    from jsonschema.exceptions import best_match

    error = best_match(_validator().iter_errors(data))
    if error is None:
        return None
    return f"{source}: field {_field_path(error.absolute_path)}: {error.message}"


def parse_instrument(data: Any, source: str = "instrument", *, validate: bool = True) -> Instrument:
    """Build an Instrument from decoded JSON.

    Raises InstrumentError naming the source, the field and the problem.
    """
    if validate:
        problem = _schema_problem(data, source)
        if problem:
            raise InstrumentError(problem)
    labels = {int(lab["value"]): Text(lab["nl"], lab["en"]) for lab in data["scale"]["labels"]}
    if sorted(labels) != list(range(SCALE_MIN, SCALE_MAX + 1)):
        raise InstrumentError(
            f"{source}: field scale.labels: needs exactly one label for each of 1-5"
        )
    groups = []
    for g in data["groups"]:
        dims = []
        for d in g["dimensions"]:
            items = tuple(
                Item(i["code"], Text.of(i["text"]), bool(i.get("reverse", False)), d["code"])
                for i in d["items"]
            )
            dims.append(
                Dimension(
                    d["code"], Text.of(d["name"]), Text.of(d.get("description")), g["code"], items
                )
            )
        groups.append(
            Group(g["code"], Text.of(g["name"]), Text.of(g.get("description")), tuple(dims))
        )
    risks = tuple(
        Item(r["code"], Text.of(r["text"]), False, None, is_risk=True)
        for r in data["risks"]["items"]
    )
    _check_unique_codes(source, groups, risks, data.get("facts", ()))
    return Instrument(
        id=data["id"],
        version=data["version"],
        name=Text.of(data["name"]),
        description=Text.of(data.get("description")),
        scale_labels=labels,
        dont_know=Text.of(data["scale"]["dont_know"]),
        groups=tuple(groups),
        risks_name=Text.of(data["risks"]["name"]),
        risks_description=Text.of(data["risks"].get("description")),
        risks=risks,
        snapshot=json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
        **_extras(data),
    )


def _check_unique_codes(
    source: str, groups: list[Group], risks: tuple[Item, ...], facts: Any
) -> None:
    seen: dict[str, str] = {}
    for kind, code in (
        [("group", g.code) for g in groups]
        + [("dimension", d.code) for g in groups for d in g.dimensions]
        + [("item", i.code) for g in groups for d in g.dimensions for i in d.items]
        + [("risk", r.code) for r in risks]
        + [("fact", str(f.get("code"))) for f in facts]
    ):
        if code in seen:
            raise InstrumentError(
                f"{source}: code {code!r} is used twice (as {seen[code]} and as {kind}); "
                "every code must be unique"
            )
        seen[code] = kind


def _extras(data: dict[str, Any]) -> dict[str, Any]:
    """The optional fields of format 1 added for several respondent groups (issue 17)."""
    facts = tuple(
        Fact(f["code"], Text.of(f["text"]), Text.of(f["unit"]), int(f["min"]), int(f["max"]))
        for f in data.get("facts", ())
    )
    return {
        "respondents": data.get("respondents", DEFAULT_GROUP),
        "answered_by": data.get("answered_by", "person"),
        "faces": bool(data["scale"].get("faces", False)),
        "notice": Text.of(data.get("notice")),
        "facts": facts,
        "sources": tuple(Text.of(s) for s in data.get("sources", ())),
        "language_level": data.get("language_level", ""),
    }


def load_instrument(path: str | Path) -> Instrument:
    """Read and validate an instrument file."""
    path = Path(path)
    name = path.name
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InstrumentError(f"{name}: file not found ({path})") from None
    except OSError as exc:
        raise InstrumentError(f"{name}: cannot be read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InstrumentError(f"{name}: not UTF-8 text (byte {exc.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InstrumentError(
            f"{name}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    return parse_instrument(data, name)


@cache
def instrument_from_snapshot(snapshot: str) -> Instrument:
    """Rebuild the instrument a round stored (validated when it was stored)."""
    try:
        data = json.loads(snapshot)
        return parse_instrument(data, "stored instrument", validate=False)
    except (TypeError, KeyError, ValueError):
        raise InstrumentError("the instrument stored with this round is damaged") from None


@cache
def default_instrument() -> Instrument:
    """The bundled PPS health instrument."""
    return bundled_instrument(DEFAULT_INSTRUMENT)


@cache
def bundled_instrument(instrument_id: str) -> Instrument:
    """A bundled instrument by id (see BUNDLED)."""
    if instrument_id not in BUNDLED:
        raise InstrumentError(
            f"{instrument_id}: not a bundled instrument (bundled: {', '.join(BUNDLED)})"
        )
    return load_instrument(resource_path("instruments", BUNDLED[instrument_id]))


def group_default(group: str) -> Instrument:
    """The bundled instrument a respondent group gets unless another is chosen."""
    if group not in GROUP_DEFAULTS:
        raise InstrumentError(
            f"{group}: not a respondent group (groups: {', '.join(RESPONDENT_GROUPS)})"
        )
    return bundled_instrument(GROUP_DEFAULTS[group])
