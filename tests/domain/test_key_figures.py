"""Key figures: their definitions, checks and what an audience may see."""

import pytest

from pps_monitor.domain.key_figures import (
    KEY_FIGURES,
    Problem,
    check_key_figures,
    parse_value,
    rate,
    shown_value,
)


def test_every_figure_has_both_languages():
    for f in KEY_FIGURES:
        assert f.name.nl and f.name.en and f.definition.nl and f.definition.en
    assert len({f.code for f in KEY_FIGURES}) == len(KEY_FIGURES)


def test_checks_name_each_problem():
    assert check_key_figures({"jobs_created": 4, "jobs_filled": 4}) == []
    assert check_key_figures({"jobs_created": 3, "jobs_filled": 4}) == [
        Problem("jobs_filled", "exceeds", "jobs_created")
    ]
    assert check_key_figures({"workers_started": 5, "workers_left": 6, "employed_12m": 6}) == [
        Problem("workers_left", "exceeds", "workers_started"),
        Problem("employed_12m", "exceeds", "workers_started"),
    ]
    assert check_key_figures({"workers_left": -1}) == [Problem("workers_left", "negative")]
    assert check_key_figures({"workers_left": 1.5}) == [Problem("workers_left", "whole")]
    assert check_key_figures({"revenue": 1.5}) == []
    assert check_key_figures({"nonsense": 1}) == [Problem("nonsense", "unknown")]
    assert check_key_figures({"revenue": float("nan")}) == [Problem("revenue", "not_a_number")]
    text = Problem("jobs_filled", "exceeds", "jobs_created").text("nl")
    assert text == "Banen vervuld kan niet groter zijn dan banen gecreëerd"


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("1.234,5", "nl", 1234.5),
        ("1,234.5", "en", 1234.5),
        ("2,5", "en", 2.5),
        ("1,250", "en", 1250.0),
        ("1.250", "nl", 1250.0),
        ("€ 12 000", "nl", 12000.0),
        ("", "nl", None),
    ],
)
def test_typed_values(text, lang, value):
    assert parse_value(text, lang) == value


def test_nonsense_is_refused():
    with pytest.raises(ValueError):
        parse_value("twaalf", "nl")


def test_outcomes_and_rates_need_enough_starters():
    values = {"workers_started": 2, "employed_12m": 1, "jobs_created": 1}
    assert shown_value(values, "employed_12m", 3) is None
    assert shown_value(values, "jobs_created", 3) == 1
    assert rate(values, "employed_12m", "workers_started", 3) is None
    values = {"workers_started": 8, "employed_12m": 6}
    assert shown_value(values, "employed_12m", 3) == 6
    assert rate(values, "employed_12m", "workers_started", 3) == 0.75
