"""Student's t and Welch's test of ``domain.fast.student`` against ``stats``, bit for bit.

The fast copies take the same floating-point operations in the same order (and reuse a
CDF value only at the very same point), so every result must be identical, not close.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pps_monitor.domain import stats
from pps_monitor.domain.fast import student


def outcome(f, args):  # type: ignore[no-untyped-def]
    """The result, or the kind of error (both raise alike on degenerate variances)."""
    try:
        return f(*args)
    except ArithmeticError as exc:
        return type(exc)


dfs = st.one_of(
    st.floats(0.2, 10.0), st.floats(2.0, 400.0), st.floats(400.0, 1e5), st.integers(1, 60)
)


@settings(max_examples=400, deadline=None)
@given(t=st.floats(-60.0, 60.0), df=dfs)
def test_t_cdf_is_the_references(t, df):
    assert student.t_cdf(t, df) == stats.t_cdf(t, df)


@settings(max_examples=400, deadline=None)
@given(p=st.floats(1e-6, 1 - 1e-6), df=dfs)
def test_t_ppf_is_the_references(p, df):
    assert student.t_ppf(p, df) == stats.t_ppf(p, df)


@settings(max_examples=300, deadline=None)
@given(
    diff=st.floats(-4.0, 4.0),
    v1=st.floats(0.0, 2.0),
    v2=st.floats(0.0, 2.0),
    n1=st.integers(2, 20000),
    n2=st.integers(2, 20000),
    level=st.sampled_from([0.9, 0.95, 0.99]),
)
def test_welch_from_is_the_references(diff, v1, v2, n1, n2, level):
    args = (diff, v1, v2, n1, n2, level)
    assert outcome(student.welch_from, args) == outcome(stats.welch_from, args)


def test_the_usual_critical_values():
    for df in (3.7, 17.25, 98.6, 1234.5):
        assert student.t_ppf(0.975, df) == stats.t_ppf(0.975, df)


def test_the_quantile_evaluates_no_point_twice(monkeypatch):
    """A start whose CDF lies below p makes the bracket search double past it; the
    Newton step then starts from the value found there, not from a second evaluation
    (one of the four CDF evaluations of a typical Welch test, issue 15)."""
    points: list[float] = []
    cdf = student.t_cdf

    def counted(t: float, df: float) -> float:
        points.append(t)
        return cdf(t, df)

    for df in (17.25, 98.6, 198.0, 1234.5):
        points.clear()
        monkeypatch.setattr(student, "t_cdf", counted)
        value = student.t_ppf(0.975, df)
        monkeypatch.setattr(student, "t_cdf", cdf)
        assert value == stats.t_ppf(0.975, df)
        assert len(points) == len(set(points)), (df, points)
