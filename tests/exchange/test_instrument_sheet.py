"""The instrument editor by spreadsheet: template out, edits in, every bad cell named."""

import pytest
from openpyxl import load_workbook

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.errors import InputError
from pps_monitor.exchange.instrument_import import read_template, template_id
from pps_monitor.exchange.instrument_sheet import write_template
from pps_monitor.services import instruments


def next_minor(version):
    major, minor, *_ = version.split(".")
    return f"{major}.{int(minor) + 1}.0"


@pytest.fixture
def template(tmp_path):
    return write_template(default_instrument(), tmp_path / "t.xlsx")


def edit(path, change):
    book = load_workbook(path)
    change(book)
    book.save(path)
    return path


def test_unchanged_round_trip_is_the_same_instrument(template):
    inst = default_instrument()
    back, notes = read_template(template, inst)
    assert (back.id, back.version) == (inst.id, inst.version) and notes == []
    assert [i.code for i in back.items] == [i.code for i in inst.items]
    assert [i.reverse for i in back.items] == [i.reverse for i in inst.items]
    assert back.items[0].text == inst.items[0].text
    assert template_id(template) == inst.id


def test_a_new_statement_gets_a_new_code_and_a_new_version(template):
    inst = default_instrument()
    edit(template, lambda b: b["items"].append(["RC-TRUST", "", "ja", "Nieuw", "New"]))
    back, notes = read_template(template, inst)
    assert back.version == next_minor(inst.version)
    codes = [i.code for i in back.dimension_by_code["RC-TRUST"].items]
    assert codes[:-1] == [i.code for i in inst.dimension_by_code["RC-TRUST"].items]
    assert codes[-1] == "RC-TRUST-5" and back.item_by_code["RC-TRUST-5"].reverse
    assert any("RC-TRUST-5" in n for n in notes)


def test_every_bad_cell_is_named(template):
    def break_it(book):
        book["items"]["C3"] = "misschien"
        book["items"]["E4"] = None
        book["items"]["B5"] = "CC-AGR-1"
        book["scale"]["B3"] = None
        book["instrument"]["B3"] = "twee"

    edit(template, break_it)
    with pytest.raises(InputError) as err:
        read_template(template, default_instrument())
    text = str(err.value)
    for cell in ("items!C3", "items!E4", "items!B5", "scale!B3", "instrument!B"):
        assert cell in text
    assert "Nothing was imported" in text


def test_a_code_may_not_move_to_another_dimension(template):
    def move(book):
        sheet = book["items"]
        sheet["A2"] = "CC-GOAL"  # CC-AGR-1 now under CC-GOAL

    edit(template, move)
    with pytest.raises(InputError, match="belongs to dimension CC-AGR"):
        read_template(template, default_instrument())


def test_not_an_excel_file(tmp_path):
    bad = tmp_path / "x.xlsx"
    bad.write_text("nee")
    with pytest.raises(InputError, match="not an Excel file"):
        read_template(bad)


def test_import_keeps_the_new_version_and_offers_it(template, tmp_path):
    edit(template, lambda b: b["items"].append(["EN-POL", "", "nee", "Nieuw", "New"]))
    _inst, _notes, path = instruments.import_template(template, folder=tmp_path / "kept")
    assert path.name == f"pps-health-{next_minor(default_instrument().version)}.json"
    assert path.is_file()
    with pytest.raises(InputError, match="already exists"):
        edit(template, lambda b: b["items"].append(["EN-POL", "", "nee", "Nog een", "More"]))
        other, _ = read_template(template, default_instrument())
        instruments.save(other, tmp_path / "kept")


def test_fields_the_template_does_not_cover_are_carried_over(template):
    import json
    from dataclasses import replace

    from pps_monitor.exchange.instrument_import import _carry_over

    inst = default_instrument()
    source = json.loads(inst.snapshot)
    source["respondents"] = "workers"
    source["scale"]["faces"] = True
    base = replace(inst, snapshot=json.dumps(source))
    data = {"id": inst.id, "scale": {"labels": []}}
    _carry_over(data, base)
    assert data["respondents"] == "workers" and data["scale"]["faces"] is True


def test_known_lists_bundled_and_imported(template, tmp_path, monkeypatch):
    monkeypatch.setattr(instruments, "instruments_folder", lambda: tmp_path / "kept")
    before = {(i.id, i.version) for i in instruments.known()}
    assert ("pps-health", default_instrument().version) in before
    edit(template, lambda b: b["items"].append(["EN-POL", "", "nee", "Nieuw", "New"]))
    inst, _notes, _path = instruments.import_template(template, folder=tmp_path / "kept")
    known = instruments.known()
    assert (inst.id, inst.version) in {(i.id, i.version) for i in known}
    assert instruments.base_for(inst.id, known).version == inst.version  # the newest
