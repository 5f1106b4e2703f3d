"""Bands on the mean as shown: exact, rounded half-up to 2 decimals (issue 11, 6a)."""

from decimal import Decimal
from fractions import Fraction

import pytest

from pps_monitor.domain.bands import exact_mean, round_half_up, shown_mean
from pps_monitor.domain.scoring import ScoringSettings, score_round
from tests.domain.test_scoring import r, tiny_instrument

BANDS = ScoringSettings()  # strength >= 4.00, attention >= 3.00


@pytest.mark.parametrize(
    ("values", "shown", "band"),
    [
        ([2.99, 3.00], "3.00", "attention"),  # exact 2.995 rounds half-up to 3.00
        ([2.98, 3.00], "2.99", "concern"),  # 2.99
        ([2.989, 3.00], "2.99", "concern"),  # 2.9945 -> 2.99
        ([3.00], "3.00", "attention"),
        ([3.99, 4.00], "4.00", "strength"),  # 3.995 -> 4.00
        ([3.98, 4.00], "3.99", "attention"),  # 3.99
        ([4.00], "4.00", "strength"),
        ([1.0, 1.01], "1.01", "concern"),  # 1.005 -> 1.01 (float round() gives 1.0)
    ],
)
def test_band_boundaries_by_hand(values, shown, band):
    assert shown_mean(values) == Decimal(shown)
    assert BANDS.band(shown_mean(values)) == band


def test_exact_mean_recovers_thirds():
    # 1 + 3 * 11/3 = 12, / 4 = 3 exactly; the float sum gives 2.9999999999999996
    values = [1.0, 11 / 3, 11 / 3, 11 / 3]
    assert sum(values) / 4 < 3
    assert exact_mean(values) == 3
    assert round_half_up(Fraction(-2995, 1000)) == Decimal("-3.00")  # half away from zero
    assert round_half_up(Fraction(2994999, 1000000)) == Decimal("2.99")
    assert shown_mean([]) is None


def test_a_mean_of_exactly_three_is_attention_whatever_the_float_order():
    # D1 scores: (1 + 1 + (6 - 5)) / 3 = 1, and (5 + 4 + (6 - 4)) / 3 = 11/3 three times
    rows = [r("a", 1, 1, 5, 3, 3, 3)] + [r(f"b{k}", 5, 4, 4, 3, 3, 3) for k in range(3)]
    d1 = score_round(tiny_instrument(), rows).dimension("D1")
    assert d1.mean < 3  # the float mean, as before
    assert d1.shown_mean == Decimal("3.00")
    assert d1.band == "attention"


def test_band_of_a_plain_float_is_rounded_as_shown():
    assert BANDS.band(2.995) == "attention"  # repr 2.995 -> 3.00
    assert BANDS.band(3.9949) == "attention"
    assert BANDS.band(None) is None
    custom = ScoringSettings(strength=4.5, attention=3.9)
    assert (custom.band(4.495), custom.band(3.894), custom.band(3.895)) == (
        "strength",
        "concern",
        "attention",
    )


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Fraction(3), "3.00"),
        (Fraction(0), "0.00"),  # never "-0.00"
        (Fraction(1, 200), "0.01"),  # 0.005 half-up
        (Fraction(-1, 200), "-0.01"),  # half away from zero
        (Fraction(2, 3), "0.67"),
        (Fraction(1, 3), "0.33"),
    ],
)
def test_round_half_up_as_text(value, text):
    assert str(round_half_up(value)) == text
