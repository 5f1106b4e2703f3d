"""The bundled instruments (issue 17): both languages, plain words, stable codes."""

import json
import re

import pytest

from pps_monitor.domain.instrument import (
    BUNDLED,
    GROUP_DEFAULTS,
    RESPONDENT_GROUPS,
    bundled_instrument,
    group_default,
    instrument_from_snapshot,
    load_instrument,
)
from pps_monitor.resources import resource_path

IDS = sorted(BUNDLED)


def _texts(data, path=""):
    """Every {nl, en} text object in decoded instrument JSON, with where it is."""
    if isinstance(data, dict):
        if set(data) == {"nl", "en"} or ({"nl", "en"} <= set(data) and "value" in data):
            yield path, data
        for key, value in data.items():
            if key not in ("nl", "en"):
                yield from _texts(value, f"{path}.{key}")
    elif isinstance(data, list):
        for n, value in enumerate(data):
            yield from _texts(value, f"{path}[{n}]")


def _raw(instrument_id):
    path = resource_path("instruments", BUNDLED[instrument_id])
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("instrument_id", IDS)
def test_every_text_has_both_languages(instrument_id):
    texts = list(_texts(_raw(instrument_id)))
    assert len(texts) > 20
    for where, text in texts:
        assert text["nl"].strip() and text["en"].strip(), where
        assert text["nl"] != text["en"] or len(text["nl"]) < 4, where


def _sentences(text):
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def test_worker_texts_keep_to_short_sentences():
    data = _raw("workers-value")
    assert data["language_level"] == "B1"
    for where, text in _texts(data):
        if where.startswith(".sources"):
            continue  # the method appendix is for the coordinator, not the worker
        for lang in ("nl", "en"):
            for sentence in _sentences(text[lang]):
                words = len(sentence.split())
                assert words < 15, f"{where} ({lang}): {words} words: {sentence}"


def test_worker_items_say_one_thing_each():
    inst = bundled_instrument("workers-value")
    for item in inst.items:
        for lang in ("nl", "en"):
            assert len(_sentences(item.text(lang))) == 1, item.code
            assert item.text(lang).count(",") <= 1, item.code


@pytest.mark.parametrize("group", RESPONDENT_GROUPS)
def test_each_group_has_its_own_instrument(group):
    inst = group_default(group)
    assert inst.respondents == group
    assert inst.id == GROUP_DEFAULTS[group]
    assert instrument_from_snapshot(inst.snapshot) == inst
    for dim in inst.dimensions:
        assert len(dim.items) >= 3, dim.code
    assert inst.sources, "the method appendix needs the idea sources"


def test_workers_instrument_matches_the_brief():
    inst = group_default("workers")
    assert inst.faces and inst.answered_by == "person"
    assert [d.code for d in inst.dimensions] == [
        "W-INC", "W-RHY", "W-MEAN", "W-SOC", "W-HEALTH", "W-LEARN", "W-FIT", "W-GUIDE", "W-USE",
    ]  # fmt: skip
    assert [f.code for f in inst.facts] == ["W-HOURS", "W-MONTHS"]
    assert inst.dont_know.nl == "Weet ik niet"
    assert not inst.risks


def test_employers_instrument_is_an_organisations_answer():
    inst = group_default("employers")
    assert inst.answered_by == "organisation"
    assert [g.code for g in inst.groups] == ["E-STRATEGY", "E-ORGANISATION", "E-HRCYCLE"]
    assert [len(g.dimensions) for g in inst.groups] == [4, 3, 4]
    assert "namens uw organisatie" in inst.notice.nl
    assert "never those of one employer" in inst.notice.en


def test_codes_are_unique_across_all_bundled_instruments():
    seen: dict[str, str] = {}
    for instrument_id in IDS:
        inst = bundled_instrument(instrument_id)
        codes = (
            [g.code for g in inst.groups]
            + [d.code for d in inst.dimensions]
            + [i.code for i in inst.items]
            + [f.code for f in inst.facts]
        )
        assert len(codes) == len(set(codes)), instrument_id
        for code in codes:
            assert code not in seen, f"{code} in {instrument_id} and {seen.get(code)}"
            seen[code] = instrument_id


def test_partners_instrument_version_keeps_old_codes_and_their_meaning():
    old = load_instrument(resource_path("instruments", "archive", "pps-health-1.0.0.json"))
    new = bundled_instrument("pps-health")
    assert (old.version, new.version) == ("1.0.0", "1.1.0")
    for item in old.items:
        kept = new.item_by_code[item.code]
        assert (kept.text, kept.reverse, kept.dimension, kept.is_risk) == (
            item.text,
            item.reverse,
            item.dimension,
            item.is_risk,
        ), item.code
    for dim in old.dimensions:
        assert new.dimension_by_code[dim.code].name == dim.name
    added = set(new.item_by_code) - set(old.item_by_code)
    assert {"RF-DISPLACE", "RF-PRETRAJ", "RF-REFERRAL", "RF-OUTOFSIGHT"} <= added
    assert "PC-PHASE" in new.dimension_by_code and "PC-PHASE" not in old.dimension_by_code
    assert new.group_by_code["character"].dimensions[-1].code == "PC-PHASE"
