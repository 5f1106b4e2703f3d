import csv
import sqlite3

import pytest
from openpyxl import load_workbook

from pps_monitor.cli import main
from pps_monitor.demo import DEMO_NAME, add_demo
from pps_monitor.domain.instrument import default_instrument, group_default
from pps_monitor.errors import DatabaseError
from pps_monitor.exchange.long_format import COLUMNS, neutralise
from pps_monitor.exchange.spreadsheet import export_spreadsheet
from pps_monitor.storage import backup as bk
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.sqlite"
    db = open_database(path)
    pid = add_demo(db)
    return db, pid, path


@pytest.mark.parametrize("text", ["=SUM(A1)", "+31 6", "-1", "@cmd", "\tx", "\rx"])
def test_formula_cells_are_neutralised(text):
    assert neutralise(text) == "'" + text
    assert neutralise("Gemeente") == "Gemeente" and neutralise(3) == 3


def test_csv_is_long_format_with_the_named_columns(demo, tmp_path):
    db, pid, _ = demo
    out = tmp_path / "a.csv"
    n = export_spreadsheet(db, pid, out, "csv", round_label="Najaar 2025")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert (
        list(rows[0])
        == COLUMNS
        == [
            "round",
            "respondent",
            "organisation",
            "sector",
            "role",
            "dimension",
            "item",
            "reverse",
            "value",
            "group",
        ]
    )
    # every instrument of the round, each its own group's rows (issue 17): per dimension
    # (and risk statement) the respondents who answered all of it, as the figures count
    # them, when they are at least the breakdown minimum; no "don't know" (issue 11)
    per_group = {
        g: sum(1 for r in rows if r["group"] == g) for g in ("partners", "employers", "workers")
    }
    expected = {
        "partners": _complete_rows(db, "Najaar 2025", None, default_instrument()),
        "employers": _complete_rows(db, "Najaar 2025", "employers", group_default("employers")),
        "workers": _complete_rows(db, "Najaar 2025", "workers", group_default("workers")),
    }
    assert per_group == expected and all(expected.values())
    assert len(rows) == n == sum(per_group.values())
    assert {r["round"] for r in rows} == {"Najaar 2025"}
    assert {r["reverse"] for r in rows} == {"true", "false"}
    assert {r["value"] for r in rows} <= {"1", "2", "3", "4", "5"}


def _complete_rows(db, label, group, inst) -> int:
    """Answers of the respondents who answered every statement of a dimension (or a
    risk statement), summed over those answered so by at least min_breakdown."""
    privacy = repo.get_privacy(db, db.execute("SELECT id FROM partnerships").fetchone()[0])
    k = privacy.min_breakdown
    sql = "SELECT id FROM rounds WHERE label = ? AND main_round_id IS NULL"
    rid = db.execute(sql, [label]).fetchone()[0]
    if group is not None:
        rid = db.execute(
            "SELECT id FROM rounds WHERE main_round_id = ? AND respondent_group = ?", [rid, group]
        ).fetchone()[0]
    answers: dict[int, dict[str, int | None]] = {}
    for key, code, value in db.execute(
        "SELECT a.respondent_id, a.item_code, a.value FROM answers a JOIN respondents s "
        "ON s.id = a.respondent_id WHERE s.round_id = ?",
        [rid],
    ):
        answers.setdefault(key, {})[code] = value
    units = [[i.code for i in d.items] for d in inst.dimensions] + [[r.code] for r in inst.risks]
    total = 0
    for codes in units:
        complete = sum(1 for a in answers.values() if all(a.get(c) is not None for c in codes))
        if complete >= k:
            total += complete * len(codes)
    return total


def test_xlsx_has_answers_and_scores_and_no_formulas(demo, tmp_path):
    db, pid, _ = demo
    repo.add_organisation(db, pid, '=HYPERLINK("http://x")', "other")
    out = tmp_path / "a.xlsx"
    n = export_spreadsheet(db, pid, out, "xlsx")
    book = load_workbook(out)
    answers, scores = book["answers"], book["scores"]
    dimensions = len(default_instrument().dimensions)
    assert answers.max_row == n + 1 and scores.max_row == 5 * dimensions + 1
    assert [c.value for c in answers[1]] == COLUMNS
    for row in answers.iter_rows(min_row=2, values_only=True):
        for value in row:
            assert not (isinstance(value, str) and value.startswith(("=", "+", "-", "@")))


def test_backups_rotate_and_a_privacy_deletion_clears_older_ones(demo):
    db, _pid, path = demo
    for _ in range(4):
        bk.make_backup(db, path, "test", keep=3)
    folder = bk.backup_folder(path)
    assert len(bk.backups(folder)) == 3
    rid = db.execute("SELECT id FROM respondents LIMIT 1").fetchone()[0]
    bk.erase_respondent(db, path, rid)
    assert (
        db.execute("SELECT count(*) FROM answers WHERE respondent_id = ?", [rid]).fetchone()[0] == 0
    )
    newest = bk.make_backup(db, path, "after-erase", keep=3)
    assert bk.backups(folder) == [newest]
    old = sqlite3.connect(newest)
    assert old.execute("SELECT count(*) FROM respondents WHERE id = ?", [rid]).fetchone()[0] == 0


def test_restore_replaces_the_database_with_a_backup(demo, tmp_path):
    db, _pid, path = demo
    saved = bk.make_backup(db, path, "before")
    repo.create_partnership(db, "Later")
    db.close()
    bk.restore_backup(saved, path)
    assert [p["name"] for p in repo.list_partnerships(open_database(path))] == [DEMO_NAME]


def test_check_and_a_damaged_database_is_refused_untouched(demo, tmp_path, capsys):
    db, _pid, path = demo
    assert bk.check_database(db) == []
    assert main(["check", "--db", str(path)]) == 0
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 3 : page * 3 + 200] = b"\xff" * 200  # scribble over a b-tree page
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    # Since schema v3 opening no longer reads the whole file (issue 15: constant-time
    # open); the damage is found by `check`, before a backup, and at the open after an
    # interrupted write (a non-empty -wal).
    assert main(["check", "--db", str(path)]) != 0
    db = open_database(path)
    with pytest.raises(DatabaseError, match="damaged"):
        bk.make_backup(db, path, "manual")
    db.close()
    assert not bk.backups(bk.backup_folder(path))
    assert path.read_bytes() == before
    wal = path.with_name(path.name + "-wal")
    wal.write_bytes(b"\0" * 100)  # as an interrupted write leaves it
    with pytest.raises(DatabaseError, match="damaged"):
        open_database(path)
    assert path.read_bytes() == before


def test_cli_import_creates_a_new_database(demo, tmp_path, capsys):
    db, pid, path = demo
    rid = next(r for r in repo.list_rounds(db, pid) if r["status"] == "open")["id"]
    out = tmp_path / "r.ppsmonitor"
    from pps_monitor.exchange.package import export_round_package

    export_round_package(db, rid, out)
    fresh = tmp_path / "new" / "laptop.sqlite"
    assert main(["import", "--db", str(fresh), str(out)]) == 0
    assert "1 partnership" in capsys.readouterr().out
    assert [p["name"] for p in repo.list_partnerships(open_database(fresh))] == [DEMO_NAME]
    assert (
        main(
            [
                "export",
                "--db",
                str(path),
                "--partnership",
                DEMO_NAME,
                "--format",
                "csv",
                "--out",
                str(tmp_path / "x.csv"),
            ]
        )
        == 0
    )


def test_the_score_sheet_applies_the_partnerships_floor_and_bands(tmp_path):
    """Four respondents all answering 4: with the default floor (3) the sheet would show
    a mean of 4.00 (band strength); the partnership's min_round of 5 holds it back, and
    once a fifth answers, its strength threshold of 4.5 makes 4.00 'attention'."""
    from pps_monitor.domain.instrument import default_instrument
    from pps_monitor.exchange.spreadsheet import score_rows

    inst = default_instrument()
    db = open_database(tmp_path / "x.sqlite")
    pid = repo.create_partnership(db, "P")
    repo.set_privacy(db, pid, min_round=5, min_breakdown=5, band_strength=4.5)
    rid = repo.create_round(db, pid, "R1", "2025-03-01", inst)
    fours = repo.NewResponse({i.code: (2 if i.reverse else 4) for i in inst.items})
    repo.add_responses(db, rid, [fours] * 4)
    rows = score_rows(db, pid, "R1", "en")
    assert rows and all(r["mean"] is None and r["band"] is None for r in rows)
    repo.add_response(db, rid, fours)
    rows = score_rows(db, pid, "R1", "en")
    assert {(r["n"], r["mean"], r["band"]) for r in rows} == {(5, 4.0, "attention")}


def test_xlsx_carries_name_comments_actions_and_events_under_the_rules(tmp_path):
    """Issue 14: the partnership's own texts travel with its answers; a round below its
    minimum gives no comments in the anonymous export, only in the complete table."""
    db = open_database(tmp_path / "db.sqlite")
    pid = repo.create_partnership(db, "PPS =Zuid")
    inst = default_instrument()
    big = repo.create_round(db, pid, "R1", "2026-03-01", inst)
    small = repo.create_round(db, pid, "R2", "2026-09-01", inst)
    first = inst.dimensions[0].code
    answers = {i.code: 3 for i in inst.items}
    for n in range(5):
        repo.add_response(db, big, repo.NewResponse(answers, comments={first: f"=1+{n}"}))
    repo.add_response(db, small, repo.NewResponse(answers, comments={first: "alone"}))
    repo.add_event(db, pid, "2026-04-01", "Wethouder op bezoek")
    repo.add_action_point(
        db, pid, "Overleg plannen", dimension_code=first, owner="Anna", round_raised_id=big
    )

    def sheets(full):
        out = tmp_path / f"x-{full}.xlsx"
        export_spreadsheet(db, pid, out, "xlsx", full=full)
        book = load_workbook(out)
        return {
            name: [list(r) for r in book[name].iter_rows(values_only=True)]
            for name in book.sheetnames
        }

    anonymous = sheets(False)
    assert anonymous["partnership"][1][0] == "PPS =Zuid"
    comments = anonymous["comments"][1:]
    assert sorted(c[3] for c in comments) == [f"=1+{n}" for n in range(5)]  # text, no formula
    assert {c[0] for c in comments} == {"R1"}  # R2 has 1 respondent: below the minimum
    assert anonymous["action_points"][1][:3] == [first, "Overleg plannen", "Anna"]
    assert anonymous["action_points"][1][5] == "R1"
    assert anonymous["events"][1] == ["2026-04-01", "Wethouder op bezoek"]
    complete = sheets(True)
    assert "alone" in {c[3] for c in complete["comments"][1:]}
