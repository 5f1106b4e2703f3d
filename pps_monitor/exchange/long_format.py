"""Raw answers in long format (one row per respondent and item) for Excel or R."""

from __future__ import annotations

import csv
import random
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pps_monitor.domain.model import ScoringSettings
from pps_monitor.exchange.anonymous_rows import anonymous_pieces
from pps_monitor.files import write_atomically
from pps_monitor.i18n import N_, gettext
from pps_monitor.storage.organisations import list_organisations
from pps_monitor.storage.partnerships import get_privacy
from pps_monitor.storage.release import group_privacy
from pps_monitor.storage.responses import load_responses, release_round
from pps_monitor.storage.rounds import list_rounds, round_instrument, round_parts

if TYPE_CHECKING:
    from sqlite_utils import Database

_shuffle = random.SystemRandom().shuffle  # a cryptographic shuffle

COLUMNS = [
    "round",
    "respondent",
    "organisation",
    "sector",
    "role",
    "dimension",
    "item",
    "reverse",
    "value",
    "group",  # the respondent group whose questionnaire it is (issue 17), last: additive
]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ABOUT_COLUMNS = ["round", "group", "note"]  # the XLSX's "about" sheet: what was left out

# The "about" sheet of an anonymous export: what it holds, what it leaves out and why.
ABOUT_ANONYMOUS = (
    N_(
        "Anonymous export: only the answers that the figures of each round include, with "
        "new respondent ids in every export, rows in random order and no organisation."
    ),
    N_(
        "Per dimension only the respondents who answered every statement of it, as the "
        "figures count them, and only when there are at least {minimum} of them; the same "
        'for each risk statement. "Don\'t know" answers and parts of a dimension are left out.'
    ),
    N_(
        'Why: people often know who said "don\'t know" to which statement. If one id held '
        "all of a person's answers, their pattern of \"don't know\" could point at them and "
        "give away all their other answers. So, unless everyone answered the same "
        "dimensions, an id holds one person's answers to one dimension or risk statement, "
        "and ids cannot be linked to each other."
    ),
    N_(
        "Sector and role only for groups of at least {minimum}; a group that could be "
        "worked out from the others is left out too."
    ),
    N_(
        "The complete table (every answer, \"don't know\" included) is the coordinator's: "
        "the full export."
    ),
)
ABOUT_WHOLE = N_("One id per respondent: everyone in this round answered the same dimensions.")
ABOUT_SPLIT = N_("One id per respondent and dimension (or risk statement).")
ABOUT_FULL = N_(
    'Complete table: every answer given, "don\'t know" included, with organisation, sector '
    "and role and each respondent's own id. Anyone who reads it can find out what a "
    "partner answered: handle it like the database; do not mail it or share it with "
    "partners."
)


def neutralise(value: Any) -> Any:
    """Prefix text a spreadsheet would run as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def long_rows(
    db: Database, partnership_id: str, round_label: str | None = None, *, full: bool = False
) -> list[dict[str, Any]]:
    """One row per answer, respondents in random order.

    Anonymous by default (issue 11): only the answers the round's figures hold (the
    round is released, see ``release_round``): per dimension or risk statement the
    respondents whose answer distribution is shown, complete cases, no "don't know",
    nothing below ``min_breakdown``; no organisation; fresh random respondent ids on
    every export, one per respondent and dimension (or statement) unless every
    respondent holds the same ones (``anonymous_rows``: a "don't know" pattern must
    not point at a person); and sector and role only for groups of at least the
    partnership's ``min_breakdown`` (with complementary suppression: the hidden groups
    together hold at least ``min_breakdown``, or everything is hidden). ``full=True``
    gives the coordinator's complete table: every respondent given (released or not),
    with the organisation, sector and role and the respondent's stable UUID.
    """
    orgs = {o["id"]: o["name"] for o in list_organisations(db, partnership_id)}
    privacy = get_privacy(db, partnership_id)
    out = []
    for r in list_rounds(db, partnership_id):
        if round_label is not None and r["label"] != round_label:
            continue
        # every instrument of the round, each under its own group's minimum (issue 17)
        for part in round_parts(db, r["id"]):
            out += _part_rows(db, part, orgs, privacy, full)
    return out


def _part_rows(
    db: Database, part: dict[str, Any], orgs: dict[str, str], privacy: Any, full: bool
) -> list[dict[str, Any]]:
    """The rows of one instrument of a round (its main row or a part)."""
    group = part.get("respondent_group") or "partners"
    limits = group_privacy(privacy, group)
    inst = round_instrument(part)
    order = {item.code: n for n, item in enumerate(inst.items)}
    if full:
        people = _people(db, part["id"])
    else:
        release_round(db, part["id"])
        responses = load_responses(db, part["id"])
        if len(responses) < limits.min_round:
            return []  # a round below its minimum shows nothing, its rows neither
        settings = ScoringSettings(
            min_round=limits.min_round,
            min_breakdown=limits.min_breakdown,
            min_group=limits.min_breakdown,
        )
        pieces, _whole = anonymous_pieces(inst, responses, settings, suppress_labels)
        people = [
            {
                "id": p.id,
                "organisation_id": None,
                "sector": p.sector,
                "role": p.role,
                "answers": p.answers,
            }
            for p in pieces
        ]
    _shuffle(people)
    out = []
    for person in people:
        for code, value in sorted(
            person["answers"].items(), key=lambda a: order.get(a[0], len(order))
        ):
            item = inst.item_by_code.get(code)
            out.append(
                {
                    "round": part["label"],
                    "respondent": person["id"],
                    "organisation": orgs.get(person["organisation_id"], "") if full else "",
                    "sector": person["sector"] or "",
                    "role": person["role"] or "",
                    "dimension": (item.dimension or "risks") if item else "",
                    "item": code,
                    "reverse": "true" if item and item.reverse else "false",
                    "value": "" if value is None else value,
                    "group": group,
                }
            )
    return out


def _people(db: Database, round_id: str) -> list[dict[str, Any]]:
    """Every respondent given, with their stable UUID (the coordinator's complete table)."""
    people: dict[int, dict[str, Any]] = {}
    for key, uuid, org, sector, role in db.execute(
        "SELECT id, uuid, organisation_id, sector, role FROM respondents WHERE round_id = ?",
        [round_id],
    ):
        people[key] = {
            "id": uuid,
            "organisation_id": org,
            "sector": sector,
            "role": role,
            "answers": {},
        }
    for key, code, value in db.execute(
        """SELECT a.respondent_id, a.item_code, a.value FROM answers a
           JOIN respondents s ON s.id = a.respondent_id WHERE s.round_id = ?""",
        [round_id],
    ):
        people[key]["answers"][code] = value
    return list(people.values())


def suppress_labels(people: list[dict[str, Any]], k: int) -> None:
    """Sector and role only for groups of at least ``k``, also jointly (sector x role)."""
    _suppress(people, "sector", k)
    _suppress(people, "role", k)
    _suppress_combinations(people, ("sector", "role"), k)


def _suppress(people: list[dict[str, Any]], column: str, k: int) -> None:
    """Blank ``column`` for groups under ``k``; while the blanked (and unknown) ones
    together hold fewer than ``k`` but some are blank, blank the next smallest group."""
    sizes = Counter(p[column] for p in people if p[column] is not None)
    hidden = {value for value, n in sizes.items() if n < k}
    blank = sum(1 for p in people if p[column] is None or p[column] in hidden)
    for value, n in sorted(sizes.items(), key=lambda vn: (vn[1], str(vn[0]))):
        if blank == 0 or blank >= k:
            break
        if value not in hidden:
            hidden.add(value)
            blank += n
    for p in people:
        if p[column] in hidden:
            p[column] = None


def _suppress_combinations(people: list[dict[str, Any]], columns: tuple[str, ...], k: int) -> None:
    """Every combination of labels a row carries is shared by at least ``k`` rows.

    Blanking each column on its own is not enough: with public 6 (5 managers and one
    professional) and private 5, every group has 5 or more, yet the one row labelled
    (public, professional) is one person. While some combination is held by fewer than
    ``k`` rows, its last non-blank label is blanked (role before sector), which merges it
    into a larger combination; those who gave no label at all count as a combination
    too. At the end everything may be blank: the whole round, at least ``min_round``.
    """
    blank = (None,) * len(columns)
    while True:
        sizes = Counter(tuple(p[c] for c in columns) for p in people)
        small = [combo for combo, n in sizes.items() if n < k]
        if not small or len(sizes) == 1:
            return
        combo = min(small, key=lambda c: (sizes[c], [str(v) for v in c]))
        if combo == blank:
            # Those who gave no label are a group too: merge the smallest labelled one in.
            labelled = [c for c in sizes if c != blank]
            combo = min(labelled, key=lambda c: (sizes[c], [str(v) for v in c]))
            drop = range(len(columns))
        else:
            drop = range(max(i for i, value in enumerate(combo) if value is not None), len(columns))
        for p in people:
            if tuple(p[c] for c in columns) == combo:
                for i in drop:
                    p[columns[i]] = None


def about_rows(
    rows: list[dict[str, Any]], *, full: bool, lang: str, minimum: int
) -> list[dict[str, Any]]:
    """The "about" sheet: what the export holds and leaves out, and why (issue 11);
    per round and respondent group of an anonymous export, what one id stands for."""
    if full:
        return [{"round": "", "group": "", "note": gettext(lang, ABOUT_FULL)}]
    out = [
        {"round": "", "group": "", "note": gettext(lang, text).format(minimum=minimum)}
        for text in ABOUT_ANONYMOUS
    ]
    units: dict[tuple[str, str], dict[str, set[str]]] = {}  # (round, group): id -> units
    for row in rows:
        unit = row["item"] if row["dimension"] in ("risks", "") else row["dimension"]
        ids = units.setdefault((row["round"], row["group"]), {})
        ids.setdefault(row["respondent"], set()).add(unit)
    for (label, group), ids in units.items():
        whole = any(len(held) > 1 for held in ids.values())
        text = ABOUT_WHOLE if whole else ABOUT_SPLIT
        out.append({"round": label, "group": group, "note": gettext(lang, text)})
    return out


def write_csv(rows: Iterable[dict[str, Any]], path: Path, columns: list[str] = COLUMNS) -> None:
    """Write atomically: a temporary file in the same folder, renamed when complete."""

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns)
            writer.writeheader()
            for row in rows:
                writer.writerow({k: neutralise(row.get(k, "")) for k in columns})

    write_atomically(path, write)
