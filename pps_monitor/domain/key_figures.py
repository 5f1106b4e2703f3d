"""Key figures of a round: the coordinator's facts beside the partners' opinions.

Each figure has a code, a name and a definition in both languages, and a kind: a count
of jobs or people, hours, or euros. All are optional (None: not recorded) and never
negative; the checks in ``RULES`` keep related counts consistent (no more jobs filled
than created, no more workers left than started, ...).

Privacy (see docs/key-figures.md): key figures are facts the coordinator records, not
anyone's answers, so they are kept and shown as entered. The figures about what
happened to workers (``OUTCOMES``: left, still employed after 6 and 12 months) describe
individual people when few started: wherever they are shown to an audience (balance
sheet, report, results), they and the rates made from them are held back while fewer
than the round minimum of workers started.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from pps_monitor.domain.instrument import Text

Kind = Literal["count", "hours", "euro"]


@dataclass(frozen=True)
class KeyFigure:
    code: str
    name: Text
    definition: Text
    kind: Kind = "count"


KEY_FIGURES: tuple[KeyFigure, ...] = (
    KeyFigure(
        "jobs_created",
        Text("Banen gecreëerd", "Jobs created"),
        Text(
            "Nieuwe banen voor maatschappelijk waardevol werk die sinds de vorige ronde "
            "zijn ingericht.",
            "New jobs of socially valuable work set up since the previous round.",
        ),
    ),
    KeyFigure(
        "jobs_filled",
        Text("Banen vervuld", "Jobs filled"),
        Text(
            "Van de gecreëerde banen: het aantal waarop nu iemand werkt.",
            "Of the jobs created: how many now have someone working in them.",
        ),
    ),
    KeyFigure(
        "workers_started",
        Text("Werknemers gestart", "Workers started"),
        Text(
            "Mensen die sinds de vorige ronde in zo'n baan zijn begonnen.",
            "People who started in such a job since the previous round.",
        ),
    ),
    KeyFigure(
        "workers_left",
        Text("Werknemers uitgestroomd", "Workers left"),
        Text(
            "Van de gestarte werknemers: het aantal dat de baan weer heeft verlaten, om "
            "welke reden ook.",
            "Of the workers who started: how many have left the job again, for any reason.",
        ),
    ),
    KeyFigure(
        "employed_6m",
        Text("Na 6 maanden nog in dienst", "Still employed after 6 months"),
        Text(
            "Van de gestarte werknemers: het aantal dat zes maanden na de start nog werkt.",
            "Of the workers who started: how many still work there six months after starting.",
        ),
    ),
    KeyFigure(
        "employed_12m",
        Text("Na 12 maanden nog in dienst", "Still employed after 12 months"),
        Text(
            "Van de gestarte werknemers: het aantal dat twaalf maanden na de start nog werkt.",
            "Of the workers who started: how many still work there twelve months after starting.",
        ),
    ),
    KeyFigure(
        "referred_municipality",
        Text("Kandidaten aangemeld door de gemeente", "Candidates referred by the municipality"),
        Text(
            "Kandidaten die de gemeente (of het UWV namens haar) sinds de vorige ronde "
            "heeft aangemeld.",
            "Candidates the municipality (or the UWV on its behalf) referred since the "
            "previous round.",
        ),
    ),
    KeyFigure(
        "referred_other",
        Text("Kandidaten aangemeld door anderen", "Candidates referred by others"),
        Text(
            "Kandidaten die anderen hebben aangemeld: werkgevers, scholen, zorg, de "
            "kandidaat zelf.",
            "Candidates referred by others: employers, schools, care, the candidate themselves.",
        ),
    ),
    KeyFigure(
        "hours_worked",
        Text("Gewerkte uren", "Hours of work"),
        Text(
            "Uren die alle werknemers samen sinds de vorige ronde hebben gewerkt.",
            "Hours all workers together worked since the previous round.",
        ),
        "hours",
    ),
    KeyFigure(
        "revenue",
        Text("Omzet (€, optioneel)", "Revenue (€, optional)"),
        Text(
            "Inkomsten uit verkochte producten en diensten sinds de vorige ronde.",
            "Income from products and services sold since the previous round.",
        ),
        "euro",
    ),
    KeyFigure(
        "public_contribution",
        Text("Publieke bijdrage (€, optioneel)", "Public contribution (€, optional)"),
        Text(
            "Subsidies, loonkostensubsidie en andere publieke bijdragen sinds de vorige ronde.",
            "Grants, wage subsidies and other public money since the previous round.",
        ),
        "euro",
    ),
)

FIGURE_BY_CODE: dict[str, KeyFigure] = {f.code: f for f in KEY_FIGURES}
CODES: tuple[str, ...] = tuple(f.code for f in KEY_FIGURES)
# What happened to individual workers: held back below the round minimum of starters.
OUTCOMES: frozenset[str] = frozenset({"workers_left", "employed_6m", "employed_12m"})
# (smaller, larger): the first may never exceed the second.
RULES: tuple[tuple[str, str], ...] = (
    ("jobs_filled", "jobs_created"),
    ("workers_left", "workers_started"),
    ("employed_6m", "workers_started"),
    ("employed_12m", "workers_started"),
)
MAX_VALUE = 1e12  # a sanity bound: no partnership counts past a trillion


@dataclass(frozen=True)
class Problem:
    """A value that cannot be stored: ``code`` is the figure, ``kind`` the rule broken
    (``unknown``, ``not_a_number``, ``negative``, ``whole``, ``too_large``, ``exceeds``),
    ``other`` the figure it may not exceed."""

    code: str
    kind: str
    other: str | None = None

    def text(self, lang: str) -> str:
        name = FIGURE_BY_CODE[self.code].name(lang) if self.code in FIGURE_BY_CODE else self.code
        other = FIGURE_BY_CODE[self.other].name(lang) if self.other else ""
        nl = {
            "unknown": f"{self.code}: geen kerncijfer (wel: {', '.join(CODES)})",
            "not_a_number": f"{name}: vul een getal in",
            "negative": f"{name}: kan niet negatief zijn",
            "whole": f"{name}: vul een heel getal in",
            "too_large": f"{name}: dit getal is te groot",
            "exceeds": f"{name} kan niet groter zijn dan {other.lower()}",
        }
        en = {
            "unknown": f"{self.code}: not a key figure (key figures: {', '.join(CODES)})",
            "not_a_number": f"{name}: enter a number",
            "negative": f"{name}: cannot be negative",
            "whole": f"{name}: enter a whole number",
            "too_large": f"{name}: this number is too large",
            "exceeds": f"{name} cannot be larger than {other.lower()}",
        }
        return (nl if lang == "nl" else en)[self.kind]


Values = Mapping[str, float | None]


def _value_problem(code: str, value: object) -> Problem | None:
    if code not in FIGURE_BY_CODE:
        return Problem(code, "unknown")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        return Problem(code, "not_a_number")
    if value < 0:
        return Problem(code, "negative")
    if value > MAX_VALUE:
        return Problem(code, "too_large")
    if FIGURE_BY_CODE[code].kind == "count" and float(value) != int(value):
        return Problem(code, "whole")
    return None


def check_key_figures(values: Values) -> list[Problem]:
    """Every problem with a round's key figures (empty: they may be stored)."""
    problems = [p for code, v in values.items() if (p := _value_problem(code, v))]
    if problems:
        return problems
    for small, large in RULES:
        a, b = values.get(small), values.get(large)
        if a is not None and b is not None and a > b:
            problems.append(Problem(small, "exceeds", large))
    return problems


def parse_value(text: str, lang: str = "en") -> float | None:
    """A typed value: '' is None; '1.234,5' in Dutch and '1,234.5' in English are 1234.5.

    One mark of the other language's kind counts as the decimal mark unless exactly
    three digits follow it ('2,5' in English is 2.5; '1,250' is 1250).
    Raises ValueError for text that is no number."""
    s = re.sub(r"[€\s\u00a0]", "", text)
    if not s:
        return None
    thousands, decimal_mark = (".", ",") if lang == "nl" else (",", ".")
    if s.count(thousands) == 1 and decimal_mark not in s:
        whole, _, tail = s.partition(thousands)
        if len(tail) != 3:  # not a thousands mark: a decimal one
            s = f"{whole}{decimal_mark}{tail}"
    s = s.replace(thousands, "").replace(decimal_mark, ".")
    if not re.fullmatch(r"-?(\d+(\.\d*)?|\.\d+)", s):
        raise ValueError(text)
    return float(s)


def rate(values: Values, part: str, whole: str, min_people: int) -> float | None:
    """``part / whole`` as a share, when both are known and ``whole`` reaches ``min_people``
    (a share of one or two people is a statement about a person)."""
    a, b = values.get(part), values.get(whole)
    if a is None or b is None or b < max(min_people, 1):
        return None
    return a / b


def shown_value(values: Values, code: str, min_people: int) -> float | None:
    """The figure as an audience may see it: outcomes about workers are held back while
    fewer than ``min_people`` workers started (or the number started is unknown)."""
    value = values.get(code)
    if value is None or code not in OUTCOMES:
        return value
    started = values.get("workers_started")
    return value if started is not None and started >= min_people else None


def held_back(values: Values, code: str, min_people: int) -> bool:
    """The figure was recorded but may not be shown (see ``shown_value``)."""
    return values.get(code) is not None and shown_value(values, code, min_people) is None
