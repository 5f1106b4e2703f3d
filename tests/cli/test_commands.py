"""Every command in-process: options, messages, exit codes, JSON shapes (issue 12)."""

import json
import re
import sqlite3

import pytest

from pps_monitor.cli import COMMANDS, build_parser, main
from pps_monitor.cli.output import clean, dumps
from pps_monitor.demo import DEMO_NAME
from tests.cli.conftest import folder_state, run

P = DEMO_NAME


def test_output_rounding_and_envelope():
    data = clean({"mean": -4.44e-16, "sd": 0.123456, "p": 0.000123456, "p_adjusted": 0.98765})
    assert data == {"mean": 0.0, "sd": 0.1235, "p": 0.0001235, "p_adjusted": 0.9877}
    assert str(data["mean"]) == "0.0"
    assert json.loads(dumps("x", {"a": -0.0}))["a"] == 0.0
    assert '"a": 0.0' in dumps("x", {"a": -0.0})
    assert json.loads(dumps("x", {}))["format"] == "pps-monitor/x"


def test_every_command_explains_every_option_with_an_example():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == set(COMMANDS)
    for name, p in sub.choices.items():
        assert "example:" in (p.epilog or ""), name
        for action in p._actions:
            if action.dest in ("help", "invariant"):
                continue
            assert action.help and len(action.help) > 15, (name, action.dest)
            if action.option_strings and name != "gui":
                assert "e.g." in action.help or "example" in action.help.lower(), (
                    name,
                    action.dest,
                )


@pytest.mark.parametrize(
    "argv",
    [
        ["scores"],  # --partnership missing
        ["scores", "--partnership", P, "--round", "x", "--all-rounds"],
        ["add-organisation", "--partnership", P, "--name", "X", "--sector", "government"],
        ["update-action", "--id", "x", "--status", "finished"],
        ["frobnicate-now"],
    ],
)
def test_wrong_usage_exits_2(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_db_and_a_file_start_the_app(monkeypatch, demo_db, tmp_path):
    import pps_monitor.ui.app as app

    calls = []
    monkeypatch.setattr(
        app, "run", lambda db=None, open_file=None: calls.append((db, open_file)) or 0
    )
    assert main(["--db", str(demo_db)]) == 0
    assert main([str(demo_db)]) == 0
    package = tmp_path / "answers.pkg"
    assert (
        main(
            [
                "export-round",
                "--db",
                str(demo_db),
                "--partnership",
                P,
                "--round",
                "Najaar 2025",
                "--out",
                str(package),
            ]
        )
        == 0
    )
    assert main(["--db", str(demo_db), str(package)]) == 0
    assert main([]) == 0
    assert calls == [(demo_db, None), (demo_db, None), (demo_db, package), (None, None)]


def test_a_command_after_a_global_db(demo_db, capsys):
    code, out, _ = run(capsys, "--db", demo_db, "list", "--format", "json")
    assert code == 0 and json.loads(out)["partnerships"][0]["name"] == P


def test_missing_empty_and_foreign_files_are_named(tmp_path, capsys):
    tmp_path = tmp_path / "files"
    tmp_path.mkdir()
    missing = tmp_path / "nope.sqlite"
    code, _, err = run(capsys, "list", "--db", missing)
    assert code == 1 and f"no such database: {missing}" in err
    assert not missing.exists()
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    code, _, err = run(capsys, "list", "--db", empty)
    assert code == 1 and "not a PPS Monitor database" in err
    assert empty.read_bytes() == b""
    foreign = tmp_path / "foreign.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE x (a)")
    con.close()
    before = foreign.read_bytes()
    for command in (
        ["list"],
        ["scores", "--partnership", P],
        ["add-organisation", "--partnership", P, "--name", "X", "--sector", "public"],
    ):
        code, _, err = run(capsys, *command, "--db", foreign)
        assert code == 1 and "not a PPS Monitor database" in err, command
        assert err.count("\n") == 1
    assert foreign.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite", "foreign.sqlite"]


def test_older_database_needs_upgrading_then_upgrade(tmp_path, capsys):
    import shutil

    tmp_path = tmp_path / "files"
    tmp_path.mkdir()

    from tests.paths import FIXTURES

    db = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "schema_v2.sqlite", db)
    before = folder_state(tmp_path)
    code, _, err = run(capsys, "list", "--db", db)
    assert code == 1 and "needs upgrading" in err and "pps-monitor upgrade" in err
    assert folder_state(tmp_path) == before
    code, out, _ = run(capsys, "upgrade", "--db", db)
    assert code == 0 and "Upgraded" in out
    assert any(".before-v" in p.name for p in tmp_path.iterdir())
    assert run(capsys, "list", "--db", db)[0] == 0
    code, out, _ = run(capsys, "upgrade", "--db", db)
    assert code == 0 and "up to date" in out


def test_scores_all_rounds_json_and_csv(demo_db, capsys):
    code, out, _ = run(
        capsys,
        "scores",
        "--db",
        demo_db,
        "--partnership",
        P,
        "--all-rounds",
        "--format",
        "json",
        "--lang",
        "en",
    )
    assert code == 0
    data = json.loads(out)
    assert (data["format"], data["version"], data["partnership"]) == ("pps-monitor/scores", 1, P)
    assert [r["round"] for r in data["rounds"]] == [
        "Voorjaar 2024",
        "Najaar 2024",
        "Voorjaar 2025",
        "Najaar 2025",
        "Voorjaar 2026",
    ]
    assert [r["date"] for r in data["rounds"]] == sorted(r["date"] for r in data["rounds"])
    assert "-4.44e-16" not in out and not re.search(r'"(?!p"|p_adjusted")\w+": -?[\d.]+e-', out)
    code, out, _ = run(
        capsys,
        "scores",
        "--db",
        demo_db,
        "--partnership",
        P,
        "--all-rounds",
        "--format",
        "csv",
        "--lang",
        "nl",
    )
    assert out.startswith("\ufeffround;dimension;name;group;n;mean")
    lines = out.strip().splitlines()
    assert len(lines) == 1 + 5 * 16
    assert "," in lines[1].split(";")[5]  # decimal comma in Dutch
    code, out, _ = run(
        capsys,
        "scores",
        "--db",
        demo_db,
        "--partnership",
        P,
        "--format",
        "csv",
        "--delimiter",
        ",",
        "--lang",
        "en",
    )
    assert out.startswith("\ufeffround,dimension") and len(out.strip().splitlines()) == 17


def test_administration_and_lists(demo_db, capsys):
    db = str(demo_db)
    assert (
        run(
            capsys,
            "add-organisation",
            "--db",
            db,
            "--partnership",
            P,
            "--name",
            "Bibliotheek",
            "--sector",
            "other",
        )[0]
        == 0
    )
    code, out, _ = run(capsys, "organisations", "--db", db, "--partnership", P, "--format", "json")
    orgs = json.loads(out)
    assert orgs["format"] == "pps-monitor/organisations"
    assert {"name": "Bibliotheek", "sector": "other"}.items() <= next(
        o for o in orgs["organisations"] if o["name"] == "Bibliotheek"
    ).items()
    code, _, err = run(
        capsys,
        "add-organisation",
        "--db",
        db,
        "--partnership",
        P,
        "--name",
        "Bibliotheek",
        "--sector",
        "other",
    )
    assert code == 1 and "already has" in err
    assert (
        run(
            capsys,
            "add-event",
            "--db",
            db,
            "--partnership",
            P,
            "--date",
            "2025-01-15",
            "--text",
            "Bezuiniging",
        )[0]
        == 0
    )
    code, _, err = run(
        capsys, "add-event", "--db", db, "--partnership", P, "--date", "2025-13-45", "--text", "x"
    )
    assert code == 1 and err.count("\n") == 1
    events = json.loads(
        run(capsys, "events", "--db", db, "--partnership", P, "--format", "json")[1]
    )["events"]
    assert any(e["text"] == "Bezuiniging" and e["date"] == "2025-01-15" for e in events)
    code, out, _ = run(
        capsys,
        "add-action",
        "--db",
        db,
        "--partnership",
        P,
        "--round",
        "Najaar 2025",
        "--dimension",
        "CC-RES",
        "--text",
        "Budget vastleggen",
        "--owner",
        "Gemeente",
        "--due",
        "2026-06-30",
    )
    assert code == 0
    aid = out.split()[-1]
    code, _, err = run(
        capsys,
        "add-action",
        "--db",
        db,
        "--partnership",
        P,
        "--round",
        "Najaar 2025",
        "--dimension",
        "XX",
        "--text",
        "t",
    )
    assert code == 1 and "No dimension 'XX'" in err
    assert run(capsys, "update-action", "--db", db, "--id", aid, "--status", "in_progress")[0] == 0
    code, _, err = run(capsys, "update-action", "--db", db, "--id", "nope", "--status", "done")
    assert code == 1 and "No action point" in err
    actions = json.loads(
        run(capsys, "actions", "--db", db, "--partnership", P, "--format", "json")[1]
    )["actions"]
    mine = next(a for a in actions if a["id"] == aid)
    assert (mine["status"], mine["round_raised"], mine["owner"]) == (
        "in_progress",
        "Najaar 2025",
        "Gemeente",
    )
    scores = json.loads(
        run(capsys, "scores", "--db", db, "--partnership", P, "--all-rounds", "--format", "json")[1]
    )
    res = {
        r["round"]: next(d for d in r["dimensions"] if d["code"] == "CC-RES")["mean"]
        for r in scores["rounds"]
    }
    assert mine["score_raised"] == res["Najaar 2025"] and mine["score_now"] == res["Voorjaar 2026"]
    code, out, _ = run(capsys, "actions", "--db", db, "--partnership", P, "--format", "csv")
    assert out.startswith("\ufeffid;dimension;text")
    code, out, _ = run(capsys, "actions", "--db", db, "--partnership", P)
    assert "Budget vastleggen" in out


def test_privacy_rounds_and_status(demo_db, capsys):
    db = str(demo_db)
    code, _, err = run(capsys, "set-privacy", "--db", db, "--partnership", P, "--min-round", "2")
    assert code == 1 and "at least 3" in err
    code, _, err = run(
        capsys,
        "set-privacy",
        "--db",
        db,
        "--partnership",
        P,
        "--min-round",
        "6",
        "--min-breakdown",
        "4",
    )
    assert code == 1 and "cannot be below" in err
    assert (
        run(
            capsys,
            "set-privacy",
            "--db",
            db,
            "--partnership",
            P,
            "--min-round",
            "4",
            "--min-breakdown",
            "6",
        )[0]
        == 0
    )
    data = json.loads(run(capsys, "scores", "--db", db, "--partnership", P, "--format", "json")[1])
    assert (data["min_round"], data["min_breakdown"]) == (4, 6)
    assert (
        run(capsys, "close-round", "--db", db, "--partnership", P, "--round", "Voorjaar 2026")[0]
        == 0
    )
    code, out, _ = run(
        capsys, "close-round", "--db", db, "--partnership", P, "--round", "Voorjaar 2026"
    )
    assert code == 0 and "already closed" in out
    assert (
        run(capsys, "reopen-round", "--db", db, "--partnership", P, "--round", "Voorjaar 2026")[0]
        == 0
    )
    code, _, err = run(
        capsys,
        "create-round",
        "--db",
        db,
        "--partnership",
        P,
        "--label",
        "Najaar 2026",
        "--instrument",
        "workers=pps-health",
    )
    assert code == 1 and "written for the partners, not for the workers" in err
    code, _, err = run(
        capsys,
        "create-round",
        "--db",
        db,
        "--partnership",
        P,
        "--label",
        "Najaar 2026",
        "--instrument",
        "missing.json",
    )
    assert code == 1 and "no such instrument" in err
    assert (
        run(
            capsys,
            "create-round",
            "--db",
            db,
            "--partnership",
            P,
            "--label",
            "Najaar 2026",
            "--date",
            "2026-10-01",
            "--from-previous",
        )[0]
        == 0
    )
    code, _, err = run(
        capsys, "create-round", "--db", db, "--partnership", P, "--label", "Najaar 2026"
    )
    assert code == 1 and "already has a round" in err
    listed = json.loads(run(capsys, "list", "--db", db, "--format", "json")[1])
    last = listed["partnerships"][0]["rounds"][-1]
    assert last == {
        "label": "Najaar 2026",
        "date": "2026-10-01",
        "status": "open",
        "respondents": 0,
    }


def test_create_partnership_creates_the_database(tmp_path, capsys):
    db = tmp_path / "new" / "hub.sqlite"
    assert run(capsys, "create-partnership", "--db", db, "--name", "Hub")[0] == 0
    code, _, err = run(capsys, "create-partnership", "--db", db, "--name", "Hub")
    assert code == 1 and "already a partnership" in err


def test_export_round_writes_any_name_and_import_recognises_it(demo_db, tmp_path, capsys):
    out = tmp_path / "answers.pkg"
    code, stdout, _ = run(
        capsys,
        "export-responses",
        "--db",
        demo_db,
        "--partnership",
        P,
        "--round",
        "Najaar 2025",
        "--out",
        out,
    )
    assert code == 0 and out.exists()
    out = tmp_path / "round.zip"
    assert (
        run(
            capsys,
            "export-round",
            "--db",
            demo_db,
            "--partnership",
            P,
            "--round",
            "Najaar 2025",
            "--out",
            out,
        )[0]
        == 0
    )
    code, stdout, _ = run(capsys, "import", "--db", demo_db, out)
    assert code == 0 and "Already imported, nothing changed" in stdout
    assert not (demo_db.parent / "demo-backups").exists()  # nothing changed: no backup


def test_import_refusals_touch_nothing(demo_db, tmp_path, capsys):
    new = tmp_path / "new.sqlite"
    code, _, err = run(capsys, "import", "--db", new, tmp_path / "missing.ppsmonitor")
    assert code == 1 and "missing.ppsmonitor: no such file" in err
    assert not new.exists()
    package = tmp_path / "round.ppsmonitor"
    assert (
        run(
            capsys,
            "export-round",
            "--db",
            demo_db,
            "--partnership",
            P,
            "--round",
            "Najaar 2025",
            "--out",
            package,
        )[0]
        == 0
    )
    code, out, _ = run(capsys, "import", "--db", new, package, "--dry-run")
    assert code == 0 and "Would import" in out
    assert not new.exists()
    bad = tmp_path / "bad.ppsmonitor"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    before = folder_state(demo_db.parent)
    for extra in ([], ["--dry-run"]):
        code, _, err = run(capsys, "import", "--db", demo_db, bad, *extra)
        assert code == 1 and "bad.ppsmonitor" in err and err.count("\n") == 1
    assert folder_state(demo_db.parent) == before


def test_backup_to_a_folder_is_refused_without_a_stray_file(demo_db, tmp_path, capsys):
    folder = tmp_path / "usb"
    folder.mkdir()
    code, _, err = run(capsys, "backup", "--db", demo_db, "--out", folder)
    assert code == 1 and str(folder) in err and "folder" in err
    assert list(folder.iterdir()) == []
    code, _, err = run(capsys, "backup", "--db", demo_db, "--out", tmp_path / "no" / "b.sqlite")
    assert code == 1 and "does not exist" in err and "demo.sqlite" not in err
    code, _, _ = run(capsys, "backup", "--db", demo_db, "--out", folder / "copy.sqlite")
    assert code == 0 and [p.name for p in folder.iterdir()] == ["copy.sqlite"]


def test_restore_needs_yes_without_a_terminal(demo_db, tmp_path, capsys, monkeypatch):
    backup = tmp_path / "b.sqlite"
    assert run(capsys, "backup", "--db", demo_db, "--out", backup)[0] == 0
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    code, _, err = run(capsys, "restore", "--db", demo_db, "--from", backup)
    assert code == 1 and "--yes" in err
    code, _, err = run(capsys, "restore", "--db", demo_db, "--from", tmp_path / "x.sqlite")
    assert code == 1 and "no such backup" in err


def test_check_reports_ok(demo_db, capsys):
    assert run(capsys, "check", "--db", demo_db)[:2] == (0, "ok\n")


def test_read_only_database_is_listed_scored_and_reported(demo_db, tmp_path, capsys, monkeypatch):
    """A read-only file (or folder): no release is recorded, nothing is written, no
    'damaged'. Running as root ignores file modes, so writability is also faked."""
    monkeypatch.setattr("pps_monitor.cli.common.writable", lambda path: False)
    demo_db.chmod(0o444)
    demo_db.parent.chmod(0o555)
    try:
        before = folder_state(demo_db.parent)
        assert run(capsys, "list", "--db", demo_db)[0] == 0
        code, _, err = run(capsys, "scores", "--db", demo_db, "--partnership", P)
        assert code == 0 and "damaged" not in err
        code, _, err = run(
            capsys, "report", "--db", demo_db, "--partnership", P, "--out", tmp_path / "r.pdf"
        )
        assert code == 0, err
        assert folder_state(demo_db.parent) == before
    finally:
        demo_db.parent.chmod(0o755)
        demo_db.chmod(0o644)


def test_xcb_hint_names_every_missing_package(monkeypatch):
    import ctypes.util

    from pps_monitor.cli import xcb_hint

    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    hint = xcb_hint()
    assert hint and all(p in hint for p in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"))
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: f"lib{name}.so")
    assert xcb_hint() is None
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert xcb_hint() is None


def test_serve_refuses_before_serving(demo_db, tmp_path, capsys):
    code, _, err = run(capsys, "serve", "--db", tmp_path / "none.sqlite", "--partnership", P)
    assert code == 1 and "no such database" in err
    code, _, err = run(capsys, "serve", "--db", demo_db, "--partnership", P, "--round", "Zomer")
    assert code == 1 and "Zomer" in err and err.count("\n") == 1


def test_serve_runs_the_terminal_session(demo_db, capsys, monkeypatch):
    import pps_monitor.web.terminal as terminal

    seen = {}

    def fake(db_path, partnership, round_label, **kw):
        seen.update(db=db_path, partnership=partnership, round=round_label, **kw)
        return 0

    monkeypatch.setattr(terminal, "serve_in_terminal", fake)
    code, _, _ = run(
        capsys,
        "serve",
        "--db",
        demo_db,
        "--partnership",
        P,
        "--round",
        "Voorjaar 2026",
        "--port",
        "9000",
        "--lang",
        "en",
    )
    assert code == 0
    assert (seen["db"], seen["round"], seen["port"], seen["lang"], seen["host"]) == (
        demo_db,
        "Voorjaar 2026",
        9000,
        "en",
        None,
    )


def test_export_anonymous_by_default_and_full_with_a_warning(demo_db, tmp_path, capsys):
    import csv

    plain, full = tmp_path / "a.csv", tmp_path / "full.csv"
    code, out, _ = run(
        capsys,
        "export",
        "--db",
        demo_db,
        "--partnership",
        P,
        "--round",
        "Najaar 2025",
        "--format",
        "csv",
        "--out",
        plain,
    )
    assert code == 0 and "Keep it to yourself" not in out
    with open(plain, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert rows and all(r["organisation"] == "" for r in rows)
    code, out, _ = run(
        capsys,
        "export",
        "--db",
        demo_db,
        "--partnership",
        P,
        "--round",
        "Najaar 2025",
        "--format",
        "csv",
        "--out",
        full,
        "--full",
        "--delimiter",
        ",",
    )
    assert code == 0 and "Keep it to yourself" in out
    with open(full, encoding="utf-8-sig", newline="") as fh:
        assert any(r["organisation"] for r in csv.DictReader(fh))


def test_reimported_package_with_larger_minimums_raises_them(demo_db, tmp_path, capsys):
    import shutil

    package = tmp_path / "round.ppsmonitor"
    other = tmp_path / "other" / "demo.sqlite"
    other.parent.mkdir()
    shutil.copyfile(demo_db, other)
    assert (
        run(
            capsys,
            "set-privacy",
            "--db",
            other,
            "--partnership",
            P,
            "--min-round",
            "4",
            "--min-breakdown",
            "7",
        )[0]
        == 0
    )
    assert (
        run(
            capsys,
            "export-round",
            "--db",
            other,
            "--partnership",
            P,
            "--round",
            "Voorjaar 2026",
            "--out",
            package,
        )[0]
        == 0
    )
    code, out, _ = run(capsys, "import", "--db", demo_db, package)
    assert code == 0 and "Imported" in out
    data = json.loads(
        run(capsys, "scores", "--db", demo_db, "--partnership", P, "--format", "json")[1]
    )
    assert (data["min_round"], data["min_breakdown"]) == (4, 7)
    code, out, _ = run(capsys, "import", "--db", demo_db, package)
    assert code == 0 and "Already imported, nothing changed" in out


def test_import_into_an_older_database_upgrades_it(tmp_path, capsys):
    import shutil

    from tests.paths import FIXTURES

    db = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "schema_v2.sqlite", db)
    demo = tmp_path / "demo.sqlite"
    assert run(capsys, "demo", "--db", demo)[0] == 0
    package = tmp_path / "r.ppsmonitor"
    assert (
        run(
            capsys,
            "export-round",
            "--db",
            demo,
            "--partnership",
            P,
            "--round",
            "Najaar 2025",
            "--out",
            package,
        )[0]
        == 0
    )
    code, _, err = run(capsys, "import", "--db", db, package)
    assert code == 0, err
    assert run(capsys, "list", "--db", db)[0] == 0


def test_a_late_answer_is_pending_until_enough_have_come(demo_db, tmp_path, capsys):
    import csv

    db = str(demo_db)
    base = ["--db", db, "--partnership", P, "--round", "Voorjaar 2026"]
    first = json.loads(run(capsys, "scores", *base, "--format", "json")[1])  # released now
    assert first["pending"] == 0
    forms = tmp_path / "late.csv"
    assert run(capsys, "form-template", *base, "--out", forms)[0] == 0
    with open(forms, encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh))
    with open(forms, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerow(["1", "1", "1", *["4"] * (len(header) - 3)])
    assert run(capsys, "import-forms", *base, forms)[0] == 0
    later = json.loads(run(capsys, "scores", *base, "--format", "json")[1])
    assert (later["pending"], later["respondents"]) == (1, first["respondents"])
    assert later["dimensions"] == first["dimensions"]  # the late answer changes no figure
    out = run(capsys, "scores", *base, "--lang", "en")[1]
    assert "1 newer answer is not yet included (it will be once there are 3)" in out
    out = run(capsys, "scores", *base, "--lang", "nl")[1]
    assert "1 nieuwer antwoord telt nog niet mee (dat gebeurt zodra er 3 zijn)" in out


def test_export_responses_is_anonymous_and_full_moves_a_small_round(tmp_path, capsys):
    """Two answers on a second laptop: too few for an anonymous file (exit 1, nothing
    written); --full writes the coordinator's complete file and says what it is."""
    from pps_monitor.domain.instrument import default_instrument
    from pps_monitor.storage import repository as repo
    from pps_monitor.storage.database import open_database

    path = tmp_path / "laptop.sqlite"
    db = open_database(path)
    pid = repo.create_partnership(db, "Twee")
    rid = repo.create_round(db, pid, "R1", "2025-03-01", default_instrument())
    answers = {i.code: 4 for i in default_instrument().items}
    for _ in range(2):
        repo.add_response(db, rid, repo.NewResponse(answers, sector="public"))
    db.close()
    argv = ["export-responses", "--db", path, "--partnership", "Twee", "--round", "R1"]
    code, _, err = run(capsys, *argv, "--out", tmp_path / "a.ppsmonitor")
    assert code == 1 and "too few for an anonymous responses file" in err
    assert not (tmp_path / "a.ppsmonitor").exists()
    code, out, _ = run(capsys, *argv, "--out", tmp_path / "b.ppsmonitor", "--full")
    assert code == 0 and (tmp_path / "b.ppsmonitor").exists() and "complete file" in out
    db = open_database(path)
    for _ in range(2):  # four, released; then two late ones
        repo.add_response(db, rid, repo.NewResponse(answers, sector="public"))
    repo.release_round(db, rid)
    for _ in range(2):
        repo.add_response(db, rid, repo.NewResponse(answers, sector="public"))
    db.close()
    code, out, _ = run(capsys, *argv, "--out", tmp_path / "c.ppsmonitor")
    assert code == 0 and "2 answer(s) were left out of the file" in out and "--full" in out
