"""Read a phone's form post and check every field against the round's instrument.

Field names: ``csrf``, ``lang``, ``sector``, ``role``, ``confirm_missing``,
``a.<item code>`` (``1``-``5`` or ``dk``) and ``c.<dimension code or risks>``.
Anything else, a repeated field, or a value outside its vocabulary refuses the whole
post: nothing is stored.

The tie page's post (issue 18): ``csrf``, ``lang``, ``org`` (the respondent's own
organisation) and ``t.<other organisation's id>.<tie item>``: the frequency ``0``-``5``
(never .. daily), the statements ``1``-``5``, ``dk`` for "don't know / no contact", or
empty for no answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl

from pps_monitor.domain.instrument import SCALE_MAX, SCALE_MIN, Instrument
from pps_monitor.domain.ties import FREQUENCIES, FREQUENCY, TIE_ITEMS
from pps_monitor.web.store import ROLES, Questionnaire, TieSet

MAX_BODY = 64 * 1024
MAX_COMMENT = 2000
MAX_FIELDS = 400
DONT_KNOW = "dk"
RATHER_NOT = ""  # the value of "I'd rather not say" (stored as None)
_SCALE_VALUES = frozenset(str(v) for v in range(SCALE_MIN, SCALE_MAX + 1))


class FormError(Exception):
    """A post that is refused; ``key`` names the text shown (see texts.py)."""

    def __init__(self, key: str, status: int = 400, **values: object) -> None:
        super().__init__(key)
        self.key, self.status, self.values = key, status, values


def parse_body(body: bytes, content_type: str) -> dict[str, str]:
    """Decode an ``application/x-www-form-urlencoded`` body; no repeated fields."""
    if content_type.split(";")[0].strip().lower() != "application/x-www-form-urlencoded":
        raise FormError("err.invalid")
    if len(body) > MAX_BODY:
        raise FormError("err.too_big", 413)
    try:
        text = body.decode("utf-8")
        pairs = parse_qsl(
            text,
            keep_blank_values=True,
            strict_parsing=bool(text),
            encoding="utf-8",
            errors="strict",
            max_num_fields=MAX_FIELDS,
        )
    except (UnicodeDecodeError, ValueError):
        raise FormError("err.invalid") from None
    fields: dict[str, str] = {}
    for name, value in pairs:
        if name in fields or "\x00" in value:
            raise FormError("err.invalid")
        fields[name] = value
    return fields


def validate(
    fields: dict[str, str], instrument: Instrument, sectors: tuple[str, ...]
) -> Questionnaire:
    """The questionnaire in ``fields`` (without csrf/lang), or FormError."""
    post = _Post(instrument, sectors)
    for name, value in fields.items():
        if name not in ("csrf", "lang"):
            post.take(name, value)
    missing = [code for code in instrument.item_by_code if code not in post.answers]
    if missing and not post.confirm:
        raise FormError("err.missing", 422, n=len(missing), missing=missing)
    for code in missing:
        post.answers[code] = None
    return Questionnaire(post.answers, post.sector, post.role, post.comments, post.facts)


class _Post:
    """The fields of one post, read one at a time; any field out of place refuses it."""

    def __init__(self, instrument: Instrument, sectors: tuple[str, ...]) -> None:
        self.instrument, self.sectors = instrument, sectors
        self.comment_keys = {d.code for d in instrument.dimensions} | {"risks"}
        self.answers: dict[str, int | None] = {}
        self.comments: dict[str, str] = {}
        self.confirm = False
        self.sector: str | None = None
        self.role: str | None = None
        self.facts: dict[str, int] = {}  # e.g. the workers' hours a week (issue 17)

    def take(self, name: str, value: str) -> None:
        if name == "confirm_missing":
            if value != "1":
                raise FormError("err.invalid")
            self.confirm = True
        elif name == "sector":
            self.sector = _choice(value, self.sectors)
        elif name == "role":
            self.role = _choice(value, ROLES)
        elif name.startswith("a."):
            self._answer(name[2:], value)
        elif name.startswith("c."):
            self._comment(name[2:], value)
        elif name.startswith("f."):
            self._fact(name[2:], value)
        else:
            raise FormError("err.invalid")

    def _answer(self, code: str, value: str) -> None:
        if code not in self.instrument.item_by_code:
            raise FormError("err.invalid")
        self.answers[code] = _answer(value)

    def _fact(self, code: str, value: str) -> None:
        fact = next((f for f in self.instrument.facts if f.code == code), None)
        if fact is None:
            raise FormError("err.invalid")
        value = value.strip()
        if not value:
            return  # a fact may stay empty
        if not (value.isascii() and value.isdigit() and fact.min <= int(value) <= fact.max):
            raise FormError("err.invalid")
        self.facts[code] = int(value)

    def _comment(self, key: str, value: str) -> None:
        if key not in self.comment_keys:
            raise FormError("err.invalid")
        if len(value) > MAX_COMMENT:
            raise FormError("err.comment_long", max=MAX_COMMENT)
        if value.strip():
            self.comments[key] = value


_FREQUENCY_VALUES = frozenset(str(v) for v in range(len(FREQUENCIES)))
TIE_FIELD = "t."


def tie_field(target: str, code: str) -> str:
    """The name of a tie answer's form field."""
    return f"{TIE_FIELD}{target}.{code}"


def validate_ties(fields: dict[str, str], organisations: tuple[str, ...]) -> TieSet:
    """The tie answers in ``fields`` (without csrf/lang), or FormError. Every other
    organisation gets every item, None where nothing was chosen (as in meeting mode);
    a post that answers nothing at all is refused."""
    own = fields.get("org", "")
    if own not in organisations:
        raise FormError("err.tie_org")
    others = [o for o in organisations if o != own]
    ratings: dict[str, dict[str, int | None]] = {o: dict.fromkeys(TIE_ITEMS) for o in others}
    for name, value in fields.items():
        if name in ("csrf", "lang", "org"):
            continue
        if not name.startswith(TIE_FIELD) or name.count(".") != 2:
            raise FormError("err.invalid")
        target, code = name[len(TIE_FIELD) :].split(".")
        if target == own:
            raise FormError("err.tie_own")
        if target not in ratings:
            raise FormError("err.tie_unknown")
        if code not in TIE_ITEMS:
            raise FormError("err.invalid")
        ratings[target][code] = _tie_value(code, value)
    if all(v is None for answers in ratings.values() for v in answers.values()):
        raise FormError("err.tie_empty", 422)
    return TieSet(own, ratings)


def _tie_value(code: str, value: str) -> int | None:
    if value in (DONT_KNOW, ""):  # "" is the frequency list's "choose…": no answer
        return None
    allowed = _FREQUENCY_VALUES if code == FREQUENCY else _SCALE_VALUES
    if value in allowed:
        return int(value)
    raise FormError("err.invalid")


def _choice(value: str, allowed: tuple[str, ...] | frozenset[str]) -> str | None:
    """A sector or role from its vocabulary; "rather not say" is None."""
    if value != RATHER_NOT and value not in allowed:
        raise FormError("err.invalid")
    return value or None


def _answer(value: str) -> int | None:
    if value == DONT_KNOW:
        return None
    # Only ASCII digits: str.isdigit() and int() also take "٣" (an Arabic-Indic three).
    if value in _SCALE_VALUES:
        return int(value)
    raise FormError("err.invalid")


@dataclass(frozen=True)
class Screen:
    """One screen of the phone questionnaire: a dimension, or a share of the risks."""

    key: str  # dimension code, or "risks-1", "risks-2", ...
    group: str
    title: str
    description: str
    items: tuple[tuple[int, str, str], ...]  # (number, code, text)
    comment_key: str | None  # None: the risks' comment field is on their last screen
    is_risk: bool


RISKS_PER_SCREEN = 6


def screens(instrument: Instrument, lang: str) -> list[Screen]:
    """The questionnaire's screens in order, as meeting mode pages it."""
    out: list[Screen] = []
    number = 0

    def numbered(items: tuple) -> tuple[tuple[int, str, str], ...]:
        nonlocal number
        rows = []
        for item in items:
            number += 1
            rows.append((number, item.code, item.text(lang)))
        return tuple(rows)

    for group in instrument.groups:
        for dim in group.dimensions:
            out.append(
                Screen(
                    dim.code,
                    group.name(lang),
                    dim.name(lang),
                    dim.description(lang),
                    numbered(dim.items),
                    dim.code,
                    False,
                )
            )
    risks = instrument.risks
    chunks = [risks[i : i + RISKS_PER_SCREEN] for i in range(0, len(risks), RISKS_PER_SCREEN)]
    for k, chunk in enumerate(chunks, 1):
        title = instrument.risks_name(lang) + (f" ({k}/{len(chunks)})" if len(chunks) > 1 else "")
        out.append(
            Screen(
                f"risks-{k}",
                instrument.risks_name(lang),
                title,
                instrument.risks_description(lang),
                numbered(tuple(chunk)),
                "risks" if k == len(chunks) else None,
                True,
            )
        )
    return out
