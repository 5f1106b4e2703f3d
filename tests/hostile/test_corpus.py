"""The hostile corpus (issue 14): every file refused with its own plain line, under a
1 GB memory limit, and the database unchanged byte for byte, by the real commands."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.corpus import OK, exchange_cases, make_valid, other_round_id
from tests.hostile.workbooks import workbook_cases

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from pps_monitor.domain.instrument import instrument_from_snapshot
    from pps_monitor.exchange.paper_forms import write_template
    from pps_monitor.storage.database import open_database

    folder = tmp_path_factory.mktemp("hostile")
    laptop, round_pkg, responses = make_valid(folder / "valid")
    db = open_database(laptop, readonly=True)
    round_id, snapshot = db.execute(
        "SELECT r.id, r.instrument_json FROM rounds r JOIN partnerships p"
        " ON p.id = r.partnership_id WHERE p.name != 'Andere PPS'"
    ).fetchone()
    db.close()
    instrument = instrument_from_snapshot(snapshot)
    template = write_template(instrument, folder / "template.xlsx")
    codes = [i.code for i in instrument.items]
    cases = exchange_cases(round_pkg, responses, folder / "exchange", other_round_id(laptop))
    cases += workbook_cases(template, folder / "forms", codes)
    return laptop, round_id, cases


def digest(path: Path) -> str:
    parts = [path.read_bytes()]
    for suffix in ("-wal", "-shm", "-journal"):
        extra = path.with_name(path.name + suffix)
        parts.append(extra.read_bytes() if extra.exists() else b"")
    return hashlib.sha256(b"\0".join(parts)).hexdigest()


def test_the_corpus_is_as_large_as_the_issue_asks(corpus):
    _db, _rid, cases = corpus
    kinds = [c.kind for c in cases]
    assert kinds.count("exchange") >= 60 and kinds.count("forms") >= 25
    assert len({c.path for c in cases}) == len(cases)


def test_every_file_gets_its_outcome_under_a_1_gb_limit(corpus, tmp_path):
    laptop, round_id, cases = corpus
    spec = tmp_path / "cases.json"
    spec.write_text(
        json.dumps(
            {"db": str(laptop), "round": round_id, "cases": [[c.kind, str(c.path)] for c in cases]}
        )
    )
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", PYTHONPATH=str(ROOT))
    run = subprocess.run(
        [sys.executable, "-m", "tests.hostile.run_reader", str(spec), "1024"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
    )
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert run.returncode == 0, run.stderr[-2000:]
    got = {line["path"]: line["outcome"] for line in lines if "path" in line}
    wrong = []
    for case in cases:
        out = got.get(str(case.path))
        if out is None:
            wrong.append(f"{case.name}: no outcome")
        elif case.expect == OK:
            if out:
                wrong.append(f"{case.name}: refused: {out[:300]}")
        elif not any(word in out for word in case.expect.split("|")) or "TRACEBACK" in out:
            wrong.append(f"{case.name}: expected {case.expect!r}, got {out[:300]!r}")
        elif "\n" in out or len(out) > 600:
            wrong.append(f"{case.name}: not one short line: {out[:300]!r}")
    assert not wrong, "\n".join(wrong)
    peak = lines[-1]["peak_mb"]
    print(f"{len(cases)} files; peak memory of the reader {peak} MB")
    assert peak < 1024


def _cli(args, capsys):
    from pps_monitor.cli import main

    code = main(args)
    out = capsys.readouterr()
    return code, out.out + out.err


def test_every_hostile_file_is_refused_by_the_commands_and_changes_nothing(corpus, capsys):
    """`import`, `import --dry-run` and `import-forms` (also --dry-run): the same refusal,
    exit 1, the database and its folder byte for byte as they were, no backup taken."""
    from pps_monitor.storage.database import open_database

    laptop, round_id, cases = corpus
    db = open_database(laptop, readonly=True)
    partnership, label = db.execute(
        "SELECT p.name, r.label FROM rounds r JOIN partnerships p ON p.id = r.partnership_id"
        " WHERE r.id = ?",
        [round_id],
    ).fetchone()
    db.close()
    folder = sorted(p.name for p in laptop.parent.iterdir())
    before = digest(laptop)
    wrong = []
    for case in cases:
        if case.expect == OK:
            continue
        if case.kind == "exchange":
            runs = [
                ["import", "--db", str(laptop), str(case.path), *dry] for dry in ([], ["--dry-run"])
            ]
        else:
            base = ["import-forms", "--db", str(laptop), "--partnership", partnership]
            runs = [[*base, "--round", label, str(case.path), *dry] for dry in ([], ["--dry-run"])]
        outcomes = []
        for args in runs:
            code, text = _cli(args, capsys)
            outcomes.append((code, text))
            if code != 1 or not any(w in text for w in case.expect.split("|")):
                wrong.append(
                    f"{case.name} ({' '.join(args[:1] + args[-1:])}): {code} {text[:200]!r}"
                )
        if outcomes[0] != outcomes[1]:
            wrong.append(f"{case.name}: --dry-run says {outcomes[1]!r}, the import {outcomes[0]!r}")
        if digest(laptop) != before or sorted(p.name for p in laptop.parent.iterdir()) != folder:
            wrong.append(f"{case.name}: the database or its folder changed")
            before = digest(laptop)
    assert not wrong, "\n".join(wrong)


def test_the_valid_files_import(corpus, capsys, tmp_path):
    import shutil

    laptop, _round_id, cases = corpus
    copy = Path(shutil.copy(laptop, tmp_path / "copy.sqlite"))
    for case in cases:
        if case.expect == OK and case.kind == "exchange":
            assert _cli(["import", "--db", str(copy), str(case.path), "--dry-run"], capsys)[0] == 0
            assert _cli(["import", "--db", str(copy), str(case.path)], capsys)[0] == 0


def test_refusals_are_in_dutch_for_a_dutch_user(corpus, capsys, monkeypatch):
    from pps_monitor.errors import PpsError
    from pps_monitor.exchange.importing import plan_import
    from pps_monitor.exchange.refusal import Refused
    from pps_monitor.exchange.workbook import read_grid
    from pps_monitor.storage.database import open_database

    laptop, _round_id, cases = corpus
    db = open_database(laptop, readonly=True)
    dutch, english_only = {}, []
    for case in cases:
        if case.expect == OK:
            continue
        try:
            plan_import(db, case.path) if case.kind == "exchange" else read_grid(case.path)
        except Refused as exc:
            dutch[case.name] = exc.text("nl")
            if exc.msgid == "{problem}" or exc.text("nl") == exc.text("en"):
                english_only.append((case.name, exc.text("nl")))
        except PpsError as exc:
            english_only.append((case.name, str(exc)))
    db.close()
    assert not english_only  # every refusal, record-level ones too, is said in Dutch
    assert len(dutch) >= 80
    assert all(t.endswith("Er is niets gewijzigd.") for t in dutch.values())
    assert "zip-bom" in dutch["zip bomb 280 KB"] or "uitgepakt te groot" in dutch["zip bomb 280 KB"]
    assert "sla het op als .xlsx" in dutch[".xls"]
    assert "waarmerk klopt niet" in dutch["20 invented respondents"]
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    case = next(c for c in cases if c.name == "round date 2024-13-45")
    code, text = _cli(["import", "--db", str(laptop), str(case.path)], capsys)
    assert code == 1 and "is geen bestaande datum" in text and "Er is niets gewijzigd" in text
