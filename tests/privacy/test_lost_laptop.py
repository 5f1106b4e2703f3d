"""The finder of a lost laptop reads the database file, its -wal and every written file.

N respondents (4..12) are entered in a known order, as meeting mode (one at a time),
paper forms (one batch in the stack's order) and an import (a responses file made on
another laptop) would enter them. The finder then ranks respondents by where their
UUID, their integer key (as the answers rows hold it) and their comment appear in the
file; nothing may correlate with the order of entry. Keys and UUIDs are drawn from a
seeded generator per trial, so the 200 trials are reproducible.
"""

from __future__ import annotations

import csv
import itertools
import json
import random
import re
import shutil
import sqlite3
import uuid
import zipfile
from pathlib import Path

import pytest

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.exchange import long_format, writing
from pps_monitor.exchange import package as px
from pps_monitor.exchange.spreadsheet import export_spreadsheet
from pps_monitor.storage import common, responses
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database

INST = default_instrument()
CODES = [i.code for i in INST.items]
TRIALS = 200
MODES = ("meeting", "paper", "import")


def signature(i: int) -> dict[str, int | None]:
    """Respondent i's answers: the first three items spell i in base 5 (unique < 125)."""
    answers: dict[str, int | None] = {c: 3 for c in CODES}
    for j in range(3):
        answers[CODES[j]] = (i // 5**j) % 5 + 1
    return answers


def who(answers: dict[str, int | None]) -> int:
    return sum(((answers[CODES[j]] or 1) - 1) * 5**j for j in range(3))


def spearman(xs: list[float]) -> float:
    """Rank correlation between entry index (0..n-1) and the values' ranks."""
    n = len(xs)
    ranks = [0] * n
    for rank, k in enumerate(sorted(range(n), key=lambda k: xs[k])):
        ranks[k] = rank
    d2 = sum((k - r) ** 2 for k, r in enumerate(ranks))
    return 1 - 6 * d2 / (n * (n * n - 1))


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """An empty partnership with one round, on file: copied for every trial."""
    tmp = tmp_path_factory.mktemp("template")
    path = tmp / "template.sqlite"
    db = open_database(path)
    pid = repo.create_partnership(db, "Verloren laptop")
    rid = repo.create_round(db, pid, "R1", "2025-03-01", INST)
    package = px.export_round_package(db, rid, tmp / "round.ppsmonitor")
    db.close()
    other = open_database(tmp / "other.sqlite")  # the second laptop, with the round
    px.import_file(other, package)
    other.close()
    return path, pid, rid, package


@pytest.fixture
def seeded(monkeypatch):
    """Route the random keys and UUIDs through a per-trial seeded generator."""
    state = {"rng": random.Random(0)}

    def key() -> int:
        return state["rng"].randrange(1, common.KEY_LIMIT + 1)

    def uid() -> str:
        return str(uuid.UUID(int=state["rng"].getrandbits(128), version=4))

    monkeypatch.setattr(common, "random_key", key)
    monkeypatch.setattr(common, "_shuffle", lambda xs: state["rng"].shuffle(xs))
    monkeypatch.setattr(writing, "_shuffle", lambda xs: state["rng"].shuffle(xs))
    monkeypatch.setattr(long_format, "_shuffle", lambda xs: state["rng"].shuffle(xs))
    monkeypatch.setattr(common, "new_id", uid)
    monkeypatch.setattr(responses, "new_id", uid)
    return state


def enter(db, rid: str, n: int, mode: str, tmp: Path, package: Path) -> None:
    """Enter respondents 0..n-1 in that order, the way ``mode`` does."""
    people = [
        repo.NewResponse(
            signature(i),
            sector=("public", "private")[i % 2],
            role=("manager", "professional")[(i // 2) % 2],
            comments={"RC-TRUST": f"opmerking nummer {i:03d}"},
            source="meeting" if mode == "meeting" else "paper",
        )
        for i in range(n)
    ]
    if mode == "meeting":
        for p in people:
            repo.add_response(db, rid, p)
    elif mode == "paper":
        repo.add_responses(db, rid, people)
    else:
        shutil.copy(package.with_name("other.sqlite"), tmp / "other.sqlite")
        other = open_database(tmp / "other.sqlite")
        for p in people:  # entered one by one on the other laptop
            repo.add_response(other, rid, p)
        responses_file = px.export_responses(other, rid, tmp / "answers.ppsmonitor")
        other.close()
        px.import_file(db, responses_file)


def file_positions(db, raw: bytes, n: int) -> dict[str, list[float]]:
    """Per entry index: where the finder sees its UUID, its key (answers) and comment."""
    keys = {}
    for key, uid in db.execute("SELECT id, uuid FROM respondents").fetchall():
        answers = dict(
            db.execute(
                "SELECT item_code, value FROM answers WHERE respondent_id = ?", [key]
            ).fetchall()
        )
        keys[who(answers)] = (key, uid)
    found: dict[str, list[float]] = {"uuid": [], "key": [], "answers": [], "comment": []}
    for i in range(n):
        key, uid = keys[i]
        found["uuid"].append(raw.find(uid.encode()))
        found["key"].append(key)
        # In an answers row the key is a big-endian integer of 1-4 bytes (SQLite's
        # record format); the first occurrence of its bytes after the key itself.
        width = next(w for w, top in ((1, 127), (2, 32767), (3, 8388607), (4, 2**31)) if key <= top)
        found["answers"].append(raw.find(key.to_bytes(width, "big") + min(CODES).encode()))
        found["comment"].append(raw.find(f"opmerking nummer {i:03d}".encode()))
    return found


def test_nothing_in_the_database_file_follows_the_order_of_entry(template, seeded, tmp_path):
    path, _pid, rid, package = template
    rng = random.Random(11)
    rhos: dict[str, list[float]] = {"uuid": [], "key": [], "answers": [], "comment": []}
    perfect = dict.fromkeys(rhos, 0)
    for trial in range(TRIALS):
        seeded["rng"] = random.Random(1000 + trial)
        n, mode = rng.randint(4, 12), MODES[trial % 3]
        work = tmp_path / f"t{trial}"
        work.mkdir()
        db_path = work / "pps.sqlite"
        shutil.copy(path, db_path)
        db = open_database(db_path)
        enter(db, rid, n, mode, work, package)
        wal = Path(f"{db_path}-wal")
        # The finder takes the laptop with the app still open: the -wal holds nothing.
        assert not wal.exists() or wal.stat().st_size == 0
        raw = db_path.read_bytes()
        for what, positions in file_positions(db, raw, n).items():
            assert all(p is not None and p >= 0 for p in positions), what
            rho = spearman(positions)
            rhos[what].append(rho)
            perfect[what] += rho == 1.0
        db.close()
        shutil.rmtree(work)
    for what, values in rhos.items():
        mean = sum(values) / len(values)
        print(f"{what}: mean Spearman {mean:+.3f} over {len(values)} trials")
        assert abs(mean) < 0.1, (what, mean)
        # Perfect order happens by chance in about 1/n! of trials (~1 in 200 here).
        assert perfect[what] <= 4, (what, perfect[what])


def test_no_time_no_source_no_sequence_in_the_file(template, tmp_path):
    path, _pid, rid, package = template
    db_path = tmp_path / "pps.sqlite"
    shutil.copy(path, db_path)
    db = open_database(db_path)
    for mode in MODES:
        enter(db, rid, 5, mode, tmp_path, package)
    raw = db_path.read_bytes()
    # Time: only the partnership's and the round's creation (no per-respondent time).
    stamps = re.findall(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", raw)
    allowed = [
        r[0]
        for r in db.execute(
            "SELECT created_at FROM partnerships UNION ALL SELECT created_at FROM rounds"
        )
    ]
    assert len(stamps) == len(allowed)
    for table in ("respondents", "answers", "comments"):
        columns = {r[1] for r in db.execute(f"PRAGMA table_info({table})")}
        assert not columns & {"created_at", "source", "updated_at", "seq", "rowid"}, table
    # No value of a respondent or comment row names a path of entry.
    for table in ("respondents", "comments"):
        for row in db.execute(f"SELECT * FROM {table}"):
            assert not set(map(str, row)) & {"meeting", "paper", "import", "app", "demo"}
    # Keys are random: no run of consecutive keys as a rowid sequence would give.
    keys = sorted(r[0] for r in db.execute("SELECT id FROM respondents"))
    assert all(b - a > 1 for a, b in itertools.pairwise(keys))
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    db.close()


def test_exchange_files_and_exports_do_not_follow_the_order_of_entry(template, seeded, tmp_path):
    path, pid, rid, _package = template
    rhos: dict[str, list[float]] = {"responses file": [], "comments": [], "csv": []}
    for trial in range(60):
        seeded["rng"] = random.Random(5000 + trial)
        n = 4 + trial % 9
        work = tmp_path / f"e{trial}"
        work.mkdir()
        db_path = work / "pps.sqlite"
        shutil.copy(path, db_path)
        db = open_database(db_path)
        enter(db, rid, n, "meeting", work, _package)
        out = px.export_responses(db, rid, work / "r.ppsmonitor")
        with zipfile.ZipFile(out) as z:
            data = json.loads(z.read("data.json"))
            assert "created_at" not in json.loads(z.read("manifest.json"))
        order = [
            who(dict((a["item"], a["value"]) for a in s["answers"])) for s in data["respondents"]
        ]
        rhos["responses file"].append(spearman([order.index(i) for i in range(n)]))
        texts = [c["text"] for c in data["comments"]]
        rhos["comments"].append(
            spearman([texts.index(f"opmerking nummer {i:03d}") for i in range(n)])
        )
        export_spreadsheet(db, pid, work / "a.csv", "csv")
        with open(work / "a.csv", encoding="utf-8-sig") as fh:
            rows = list(csv.DictReader(fh))
        assert all(r["organisation"] == "" for r in rows)
        if n < repo.get_privacy(db, pid).min_breakdown:
            # no answer distribution below the breakdown minimum, in the export neither
            assert rows == []
            db.close()
            shutil.rmtree(work)
            continue
        by_respondent: dict[str, dict] = {}
        first: dict[str, int] = {}
        for k, r in enumerate(rows):
            by_respondent.setdefault(r["respondent"], {})[r["item"]] = int(r["value"])
            first.setdefault(r["respondent"], k)
        pos = {who(a): first[rid_] for rid_, a in by_respondent.items()}
        rhos["csv"].append(spearman([pos[i] for i in range(n)]))
        db.close()
        shutil.rmtree(work)
    for what, values in rhos.items():
        mean = sum(values) / len(values)
        print(f"{what}: mean Spearman {mean:+.3f} over {len(values)} files")
        assert abs(mean) < 0.15, (what, mean)
        assert sum(v == 1.0 for v in values) <= 3, what


def test_each_export_gets_fresh_respondent_ids(template, tmp_path):
    path, pid, rid, package = template
    db_path = tmp_path / "pps.sqlite"
    shutil.copy(path, db_path)
    db = open_database(db_path)
    enter(db, rid, 6, "paper", tmp_path, package)
    ids = []
    for k in range(2):
        export_spreadsheet(db, pid, tmp_path / f"a{k}.csv", "csv")
        with open(tmp_path / f"a{k}.csv", encoding="utf-8-sig") as fh:
            ids.append({r["respondent"] for r in csv.DictReader(fh)})
    assert len(ids[0]) == 6 and not ids[0] & ids[1]
    stored = {str(r[0]) for r in db.execute("SELECT id FROM respondents")} | {
        r[0] for r in db.execute("SELECT uuid FROM respondents")
    }
    assert not ids[0] & stored
    db.close()


def test_anonymous_export_hides_small_groups_with_their_complement(template, tmp_path):
    path, pid, rid, _package = template
    db_path = tmp_path / "pps.sqlite"
    shutil.copy(path, db_path)
    db = open_database(db_path)
    people = [repo.NewResponse(signature(i), sector="public", role="manager") for i in range(6)]
    people += [repo.NewResponse(signature(6), sector="private", role="manager")]
    repo.add_responses(db, rid, people)
    export_spreadsheet(db, pid, tmp_path / "a.csv", "csv")
    with open(tmp_path / "a.csv", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    # private (1) is under 5; blanking it alone would name it: public goes blank too.
    assert {r["sector"] for r in rows} == {""}
    assert {r["role"] for r in rows} == {"manager"}
    full = tmp_path / "full.csv"
    export_spreadsheet(db, pid, full, "csv", full=True)
    with open(full, encoding="utf-8-sig") as fh:
        assert {r["sector"] for r in csv.DictReader(fh)} == {"public", "private"}
    db.close()


def test_the_wal_is_empty_after_every_kind_of_write(template, tmp_path):
    path, pid, rid, package = template
    db_path = tmp_path / "pps.sqlite"
    shutil.copy(path, db_path)
    db = open_database(db_path)
    wal = Path(f"{db_path}-wal")
    enter(db, rid, 4, "import", tmp_path, package)
    assert wal.stat().st_size == 0
    repo.release_round(db, rid)
    assert wal.stat().st_size == 0
    repo.add_event(db, pid, "2025-04-01", "Nieuwe wethouder")
    assert wal.stat().st_size == 0
    db.close()
    sqlite3.connect(db_path).close()


def test_a_late_answer_is_not_singled_out_by_its_release_batch(template, tmp_path):
    """F3 (issue 11): the stored release batch, beside sector and role, names no late answer.

    A meeting of eight is shown; three answer late (Ann, a public manager, among them),
    and are shown; three more a month later, shown. The finder of the laptop knows
    Ann's story and her sector and role, and reads the .sqlite with its -wal. Every
    figure holds both late groups whole and no breakdown holds either (each has cells
    under the breakdown minimum), so the file keeps them as one batch: Ann's row shares
    every stored value but its keys with another. (The meeting stays a batch of its
    own: the breakdowns show the meeting only, so the file must know who was in it.)
    """
    path, _pid, rid, _package = template
    db_path = tmp_path / "pps.sqlite"
    shutil.copy(path, db_path)
    db = open_database(db_path)
    rng = random.Random(1)

    def answered(sector: str, role: str) -> repo.NewResponse:
        given = {c: rng.randint(1, 5) for c in CODES}
        return repo.NewResponse(given, sector=sector, role=role)

    meeting = [("public", "manager")] * 3 + [("private", "professional")] * 3
    meeting += [("public", "professional")] * 2
    late = [("public", "manager"), ("private", "professional"), ("public", "professional")]
    month = [("public", "manager"), ("private", "professional"), ("private", "professional")]
    ann = None
    for group in (meeting, late, month):
        for sector, role in group:
            key = repo.add_response(db, rid, answered(sector, role))
            if group is late and role == "manager":
                ann = int(key)
        repo.release_round(db, rid)
    copy = tmp_path / "found"
    copy.mkdir()
    for suffix in ("", "-wal"):
        if Path(f"{db_path}{suffix}").exists():
            shutil.copy(f"{db_path}{suffix}", copy / f"pps.sqlite{suffix}")
    db.close()
    found = sqlite3.connect(copy / "pps.sqlite")
    columns = [
        r[1]
        for r in found.execute("PRAGMA table_info(respondents)")
        if r[1] not in ("id", "uuid", "entry_batch")
    ]
    rows = {r[0]: r[1:] for r in found.execute(f"SELECT id, {', '.join(columns)} FROM respondents")}
    assert sum(1 for v in rows.values() if v == rows[ann]) >= 2
    batches = {v[columns.index("generation")] for v in rows.values()}
    assert batches == {1, 2}
    found.close()
