"""Several instruments in one round through the CLI (issue 17): create-round per group and
the ``instruments`` list of ``scores``, each group with its own answers and minimum."""

import json

import jsonschema
import pytest

from pps_monitor.domain.instrument import group_default
from pps_monitor.resources import resource_path
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database
from tests.cli.conftest import run

P = "Twee Groepen PPS"


@pytest.fixture
def db_file(tmp_path, capsys):
    path = tmp_path / "g.sqlite"
    db = open_database(path)
    repo.create_partnership(db, P)
    db.close()
    code, out, err = run(
        capsys, "create-round", "--db", path, "--partnership", P, "--label", "R1",
        "--date", "2026-03-01", "--group", "partners", "--group", "workers",
        "--instrument", "employers=employers-hrm",
    )  # fmt: skip
    assert code == 0, err
    assert "partners: pps-health, employers: employers-hrm, workers: workers-value" in out
    return path


def _add(path, group, values):
    db = open_database(path)
    pid = repo.find_partnership(db, P)["id"]
    rid = repo.find_round(db, pid, "R1")["id"]
    part = repo.round_part(db, rid, group)
    inst = repo.round_instrument(part)
    repo.add_responses(
        db, part["id"], [repo.NewResponse({i.code: v for i in inst.items}) for v in values]
    )
    db.close()


def _scores(capsys, path):
    code, out, err = run(capsys, "scores", "--db", path, "--partnership", P, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    schema = json.loads(resource_path("schema", "cli-scores.schema.json").read_text("utf-8"))
    jsonschema.validate(data, schema)
    return data, {i["group"]: i for i in data["instruments"]}


def _means(instrument):
    return {d["code"]: d["mean"] for d in instrument["dimensions"]}


def test_each_instrument_keeps_its_own_answers_and_minimum(db_file, capsys):
    _add(db_file, "partners", [4, 4, 5])  # partners' mean of every dimension: 13/3
    _add(db_file, "workers", [2, 2])  # two workers: below the round minimum of 3
    _add(db_file, "employers", [5, 5, 5, 5])  # four employers: below the pooled minimum of 5
    data, by_group = _scores(capsys, db_file)
    assert [i["group"] for i in data["instruments"]] == ["partners", "employers", "workers"]
    partners, workers, employers = by_group["partners"], by_group["workers"], by_group["employers"]
    # the top level stays the partners' instrument, as before
    assert data["respondents"] == partners["respondents"] == 3
    assert data["dimensions"] == partners["dimensions"] and data["risks"] == partners["risks"]
    assert set(_means(partners)) == {d.code for d in group_default("partners").dimensions}
    assert {d["group"] for d in workers["dimensions"]} == {"W-SELF", "W-SOCIETY"}
    # reverse-worded items count 6 - x: a dimension with one reverse item of three
    reverse = sum(1 for i in group_default("partners").dimension_by_code["CC-AGR"].items
                  if i.reverse)  # fmt: skip
    assert reverse == 1
    assert _means(partners)["CC-AGR"] == round((3 * 4 + 3 * 4 + 3 * 5 + 2 + 2 + 1) / 12, 4)
    assert (workers["respondents"], employers["respondents"]) == (2, 4)
    for held in (workers, employers):
        assert all(d["mean"] is None and d["n"] is None for d in held["dimensions"])
    # three more workers and one more employer: now each group reaches its own minimum
    _add(db_file, "workers", [4, 4, 4])
    _add(db_file, "employers", [3])
    data, by_group = _scores(capsys, db_file)
    assert by_group["workers"]["respondents"] == 5
    # W-USE has no reverse item: (2 + 2 + 4 + 4 + 4) / 5
    assert _means(by_group["workers"])["W-USE"] == 3.2
    assert _means(by_group["employers"])["E-LEGIT"] == 4.6  # (5 * 4 + 3) / 5
    assert by_group["partners"]["respondents"] == 3 and data["respondents"] == 3


def test_create_round_refuses_what_does_not_fit(db_file, capsys):
    code, _, err = run(
        capsys, "create-round", "--db", db_file, "--partnership", P, "--label", "R2",
        "--group", "workers", "--instrument", "workers-value",
    )  # fmt: skip
    assert code == 1 and "given twice" in err
    code, _, err = run(
        capsys, "create-round", "--db", db_file, "--partnership", P, "--label", "R2",
        "--instrument", "partners=workers-value",
    )  # fmt: skip
    assert code == 1 and "written for the workers, not for the partners" in err
    code, out, _ = run(
        capsys, "create-round", "--db", db_file, "--partnership", P, "--label", "R2",
        "--from-previous",
    )  # fmt: skip
    assert code == 0 and "workers: workers-value" in out
    code, out, _ = run(capsys, "list", "--db", db_file, "--format", "json")
    (p,) = json.loads(out)["partnerships"]
    assert [r["label"] for r in p["rounds"]] == ["R1", "R2"]


def test_paper_forms_per_group(db_file, tmp_path, capsys):
    csv_path = tmp_path / "werknemers.csv"
    code, out, err = run(
        capsys, "form-template", "--db", db_file, "--partnership", P, "--round", "R1",
        "--group", "workers", "--out", csv_path,
    )  # fmt: skip
    assert code == 0, err
    header = csv_path.read_text("utf-8-sig").splitlines()[0].split(",")
    workers = group_default("workers")
    assert header == ["form", "sector", "role", *(i.code for i in workers.items), "W-HOURS",
                      "W-MONTHS"]  # fmt: skip
    rows = [",".join(["1", "", "", *["4"] * len(workers.items), "32", ""])] * 3
    csv_path.write_text("\n".join([",".join(header), *rows]) + "\n", "utf-8")
    code, out, err = run(
        capsys, "import-forms", "--db", db_file, "--partnership", P, "--round", "R1",
        "--group", "workers", csv_path,
    )  # fmt: skip
    assert code == 0 and "Stored 3 paper form(s) of the workers" in out, err
    db = open_database(db_file)
    rid = repo.find_round(db, repo.find_partnership(db, P)["id"], "R1")["id"]
    part = repo.round_part(db, rid, "workers")["id"]
    assert repo.release_state(db, part).included == 3
    assert repo.release_state(db, rid).included == 0  # not a partner among them
    facts = db.execute("SELECT fact_code, value FROM facts").fetchall()
    assert facts == [("W-HOURS", 32)] * 3
    db.close()
    # the partners' form refuses the workers' columns, naming them
    code, out, err = run(
        capsys, "import-forms", "--db", db_file, "--partnership", P, "--round", "R1", csv_path,
    )  # fmt: skip
    assert code == 1 and "W-INC-1" in out and "nothing was stored" in err


def test_printed_worker_form_is_two_sides_of_large_print(db_file, tmp_path, capsys):
    import pypdfium2 as pdfium

    for lang in ("nl", "en"):
        pdf_path = tmp_path / f"werknemers-{lang}.pdf"
        code, _, err = run(
            capsys, "form-template", "--db", db_file, "--partnership", P, "--round", "R1",
            "--group", "workers", "--out", pdf_path, "--lang", lang,
        )  # fmt: skip
        assert code == 0, err
        pdf = pdfium.PdfDocument(pdf_path)
        assert len(pdf) == 2
        text = "".join(pdf[k].get_textpage().get_text_range() for k in range(2))
        for item in group_default("workers").items:
            assert item.text(lang).split()[-1].rstrip(".") in text, item.code
        pdf.close()


def test_a_group_the_round_does_not_ask_is_named(tmp_path, capsys):
    path = tmp_path / "one.sqlite"
    db = open_database(path)
    pid = repo.create_partnership(db, P)
    repo.create_round(db, pid, "R1", "2026-03-01", group_default("partners"))
    db.close()
    code, _, err = run(
        capsys, "form-template", "--db", path, "--partnership", P, "--round", "R1",
        "--group", "workers", "--out", tmp_path / "w.csv",
    )  # fmt: skip
    assert code == 1 and "no questionnaire for the workers (it asks: partners)" in err
