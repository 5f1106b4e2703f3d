import json

import pytest

from pps_monitor.domain.instrument import (
    default_instrument,
    instrument_from_snapshot,
    load_instrument,
    parse_instrument,
)
from pps_monitor.errors import InstrumentError
from pps_monitor.resources import resource_path


def test_default_instrument_covers_the_framework():
    inst = default_instrument()
    assert inst.id == "pps-health"
    assert [g.code for g in inst.groups] == ["contract", "relational", "environment", "character"]
    assert {d.code for d in inst.group_by_code["contract"].dimensions} == {
        "CC-AGR",
        "CC-GOAL",
        "CC-MON",
        "CC-RES",
    }
    assert len(inst.group_by_code["relational"].dimensions) == 5
    assert len(inst.group_by_code["environment"].dimensions) == 2
    assert len(inst.group_by_code["character"].dimensions) == 5  # 1.1.0: PC-PHASE
    assert len(inst.risks) == 16  # 1.1.0: four risks from the pilots' lessons
    for dim in inst.dimensions:
        assert len(dim.items) >= 3, dim.code
    assert any(i.reverse for i in inst.items)
    assert not any(r.reverse for r in inst.risks)
    for item in inst.items:
        assert item.text.nl.strip() and item.text.en.strip()
    assert inst.scale_labels[1].nl == "Helemaal mee oneens"
    assert inst.dont_know.en.startswith("Don't know")


def test_snapshot_round_trip():
    inst = default_instrument()
    assert instrument_from_snapshot(inst.snapshot) == inst


def _data():
    return json.loads(resource_path("instruments", "pps-health.json").read_text(encoding="utf-8"))


def _write(tmp_path, data, name="custom.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_custom_instrument_loads(tmp_path):
    data = _data()
    data["id"], data["version"] = "my-pps", "2.1"
    data["groups"] = data["groups"][:1]
    inst = load_instrument(_write(tmp_path, data))
    assert (inst.id, inst.version, len(inst.dimensions)) == ("my-pps", "2.1", 4)


def test_missing_field_names_file_and_field(tmp_path):
    data = _data()
    del data["groups"][1]["dimensions"][2]["items"][0]["text"]["en"]
    with pytest.raises(InstrumentError) as err:
        load_instrument(_write(tmp_path, data))
    msg = str(err.value)
    assert "custom.json" in msg
    assert "groups[1].dimensions[2].items[0].text" in msg
    assert "'en' is a required property" in msg


def test_wrong_type_is_reported(tmp_path):
    data = _data()
    data["groups"][0]["dimensions"][0]["items"][0]["reverse"] = "yes"
    with pytest.raises(InstrumentError, match=r"items\[0\]\.reverse"):
        load_instrument(_write(tmp_path, data))


def test_duplicate_codes_are_refused(tmp_path):
    data = _data()
    data["groups"][0]["dimensions"][1]["items"][0]["code"] = "CC-AGR-1"
    with pytest.raises(InstrumentError, match="'CC-AGR-1' is used twice"):
        load_instrument(_write(tmp_path, data))


def test_broken_json_gives_line_and_column(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"id": "x",\n  "version": }', encoding="utf-8")
    with pytest.raises(InstrumentError, match=r"broken.json: not valid JSON at line 2, column"):
        load_instrument(path)


def test_not_utf8_and_missing_file(tmp_path):
    path = tmp_path / "latin.json"
    path.write_bytes('{"name": "coördinatie"}'.encode("latin-1"))
    with pytest.raises(InstrumentError, match="not UTF-8"):
        load_instrument(path)
    with pytest.raises(InstrumentError, match="file not found"):
        load_instrument(tmp_path / "nope.json")


def test_risk_items_cannot_be_reversed():
    data = _data()
    data["risks"]["items"][0]["reverse"] = True
    with pytest.raises(InstrumentError, match=r"risks\.items\[0\]\.reverse"):
        parse_instrument(data, "x.json")
