"""The balance sheet and the key figures as an attacker sees them.

- The balance sheet adds no figure of its own that an insider could solve: every score
  it shows is a dimension or risk mean the round already released (same n, same value),
  and a row's score is a function of those means only. Below the round minimum it
  shows nothing but "not enough data", at every step of a round filled one answer at a
  time (n = 1 .. 7) and for the floors 3 and 4.
- Outcomes of workers (left, still employed) never leave through the report, the CLI
  or the XLSX export while fewer than the round minimum of workers started.
"""

from __future__ import annotations

import json
import random

import pytest
from openpyxl import load_workbook

from pps_monitor.analysis import partnership_results
from pps_monitor.domain.instrument import default_instrument
from pps_monitor.services import balance, privacy
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database
from pps_monitor.storage.key_figures import set_key_figures

INST = default_instrument()


@pytest.mark.parametrize("floor", [3, 4])
def test_balance_sheet_releases_nothing_new(tmp_path, floor):
    rng = random.Random(floor)
    db = open_database(tmp_path / "b.sqlite")
    pid = repo.create_partnership(db, "P")
    repo.set_privacy(db, pid, min_round=floor, min_breakdown=floor + 2)
    rid = repo.create_round(db, pid, "R1", "2026-01-01", INST)
    for n in range(1, 8):
        answers = {i.code: rng.randint(1, 5) for i in INST.items}
        repo.add_response(db, rid, repo.NewResponse(answers))
        settings = privacy.scoring_settings(db, pid)
        privacy.release(db, pid)
        results = partnership_results(db, pid, settings)
        sheet = balance.balance_sheet(results, 0, {}, balance.get_rule(db, pid), floor)
        released = {d.code: (d.mean, d.n) for d in results[0].scores.dimensions}
        released |= {r.code: (r.mean, r.n) for r in results[0].scores.risks}
        shown = [u for row in sheet.rows for u in row.used if u.value is not None]
        if results[0].scores.respondents < floor:
            assert not shown, n
            assert {row.status for row in sheet.rows} == {"none"}
            continue
        for u in shown:
            mean, count = released[u.code]
            assert mean is not None and count == u.n >= floor
            assert u.value == pytest.approx(6 - mean if u.risk else mean)


def _small_starters(db, pid):
    rid = repo.list_rounds(db, pid)[-1]["id"]
    set_key_figures(
        db,
        rid,
        {"workers_started": 2, "workers_left": 1, "employed_6m": 1, "employed_12m": 1},
        replace=True,
    )
    return rid


def test_worker_outcomes_never_leave_below_the_minimum(tmp_path, capsys):
    from pps_monitor.cli import main
    from pps_monitor.demo import add_demo
    from pps_monitor.exchange.spreadsheet import export_spreadsheet

    path = tmp_path / "d.sqlite"
    db = open_database(path)
    pid = add_demo(db)
    _small_starters(db, pid)
    out = tmp_path / "e.xlsx"
    export_spreadsheet(db, pid, out, "xlsx")
    sheet = load_workbook(out)["key_figures"]
    head = [c.value for c in sheet[1]]
    last = [c.value for c in list(sheet.iter_rows())[-1]]
    row = dict(zip(head, last, strict=True))
    assert row["workers_started"] == 2
    assert row["workers_left"] is None and row["employed_12m"] is None
    assert row["held_back"] == "workers_left employed_6m employed_12m"
    db.close()
    name = "Circulaire Hub Rivierenland"
    for command in ("key-figures", "balance-sheet"):
        assert main([command, "--db", str(path), "--partnership", name, "--format", "json"]) == 0
        data = json.loads(capsys.readouterr().out)
        if command == "key-figures":
            last_round = data["rounds"][-1]
            assert last_round["workers_left"] is None and last_round["employed_6m"] is None
        else:
            figures = [f for r in data["rows"] for f in r["key_figures"]]
            outcomes = [f for f in figures if f["code"] in ("workers_left", "employed_6m")]
            assert outcomes and all(f["value"] is None and f["held_back"] for f in outcomes)
