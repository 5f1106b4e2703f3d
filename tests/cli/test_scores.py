"""The CLI as coordinators' scripts use it: exact fields, exit codes, one-line errors."""

import json
import sqlite3

import pytest

from pps_monitor.analysis import partnership_results
from pps_monitor.cli import main
from pps_monitor.demo import DEMO_NAME
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database


@pytest.fixture
def demo_db(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


def r4(value):
    return None if value is None else round(value, 4) + 0.0


def p4(value):
    return None if value is None else float(f"{value:.4g}")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_json(demo_db, capsys):
    code, out, _ = run(capsys, "list", "--db", str(demo_db), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert (data["format"], data["version"]) == ("pps-monitor/list", 1)
    (p,) = data["partnerships"]
    assert p["name"] == DEMO_NAME
    assert len(p["rounds"]) == 5
    assert set(p["rounds"][0]) == {"label", "date", "status", "respondents"}
    assert [r["status"] for r in p["rounds"]] == ["closed"] * 4 + ["open"]
    assert all(6 <= r["respondents"] <= 15 for r in p["rounds"])


def test_scores_json_has_exactly_the_engines_numbers(demo_db, capsys):
    code, out, _ = run(
        capsys,
        "scores",
        "--db",
        str(demo_db),
        "--partnership",
        DEMO_NAME,
        "--round",
        "Najaar 2025",
        "--format",
        "json",
        "--lang",
        "en",
    )
    assert code == 0
    data = json.loads(out)
    assert set(data) == {
        "format",
        "version",
        "date",
        "status",
        "partnership",
        "round",
        "respondents",
        "pending",
        "min_round",
        "min_breakdown",
        "suppressed",
        "needed",
        "dimensions",
        "risks",
        "instruments",
    }
    assert (data["min_round"], data["min_breakdown"], data["pending"]) == (3, 5, 0)
    assert (data["suppressed"], data["needed"]) == (None, None)
    assert (data["format"], data["version"]) == ("pps-monitor/scores", 1)
    assert (data["date"], data["status"]) == ("2025-10-09", "closed")
    assert (data["partnership"], data["round"], data["respondents"]) == (
        DEMO_NAME,
        "Najaar 2025",
        10,
    )

    db = open_database(demo_db)
    pid = repo.find_partnership(db, DEMO_NAME)["id"]
    engine = next(r for r in partnership_results(db, pid) if r.label == "Najaar 2025").scores
    assert len(data["dimensions"]) == len(engine.dimensions) == 16
    for got, want in zip(data["dimensions"], engine.dimensions, strict=True):
        assert set(got) == {
            "code",
            "name",
            "group",
            "n",
            "mean",
            "sd",
            "alpha",
            "rwg_j",
            "band",
            "change",
            "n_complete",
            "median",
            "agreement",
            "beyond_chance",
            "split",
            "trend",
            "held",
            "held_n",
        }
        assert (got["held"], got["held_n"]) == (None, 0)
        # the engine's numbers, rounded as the JSON promises (4 decimals, p 4 digits)
        assert (got["code"], got["n"], got["mean"], got["sd"]) == (
            want.code,
            want.n,
            r4(want.mean),
            r4(want.sd),
        )
        assert (got["alpha"], got["rwg_j"], got["band"]) == (
            r4(want.alpha),
            r4(want.rwg_j),
            want.band,
        )
        assert set(got["change"]) == {
            "comparable",
            "testable",
            "diff",
            "ci_low",
            "ci_high",
            "p",
            "p_adjusted",
            "significant",
        }
        assert got["change"]["diff"] == r4(want.change.diff)
        assert got["change"]["significant"] == want.change.significant
        assert (got["change"]["p"], got["change"]["p_adjusted"]) == (
            p4(want.comparison.p),
            p4(want.comparison.p_adjusted),
        )
        assert (got["n_complete"], got["median"], got["agreement"], got["split"]) == (
            want.n_complete,
            r4(want.median),
            want.agreement,
            want.split,
        )
        # 10 respondents: n_complete <= 10, so beyond_chance is decided wherever rWG(J) is
        assert (got["beyond_chance"] is None) == (want.rwg_j is None)
        assert got["beyond_chance"] == want.beyond_chance
    trust = next(d for d in data["dimensions"] if d["code"] == "RC-TRUST")
    assert (trust["name"], trust["group"]) == ("Trust and commitment", "relational")
    assert len(data["risks"]) == 16
    for got, want in zip(data["risks"], engine.risks, strict=True):
        assert set(got) == {"code", "name", "n", "mean", "high_pct", "change", "held", "held_n"}
        assert set(got["change"]) >= {"comparable", "testable", "p_adjusted", "significant"}
        assert (got["code"], got["n"], got["mean"], got["high_pct"]) == (
            want.code,
            want.n,
            r4(want.mean),
            r4(want.high_pct),
        )


def test_first_round_has_no_change(demo_db, capsys):
    _, out, _ = run(
        capsys,
        "scores",
        "--db",
        str(demo_db),
        "--partnership",
        DEMO_NAME,
        "--round",
        "Voorjaar 2024",
        "--format",
        "json",
    )
    assert all(d["change"] is None for d in json.loads(out)["dimensions"])


def test_scores_table_in_dutch(demo_db, capsys):
    code, out, _ = run(
        capsys,
        "scores",
        "--db",
        str(demo_db),
        "--partnership",
        DEMO_NAME,
        "--round",
        "Voorjaar 2026",
        "--format",
        "table",
        "--lang",
        "nl",
    )
    assert code == 0
    assert "Vertrouwen en betrokkenheid" in out and "RF-RESOURCES" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--partnership", "Nergens"], "No partnership named 'Nergens'"),
        (["--partnership", DEMO_NAME, "--round", "Zomer"], "No round labelled 'Zomer'"),
    ],
)
def test_user_errors_are_one_line_without_traceback(demo_db, capsys, argv, message):
    code, out, err = run(capsys, "scores", "--db", str(demo_db), *argv)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_newer_database_is_refused_by_cli(demo_db, capsys):
    con = sqlite3.connect(demo_db)
    con.execute("PRAGMA user_version = 99")
    con.close()
    code, _, err = run(capsys, "list", "--db", str(demo_db))
    assert code == 1 and "newer version" in err


def test_missing_database_is_not_created_by_list(tmp_path, capsys):
    code, _, err = run(capsys, "list", "--db", str(tmp_path / "x.sqlite"))
    assert code == 1 and "does not exist" in err
    assert not (tmp_path / "x.sqlite").exists()


def test_report_command(demo_db, capsys, tmp_path):
    out = tmp_path / "rapport.pdf"
    code, stdout, _ = run(
        capsys,
        "report",
        "--db",
        str(demo_db),
        "--partnership",
        DEMO_NAME,
        "--round",
        "Najaar 2025",
        "--lang",
        "nl",
        "--out",
        str(out),
    )
    assert code == 0 and str(out) in stdout
    assert out.read_bytes()[:5] == b"%PDF-"
    code, _, _ = run(
        capsys,
        "report",
        "--db",
        str(demo_db),
        "--partnership",
        DEMO_NAME,
        "--out",
        str(tmp_path / "x.txt"),
    )
    # --out writes exactly the path given, whatever its name (issue 12)
    assert code == 0 and (tmp_path / "x.txt").read_bytes()[:5] == b"%PDF-"


def test_scores_json_of_a_round_below_the_minimum_is_all_null():
    from pps_monitor.cli import _dimension_json, _risk_json, format_scores_table
    from pps_monitor.domain.scoring import score_round
    from tests.domain.test_scoring import CURRENT, tiny_instrument

    s = score_round(tiny_instrument(), CURRENT[:2])
    dim = _dimension_json(s.dimension("D2"), "D2", ["r1"], suppressed=True)
    assert {k for k, v in dim.items() if v is not None} == {"code", "name", "group"}
    risk = _risk_json(s.risks[0], "R1", suppressed=True)
    assert {k for k, v in risk.items() if v is not None} == {"code", "name"}
    data = {
        "partnership": "P",
        "round": "r1",
        "respondents": 2,
        "min_round": 3,
        "suppressed": s.suppressed,
        "needed": s.needed,
    }
    assert "n = 2: too few answers to show results (minimum 3; 1 more needed)" in (
        format_scores_table(data)
    )


def test_scores_json_trend_names_the_earliest_round(demo_db, capsys):
    _, out, _ = run(
        capsys,
        "scores",
        "--db",
        str(demo_db),
        "--partnership",
        DEMO_NAME,
        "--format",
        "json",
    )
    data = json.loads(out)
    res = next(d for d in data["dimensions"] if d["code"] == "CC-RES")
    # the demo's steady decline of resources over five rounds is a significant trend
    assert res["trend"]["from_round"] == "Voorjaar 2024" and res["trend"]["rounds"] == 5
    assert res["trend"]["significant"] and res["trend"]["diff"] < 0
    assert set(res["trend"]) == {
        "from_round",
        "rounds",
        "diff",
        "ci_low",
        "ci_high",
        "p",
        "p_adjusted",
        "significant",
    }
