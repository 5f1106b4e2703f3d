"""With no true change, at most 10% of rounds may flag any change (issue 11, 6e).

A short run of ``benchmarks/null_simulation.py`` (the full figures: 2000 simulations).
"""

from benchmarks.null_simulation import NullResult, run


def test_corrected_false_alarms_stay_at_or_below_ten_percent():
    result = run(200)
    share, se = NullResult.share(result.corrected, result.simulations)
    assert result.simulations == 200
    assert share <= 0.10, f"{share:.1%} (SE {se:.1%}) of null rounds flag a change"
    # the correction is what does it: uncorrected, most rounds show a change
    assert result.uncorrected > 4 * result.corrected
