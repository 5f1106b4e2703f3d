"""A whole partnership built headless, as a coordinator's script would (issue 12), with
the scores checked against a hand computation."""

import csv
import json

from openpyxl import load_workbook

from tests.cli.conftest import folder_state, run

P = "Hub Zuid"
# Each respondent gives the same score on every statement (reverse-worded ones typed
# reversed), so every dimension's mean, SD and median can be worked out by hand.
ROUND1 = [2, 4, 3, 5, 3]  # mean 3.4; deviations -1.4 .6 -.4 1.6 -.4 -> SD sqrt(5.2/4)
ROUND2 = [3, 4, 4, 5, 4]  # mean 4.0 -> strength; change +0.6
SECTORS = ["1", "2", "3", "1", "2"]


def _reverse_flags(template):
    guide = load_workbook(template)["statements"]
    flags = {}
    for code, _text, reverse in guide.iter_rows(min_row=2, max_col=3, values_only=True):
        if code is None or code in ("sector", "role", "answers"):
            continue
        flags[code] = reverse == "yes"
    return flags


def _row(number, header, score, sector, reverse):
    cells = {"form": number, "sector": sector, "role": "1"}
    for code in header[3:]:
        cells[code] = 6 - score if reverse[code] else score
    return [cells[h] for h in header]


def test_a_whole_partnership_headless(tmp_path, capsys):
    db = tmp_path / "hub.sqlite"
    d = ["--db", db]
    assert run(capsys, "create-partnership", *d, "--name", P)[0] == 0
    for name, sector in (
        ("Gemeente", "public"),
        ("Bouwbedrijf", "private"),
        ("Leerwerk", "social_enterprise"),
    ):
        assert (
            run(
                capsys,
                "add-organisation",
                *d,
                "--partnership",
                P,
                "--name",
                name,
                "--sector",
                sector,
            )[0]
            == 0
        )
    assert (
        run(
            capsys, "create-round", *d, "--partnership", P, "--label", "R1", "--date", "2026-01-10"
        )[0]
        == 0
    )

    xlsx = tmp_path / "forms.xlsx"
    assert (
        run(capsys, "form-template", *d, "--partnership", P, "--round", "R1", "--out", xlsx)[0] == 0
    )
    reverse = _reverse_flags(xlsx)
    book = load_workbook(xlsx)
    sheet = book["forms"]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["form", "sector", "role"] and len(header) > 3
    for n, (score, sector) in enumerate(zip(ROUND1, SECTORS, strict=True), start=1):
        sheet.append(_row(n, header, score, sector, reverse))
    book.save(xlsx)

    before = folder_state(tmp_path)
    code, out, _ = run(
        capsys, "import-forms", *d, "--partnership", P, "--round", "R1", xlsx, "--dry-run"
    )
    assert code == 0 and "Would store 5 form(s)" in out
    assert folder_state(tmp_path) == before  # a dry run changes nothing
    code, out, _ = run(capsys, "import-forms", *d, "--partnership", P, "--round", "R1", xlsx)
    assert code == 0 and "Stored 5" in out
    assert run(capsys, "close-round", *d, "--partnership", P, "--round", "R1")[0] == 0
    code, _, err = run(capsys, "import-forms", *d, "--partnership", P, "--round", "R1", xlsx)
    assert code == 1 and "closed" in err

    # Round 2 from the previous one, paper forms as CSV (semicolons, as Dutch Excel saves)
    assert (
        run(
            capsys,
            "create-round",
            *d,
            "--partnership",
            P,
            "--label",
            "R2",
            "--date",
            "2026-06-10",
            "--from-previous",
        )[0]
        == 0
    )
    forms = tmp_path / "forms.csv"
    assert (
        run(capsys, "form-template", *d, "--partnership", P, "--round", "R2", "--out", forms)[0]
        == 0
    )
    with open(forms, encoding="utf-8-sig", newline="") as fh:
        csv_header = next(csv.reader(fh))
    assert csv_header == header
    with open(forms, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(header)
        bad = _row(1, header, 3, "9", reverse)  # a wrong sector and a formula
        bad[5] = "=1+1"
        writer.writerow(bad)
    code, out, err = run(capsys, "import-forms", *d, "--partnership", P, "--round", "R2", forms)
    assert code == 1 and "2 bad cell(s)" in err and "nothing was stored" in err
    assert "row 2, column sector" in out and f"row 2, column {header[5]}" in out
    with open(forms, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(header)
        for n, (score, sector) in enumerate(zip(ROUND2, SECTORS, strict=True), start=1):
            writer.writerow(_row(n, header, score, sector, reverse))
    assert run(capsys, "import-forms", *d, "--partnership", P, "--round", "R2", forms)[0] == 0
    assert run(capsys, "close-round", *d, "--partnership", P, "--round", "R2")[0] == 0

    code, out, _ = run(
        capsys, "scores", *d, "--partnership", P, "--all-rounds", "--format", "json", "--lang", "en"
    )
    assert code == 0
    data = json.loads(out)
    r1, r2 = data["rounds"]
    assert (r1["round"], r1["date"], r1["status"], r1["respondents"]) == (
        "R1",
        "2026-01-10",
        "closed",
        5,
    )
    for dim in r1["dimensions"]:
        assert (dim["n"], dim["mean"], dim["sd"], dim["median"], dim["band"]) == (
            5,
            3.4,
            round((5.2 / 4) ** 0.5, 4),
            3.0,
            "attention",
        ), dim["code"]
        assert dim["change"] is None and dim["trend"] is None
    for dim in r2["dimensions"]:
        assert (dim["mean"], dim["median"], dim["band"]) == (4.0, 4.0, "strength"), dim["code"]
        assert dim["change"]["comparable"] and dim["change"]["diff"] == 0.6
    for risk in r1["risks"]:
        assert risk["n"] == 5
    assert (r1["pending"], r2["pending"]) == (0, 0)

    report = tmp_path / "rapport.pdf"
    assert (
        run(
            capsys,
            "report",
            *d,
            "--partnership",
            P,
            "--round",
            "R2",
            "--lang",
            "nl",
            "--out",
            report,
        )[0]
        == 0
    )
    assert report.read_bytes()[:5] == b"%PDF-"

    backup = tmp_path / "hub-copy.sqlite"
    assert run(capsys, "backup", *d, "--out", backup)[0] == 0
    assert (
        run(capsys, "add-event", *d, "--partnership", P, "--date", "2026-07-01", "--text", "Later")[
            0
        ]
        == 0
    )
    code, out, _ = run(capsys, "restore", *d, "--from", backup, "--yes")
    assert code == 0 and "Restored" in out
    events = json.loads(run(capsys, "events", *d, "--partnership", P, "--format", "json")[1])
    assert events["events"] == []  # the event added after the backup is gone
    assert list((tmp_path / "hub-backups").glob("*before-restore*"))  # the state before it
    assert run(capsys, "check", *d)[0] == 0
