from types import SimpleNamespace

from pps_monitor import results as R
from pps_monitor.domain.scoring import Balance


def fake(balances):
    return [SimpleNamespace(scores=SimpleNamespace(balance=b)) for b in balances]


def b(diff, low, high):
    return Balance(10, 3.0, 3.0 + diff, diff, low, high)


def test_drift_warnings():
    assert R.drift_warning(fake([b(0.2, -0.1, 0.5)])) is None
    assert R.drift_warning(fake([b(0.1, -0.2, 0.4), b(-0.7, -1.0, -0.4)])) == "contractual"
    # clearly below zero but not by half a point: no warning yet
    assert R.drift_warning(fake([b(-0.3, -0.5, -0.1)])) is None
    # fell by 0.6 from its best round to below zero, interval still touching zero
    assert (
        R.drift_warning(fake([b(0.4, 0.1, 0.7), b(0.1, -0.2, 0.4), b(-0.2, -0.6, 0.2)]))
        == "declining"
    )
