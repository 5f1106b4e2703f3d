"""key-figures, set-key-figures, balance-sheet and set-balance-rule."""

import json

from tests.cli.conftest import run

P = "Circulaire Hub Rivierenland"


def test_demo_key_figures_as_json(demo_db, capsys):
    code, out, _ = run(
        capsys, "key-figures", "--db", demo_db, "--partnership", P, "--format", "json"
    )
    assert code == 0
    data = json.loads(out)
    assert data["rounds"][0]["round"] == "Voorjaar 2024"
    last = data["rounds"][-1]
    assert last["jobs_created"] == 8 and last["workers_started"] == 7 and last["held_back"] == []
    assert {d["code"] for d in data["definitions"]} >= {"jobs_created", "revenue"}


def test_set_check_and_hold_back(demo_db, capsys):
    args = ["--db", demo_db, "--partnership", P, "--round", "Voorjaar 2026"]
    code, _, err = run(capsys, "set-key-figures", *args, "--set", "jobs_filled=99")
    assert code == 1 and "Jobs filled cannot be larger than jobs created" in err
    code, _, err = run(capsys, "set-key-figures", *args, "--set", "workers_left=-2")
    assert code == 1 and "cannot be negative" in err
    code, out, _ = run(
        capsys,
        "set-key-figures",
        *args,
        "--lang",
        "nl",
        "--set",
        "workers_started=2",
        "--set",
        "employed_6m=1",
        "--set",
        "employed_12m=1",
        "--set",
        "workers_left=1",
        "--set",
        "revenue=1.234,5",
    )
    assert code == 0, out
    code, out, _ = run(
        capsys,
        "key-figures",
        "--db",
        demo_db,
        "--partnership",
        P,
        "--round",
        "Voorjaar 2026",
        "--format",
        "json",
    )
    (row,) = json.loads(out)["rounds"]
    assert row["revenue"] == 1234.5 and row["workers_started"] == 2
    assert row["workers_left"] is None and set(row["held_back"]) == {
        "workers_left",
        "employed_6m",
        "employed_12m",
    }
    code, out, _ = run(
        capsys,
        "key-figures",
        "--db",
        demo_db,
        "--partnership",
        P,
        "--round",
        "Voorjaar 2026",
        "--format",
        "json",
        "--as-entered",
    )
    assert json.loads(out)["rounds"][0]["workers_left"] == 1


def test_balance_sheet_json_and_rule(demo_db, capsys):
    base = ["--db", demo_db, "--partnership", P]
    code, out, _ = run(capsys, "balance-sheet", *base, "--format", "json")
    assert code == 0
    data = json.loads(out)
    rows = {r["row"]: r for r in data["rows"]}
    assert len(rows) == 8 and data["previous_round"] == "Najaar 2025"
    earning = rows["earning_model"]
    values = [s["value"] for s in earning["scores"] if s["value"] is not None]
    assert earning["score"] == round(sum(values) / len(values), 2)
    assert earning["status"] == "mixed"
    code, _, _ = run(capsys, "set-balance-rule", *base, "--method", "lowest", "--good", "4")
    assert code == 0
    code, out, _ = run(capsys, "balance-sheet", *base, "--format", "json")
    rows = {r["row"]: r for r in json.loads(out)["rows"]}
    collab = rows["collaboration"]
    assert collab["score"] == round(min(s["value"] for s in collab["scores"] if s["value"]), 2)
    code, _, err = run(capsys, "set-balance-rule", *base, "--mixed", "4.5")
    assert code == 1 and "rule" in err
