"""A demo partnership modelled on the pilots, with answers that tell a story.

Trust and joint problem solving grow as partners get to know each other; resources
shrink after a municipal budget cut; contract coordination stays roughly level;
private employers see less political backing than the municipality does.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pps_monitor.demo_ties import add_demo_ties
from pps_monitor.domain.instrument import Instrument, default_instrument, group_default
from pps_monitor.storage import repository as repo
from pps_monitor.storage.common import write
from pps_monitor.storage.key_figures import set_key_figures

if TYPE_CHECKING:
    from sqlite_utils import Database

DEMO_NAME = "Circulaire Hub Rivierenland"

ORGANISATIONS = [
    ("Gemeente Rivierenland", "public"),
    ("UWV Werkbedrijf Rivierenland", "public"),
    ("Werkbedrijf De Linge", "social_enterprise"),
    ("Kringloop & Reparatie Rivierenland BV", "private"),
    ("Schoonmaakbedrijf Hendriks", "private"),
    ("Groenbedrijf Van Ee", "private"),
    ("Woningcorporatie Thuisbest", "other"),
]

ROUNDS = [
    ("Voorjaar 2024", "2024-03-14", 9),
    ("Najaar 2024", "2024-10-03", 11),
    ("Voorjaar 2025", "2025-03-20", 13),
    ("Najaar 2025", "2025-10-09", 10),
    ("Voorjaar 2026", "2026-03-26", 14),
]

# Latent level per dimension in each of the five rounds.
TRENDS: dict[str, Sequence[float]] = {
    "CC-AGR": (3.1, 3.4, 3.6, 3.7, 3.8),
    "CC-GOAL": (3.3, 3.5, 3.6, 3.7, 3.7),
    "CC-MON": (2.7, 3.0, 3.3, 3.5, 3.6),
    "CC-RES": (3.6, 3.4, 3.0, 2.6, 2.4),
    "RC-ALIGN": (3.4, 3.5, 3.7, 3.8, 3.9),
    "RC-KNOW": (2.9, 3.1, 3.4, 3.5, 3.7),
    "RC-TRUST": (2.8, 3.2, 3.6, 3.9, 4.2),
    "RC-PROF": (2.6, 2.8, 3.1, 3.3, 3.5),
    "RC-SOLVE": (3.0, 3.3, 3.5, 3.7, 3.9),
    "EN-POL": (4.0, 3.9, 3.5, 3.2, 3.4),
    "EN-MKT": (3.3, 3.4, 3.5, 3.6, 3.7),
    "PC-LONG": (3.8, 3.9, 3.9, 4.0, 4.1),
    "PC-CTRL": (3.0, 3.2, 3.4, 3.5, 3.6),
    "PC-INV": (3.2, 3.2, 3.1, 2.9, 2.9),
    "PC-BEN": (3.5, 3.6, 3.7, 3.8, 3.9),
    "RF-AMBIG": (3.6, 3.3, 3.0, 2.8, 2.6),
    "RF-RIGID": (2.4, 2.5, 2.6, 2.6, 2.7),
    "RF-RESOURCES": (2.8, 3.1, 3.6, 4.0, 4.2),
    "RF-GOALS": (3.3, 3.0, 2.7, 2.5, 2.3),
    "RF-KNOWLEDGE": (3.4, 3.3, 3.1, 3.0, 2.9),
    "RF-VERIFY": (3.2, 3.0, 2.8, 2.7, 2.6),
    "RF-CREAM": (2.9, 3.0, 3.1, 3.2, 3.3),
    "RF-PARK": (2.6, 2.6, 2.7, 2.8, 2.8),
    "RF-ACTORS": (3.0, 3.1, 3.2, 3.2, 3.3),
    "RF-FRAGMENT": (3.7, 3.7, 3.6, 3.6, 3.5),
    "RF-CULTURE": (3.1, 2.9, 2.7, 2.5, 2.4),
    "RF-CONTRACT": (2.5, 2.4, 2.3, 2.4, 2.3),
}

# Private partners see less political backing, the municipality sees less market demand.
SECTOR_SHIFT = {
    ("private", "EN-POL"): -0.8,
    ("public", "EN-MKT"): -0.5,
    ("private", "CC-RES"): -0.4,
    ("social_enterprise", "RC-PROF"): 0.5,
}

COMMENTS = [
    ("RC-TRUST", "We weten elkaar steeds beter te vinden; de korte lijntjes helpen."),
    ("CC-RES", "Na de bezuiniging is onduidelijk of de begeleiding volgend jaar betaald wordt."),
    ("EN-POL", "Sinds de nieuwe wethouder is de steun minder zichtbaar."),
    ("RC-PROF", "Werkleiders worden pas laat betrokken bij nieuwe afspraken."),
    ("CC-MON", "Het dashboard met plaatsingen geeft eindelijk overzicht."),
    ("risks", "Het risico bestaat dat we alleen nog de makkelijke kandidaten plaatsen."),
]

EVENTS = [
    ("2024-01-15", "Samenwerkingsovereenkomst getekend"),
    ("2024-06-01", "Eerste 20 medewerkers in dienst"),
    ("2024-11-12", "Gemeentelijke bezuiniging op re-integratie aangekondigd"),
    ("2025-05-20", "Nieuwe wethouder Werk en Inkomen"),
    ("2025-12-01", "Contract met de kringloopketen verlengd"),
]

# The coordinator's key figures per round (since the round before): placements grow, then
# referrals by the municipality falter after the budget cut; revenue slowly takes over.
KEY_FIGURES = [
    {
        "jobs_created": 14,
        "jobs_filled": 11,
        "workers_started": 12,
        "workers_left": 1,
        "employed_6m": 10,
        "referred_municipality": 21,
        "referred_other": 4,
        "hours_worked": 5200,
        "revenue": 61000,
        "public_contribution": 240000,
    },
    {
        "jobs_created": 12,
        "jobs_filled": 11,
        "workers_started": 11,
        "workers_left": 2,
        "employed_6m": 9,
        "employed_12m": 9,
        "referred_municipality": 17,
        "referred_other": 6,
        "hours_worked": 9800,
        "revenue": 98000,
        "public_contribution": 265000,
    },
    {
        "jobs_created": 9,
        "jobs_filled": 8,
        "workers_started": 8,
        "workers_left": 2,
        "employed_6m": 7,
        "employed_12m": 8,
        "referred_municipality": 9,
        "referred_other": 8,
        "hours_worked": 12400,
        "revenue": 131000,
        "public_contribution": 250000,
    },
    {
        "jobs_created": 6,
        "jobs_filled": 4,
        "workers_started": 4,
        "workers_left": 1,
        "employed_6m": 3,
        "employed_12m": 3,
        "referred_municipality": 5,
        "referred_other": 9,
        "hours_worked": 13100,
        "revenue": 152000,
        "public_contribution": 205000,
    },
    {
        "jobs_created": 8,
        "jobs_filled": 7,
        "workers_started": 7,
        "workers_left": 1,
        "employed_6m": 6,
        "employed_12m": 3,
        "referred_municipality": 7,
        "referred_other": 10,
        "hours_worked": 14900,
        "revenue": 174000,
        "public_contribution": 198000,
    },
]

ACTIONS = [
    # (dimension, text, owner, due, status, raised in round index)
    (
        "CC-MON",
        "Maandelijks dashboard met plaatsingen en uitstroom",
        "Projectleider gemeente",
        "2024-06-30",
        "done",
        0,
    ),
    (
        "RC-PROF",
        "Werkleiders uitnodigen voor het kwartaaloverleg",
        "Werkbedrijf De Linge",
        "2024-12-31",
        "done",
        1,
    ),
    (
        "CC-RES",
        "Meerjarige financiering van de begeleiding regelen",
        "Wethouder",
        "2026-06-30",
        "in_progress",
        2,
    ),
    ("RC-KNOW", "Kennissessie over elkaars werkprocessen", "Coördinator", "2025-12-01", "done", 3),
    (
        "CC-RES",
        "Businesscase voor zorgverzekeraar opstellen",
        "Kringloop & Reparatie",
        "2026-09-30",
        "open",
        4,
    ),
]


ADDED_IN_1_1 = frozenset({"PC-PHASE", "RF-DISPLACE", "RF-PRETRAJ", "RF-REFERRAL", "RF-OUTOFSIGHT"})


def _answer(rng: random.Random, level: float, reverse: bool) -> int | None:
    if rng.random() < 0.04:
        return None
    value = min(5, max(1, round(rng.gauss(level, 0.55))))
    return 6 - value if reverse else value


def simulate_answers(
    instrument: Instrument,
    rng: random.Random,
    levels: dict[str, float],
    sector: str | None = None,
) -> dict[str, int | None]:
    """One respondent's answers around the given latent levels (dimension or risk code).

    Topics added in pps-health 1.1.0 draw from a stream of their own (seeded from the
    first draw), so the demo's answers to the older topics stay what they were."""
    person = rng.gauss(0, 0.35)
    new = random.Random(person)
    answers: dict[str, int | None] = {}
    for dim in instrument.dimensions:
        if dim.code in ADDED_IN_1_1:
            level = levels.get(dim.code, 3.3) + person + new.gauss(0, 0.45)
            answers.update({i.code: _answer(new, level, i.reverse) for i in dim.items})
            continue
        # A personal view per dimension is what makes a dimension's items correlate.
        level = (
            levels.get(dim.code, 3.3)
            + person
            + rng.gauss(0, 0.45)
            + SECTOR_SHIFT.get((sector, dim.code), 0.0)  # type: ignore[arg-type]
        )
        for item in dim.items:
            answers[item.code] = _answer(rng, level, item.reverse)
    for risk in instrument.risks:
        source = new if risk.code in ADDED_IN_1_1 else rng
        answers[risk.code] = _answer(source, levels.get(risk.code, 3.0) - person / 2, False)
    return answers


# Workers and employers answer their own instruments from the second round on (issue 17):
# per round, how many of each (four employers in "Voorjaar 2025": too few to pool).
PART_COUNTS: list[dict[str, int]] = [
    {},
    {"workers": 8},
    {"workers": 10, "employers": 4},
    {"workers": 9, "employers": 5},
    {"workers": 12, "employers": 6},
]
# Latent levels per round index: most of the workers' topics improve, guidance lags;
# employers struggle with the earning model and cost compensation.
PART_LEVELS = {
    "W-GUIDE": (2.6, 2.7, 2.9, 3.0, 3.2),
    "W-INC": (3.0, 3.0, 3.1, 3.1, 3.2),
    "E-EARN": (2.4, 2.4, 2.5, 2.6, 2.6),
    "E-COST": (2.7, 2.7, 2.6, 2.5, 2.5),
}


def _part_instruments(index: int) -> list[Instrument]:
    return [group_default(g) for g in ("employers", "workers") if g in PART_COUNTS[index]]


def _answer_parts(db: Database, round_id: str, index: int, rng: random.Random) -> None:
    """The workers' and employers' answers of one demo round (their own random stream,
    so the partners' demo answers stay what they were)."""
    for group, count in PART_COUNTS[index].items():
        part = repo.round_part(db, round_id, group)
        inst = repo.round_instrument(part)
        levels = {d.code: 3.2 + 0.12 * index for d in inst.dimensions}
        levels.update({code: trend[index] for code, trend in PART_LEVELS.items()})
        batch = []
        for _ in range(count):
            facts = None
            if group == "workers" and rng.random() < 0.8:
                facts = {"W-HOURS": rng.choice((16, 20, 24, 28, 32, 36))}
                facts["W-MONTHS"] = rng.randint(1, 6 * index + 2)
            batch.append(
                repo.NewResponse(simulate_answers(inst, rng, levels), facts=facts, source="demo")
            )
        repo.add_responses(db, part["id"], batch)


def add_demo(db: Database, name: str = DEMO_NAME, seed: int = 2024) -> str:
    """Add the demo partnership in one transaction and return its id."""
    rng = random.Random(seed)
    parts_rng = random.Random(seed + 17)
    instrument = default_instrument()
    with write(db):
        pid = repo.create_partnership(
            db, name, "Demo: een circulaire hub met gemeente, werkbedrijf en werkgevers."
        )
        orgs = [(repo.add_organisation(db, pid, n, s), s) for n, s in ORGANISATIONS]
        round_ids = []
        for index, (label, when, count) in enumerate(ROUNDS):
            rid = repo.create_round(
                db, pid, label, when, instrument, parts=_part_instruments(index)
            )
            round_ids.append(rid)
            levels = {code: trend[index] for code, trend in TRENDS.items()}
            batch = []
            for k in range(count):
                org_id, sector = orgs[k % len(orgs)]
                comments = {}
                if rng.random() < 0.35:
                    dim, text = COMMENTS[rng.randrange(len(COMMENTS))]
                    comments[dim] = text
                batch.append(
                    repo.NewResponse(
                        answers=simulate_answers(instrument, rng, levels, sector),
                        organisation_id=org_id,
                        role="manager" if k % 3 else "professional",
                        comments=comments,
                        source="demo",
                    )
                )
            repo.add_responses(db, rid, batch)
            _answer_parts(db, rid, index, parts_rng)
            set_key_figures(db, rid, KEY_FIGURES[index])
            if index < len(ROUNDS) - 1:
                repo.set_round_status(db, rid, "closed")
        add_demo_ties(db, orgs, round_ids, seed)  # issue 18: who works well with whom
        for when, text in EVENTS:
            repo.add_event(db, pid, when, text)
        for dim, text, owner, due, status, raised in ACTIONS:
            aid = repo.add_action_point(
                db,
                pid,
                text,
                dimension_code=dim,
                owner=owner,
                due_date=due,
                status=status,
                round_raised_id=round_ids[raised],
            )
            if status == "done" and raised + 1 < len(round_ids):
                repo.update_action_point(db, aid, round_reviewed_id=round_ids[raised + 1])
    return pid
