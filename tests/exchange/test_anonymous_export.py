"""The anonymous long export and "don't know" (issue 11, F4): what each id holds.

The attacker (tests/privacy/test_attacker.py) shows that nobody is linked; these tests
show what the export still gives an analyst, and that it agrees with the figures.
"""

from __future__ import annotations

import csv
import random
from collections import defaultdict

import pytest
from openpyxl import load_workbook

from pps_monitor.demo import add_demo
from pps_monitor.domain.instrument import default_instrument
from pps_monitor.domain.scoring import score_rounds
from pps_monitor.exchange.long_format import long_rows
from pps_monitor.exchange.spreadsheet import export_spreadsheet
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database
from tests.privacy.test_attacker import random_person, settings_of

INST = default_instrument()


def _round(tmp_path, people):
    db = open_database(tmp_path / "x.sqlite")
    pid = repo.create_partnership(db, "PPS")
    rid = repo.create_round(db, pid, "R1", "2026-03-01", INST)
    repo.add_responses(db, rid, people)
    return db, pid, rid


def _units(rows):
    """Per export id: the units (dimension, or risk statement) its rows hold."""
    out: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        out[r["respondent"]].add(r["item"] if r["dimension"] == "risks" else r["dimension"])
    return out


def test_with_dont_knows_each_id_holds_one_dimension_and_no_blank(tmp_path):
    rng = random.Random(4)
    people = [random_person(rng, ["public", "private"], ["manager"], 0.08) for _ in range(9)]
    assert len({frozenset(c for c, v in p.answers.items() if v is None) for p in people}) > 1
    db, pid, _ = _round(tmp_path, people)
    rows = long_rows(db, pid)
    assert rows and all(r["value"] != "" for r in rows)
    assert all(len(units) == 1 for units in _units(rows).values())
    # each dimension: the respondents who answered all of it, every item, nothing more
    for dim in INST.dimensions:
        codes = [i.code for i in dim.items]
        complete = [p for p in people if all(p.answers[c] is not None for c in codes)]
        mine = [r for r in rows if r["dimension"] == dim.code]
        expected = len(complete) * len(codes) if len(complete) >= 5 else 0
        assert len(mine) == expected, dim.code
    full = long_rows(db, pid, full=True)  # the coordinator's table keeps the "don't know"s
    assert sum(1 for r in full if r["value"] == "") == sum(
        1 for p in people for v in p.answers.values() if v is None
    )
    db.close()


def test_without_dont_knows_one_id_holds_a_whole_respondent(tmp_path):
    rng = random.Random(5)
    people = [random_person(rng, ["public"], ["manager"]) for _ in range(6)]
    db, pid, _ = _round(tmp_path, people)
    rows = long_rows(db, pid)
    ids = _units(rows)
    assert len(ids) == 6 and len(rows) == 6 * len(INST.items)
    assert all(len(units) == len(INST.dimensions) + len(INST.risks) for units in ids.values())
    db.close()


def test_the_rows_give_the_dimension_means_shown(tmp_path):
    """Consistent with the figures: per dimension, the mean of the exported respondents'
    scores is the mean the app shows (complete cases, the same respondents)."""
    db_path = tmp_path / "demo.sqlite"
    db = open_database(db_path)
    pid = add_demo(db)
    rid = repo.list_rounds(db, pid)[-1]["id"]
    label = repo.get_round(db, rid)["label"]
    rows = [r for r in long_rows(db, pid, label) if r["group"] == "partners"]
    settings = settings_of(db, pid)
    rounds = repo.load_partnership_rounds(db, pid)
    scores = score_rounds([(d.instrument, d.responses) for d in rounds], settings)[-1]
    inst = rounds[-1].instrument
    by_id: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for r in rows:
        by_id[(r["respondent"], r["dimension"])][r["item"]] = int(r["value"])
    checked = 0
    for d in scores.dimensions:
        dim = inst.dimension_by_code[d.code]
        blocks = [a for (_, code), a in by_id.items() if code == d.code]
        if not blocks:
            assert d.n is None or d.n < settings.min_breakdown, d.code
            continue
        assert len(blocks) == d.n
        means = [sum(i.scored(a[i.code]) for i in dim.items) / len(dim.items) for a in blocks]
        assert sum(means) / len(means) == pytest.approx(d.mean, abs=1e-9)
        checked += 1
    assert checked >= len(scores.dimensions) // 2
    db.close()


def test_a_late_batch_waits_for_the_breakdown_minimum_in_the_export(tmp_path):
    """After a release, 3 late answers join the round's means (min_round 3) but not its
    answer distributions (min_breakdown 5): the export, which is microdata, waits too."""
    rng = random.Random(6)
    first = [random_person(rng, ["public"], ["manager"]) for _ in range(6)]
    db, pid, rid = _round(tmp_path, first)
    assert len(_units(long_rows(db, pid))) == 6  # releases the first six
    repo.add_responses(db, rid, [random_person(rng, ["public"], ["manager"]) for _ in range(3)])
    assert len(_units(long_rows(db, pid))) == 6
    assert len(long_rows(db, pid, full=True)) == 9 * len(INST.items)
    db.close()


def test_too_few_for_a_distribution_exports_nothing(tmp_path):
    rng = random.Random(7)
    db, pid, _ = _round(tmp_path, [random_person(rng, ["public"], ["manager"]) for _ in range(4)])
    assert long_rows(db, pid) == []
    assert len(long_rows(db, pid, full=True)) == 4 * len(INST.items)
    db.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_about_sheet_says_what_was_left_out(tmp_path, lang):
    rng = random.Random(8)
    people = [random_person(rng, ["public"], ["manager"], 0.08) for _ in range(8)]
    db, pid, _ = _round(tmp_path, people)
    out = tmp_path / f"a-{lang}.xlsx"
    export_spreadsheet(db, pid, out, "xlsx", lang=lang)
    about = [r for r in load_workbook(out)["about"].iter_rows(values_only=True)]
    text = " ".join(str(r[2]) for r in about[1:])
    if lang == "nl":
        assert '"weet niet"' in text and "minstens 5" in text
        assert "Eén nummer per respondent en dimensie" in text
    else:
        assert '"don\'t know"' in text and "at least 5" in text
        assert "One id per respondent and dimension" in text
    assert ("R1", "partners") in {(r[0], r[1]) for r in about}
    export_spreadsheet(db, pid, out, "xlsx", lang=lang, full=True)
    about = [r for r in load_workbook(out)["about"].iter_rows(values_only=True)]
    assert len(about) == 2 and ("database" in str(about[1][2]))
    db.close()


def test_the_csv_export_has_no_about_rows(tmp_path):
    rng = random.Random(9)
    db, pid, _ = _round(tmp_path, [random_person(rng, ["public"], ["manager"]) for _ in range(5)])
    out = tmp_path / "a.csv"
    n = export_spreadsheet(db, pid, out, "csv")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == n == 5 * len(INST.items)
    db.close()
