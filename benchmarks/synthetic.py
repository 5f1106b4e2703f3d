"""Synthetic databases for benchmarks and stress runs: many partnerships, rounds, answers."""

from __future__ import annotations

import random
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pps_monitor.demo import simulate_answers
from pps_monitor.domain.instrument import default_instrument
from pps_monitor.domain.vocabulary import ROLES, SECTORS
from pps_monitor.storage.common import new_keys, now
from pps_monitor.storage.database import open_database


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def generate(
    path: Path, partnerships: int = 100, rounds: int = 10, respondents: int = 30, seed: int = 1
) -> Path:
    """Write a database with partnerships x rounds x respondents x 60 answers."""
    rng = random.Random(seed)
    inst = default_instrument()
    db = open_database(path)
    with db.atomic():
        for p in range(partnerships):
            pid = _uuid(rng)
            db.execute(
                "INSERT INTO partnerships (id, name, description, created_at) VALUES (?, ?, '', ?)",
                [pid, f"Synthetic partnership {p + 1:03d}", now()],
            )
            levels = {
                c: rng.uniform(2.3, 4.2)
                for c in [*inst.dimension_by_code, *(r.code for r in inst.risks)]
            }
            for k in range(rounds):
                rid = _uuid(rng)
                db.execute(
                    """INSERT INTO rounds (id, partnership_id, label, date, status, instrument_id,
                       instrument_version, instrument_json, created_at)
                       VALUES (?, ?, ?, ?, 'closed', ?, ?, ?, ?)""",
                    [
                        rid,
                        pid,
                        f"Ronde {k + 1}",
                        f"{2020 + k // 2}-{3 if k % 2 == 0 else 9:02d}-01",
                        inst.id,
                        inst.version,
                        inst.snapshot,
                        now(),
                    ],
                )
                levels = {c: min(4.8, max(1.2, v + rng.gauss(0, 0.15))) for c, v in levels.items()}
                people, answers = [], []
                for key in new_keys(db, "respondents", respondents):
                    sector = rng.choice(SECTORS)
                    people.append((key, _uuid(rng), rid, sector, rng.choice(ROLES)))
                    for code, value in simulate_answers(inst, rng, levels, sector).items():
                        answers.append((key, code, value))
                # As the app stores them (schema v3): random integer keys, released.
                db.conn.executemany(
                    "INSERT INTO respondents (id, uuid, round_id, sector, role, released) "
                    "VALUES (?, ?, ?, ?, ?, 2)",
                    sorted(people),
                )
                db.conn.executemany(
                    "INSERT INTO answers (respondent_id, item_code, value) VALUES (?, ?, ?)",
                    sorted(answers, key=lambda a: (a[0], a[1])),
                )
    db.execute("PRAGMA optimize")
    db.close()
    return path
