"""The balance sheet takes the employers' and workers' scores when a round ran their
instruments (``analysis.group_results``, which comes with instruments per group)."""

from decimal import Decimal
from types import SimpleNamespace

from pps_monitor import analysis
from pps_monitor.demo import add_demo
from pps_monitor.domain.instrument import Text
from pps_monitor.services import balance, privacy
from pps_monitor.storage.database import open_memory_database


def _fake(round_row, group, dims, respondents, minimum):
    scores = SimpleNamespace(
        respondents=respondents,
        min_round=minimum,
        suppressed=None,
        dimensions=[SimpleNamespace(code=c, mean=m, n=n) for c, m, n in dims],
        risks=[],
    )
    inst = SimpleNamespace(
        dimensions=[SimpleNamespace(code=c, name=Text(c + " nl", c + " en")) for c, _, _ in dims]
    )
    return SimpleNamespace(
        round=round_row, instrument=inst, scores=scores, label=round_row["label"]
    )


def test_other_groups_join_the_sheet_with_their_own_minimum(monkeypatch):
    db = open_memory_database()
    pid = add_demo(db)
    settings = privacy.scoring_settings(db, pid)
    results = analysis.partnership_results(db, pid, settings)
    last = results[-1].round

    def group_results(_db, _pid, group, _settings):
        if group == "workers":
            return [
                _fake(
                    last, "workers", [("W-INC", 4.0, 6), ("W-RHY", 3.0, 6), ("W-USE", 2.0, 6)], 6, 3
                )
            ]
        # employers: pooled over at least the breakdown minimum (5); 4 employers is too few
        return [_fake(last, "employers", [("E-EARN", 1.0, 4)], 4, 5)]

    monkeypatch.setattr(analysis, "group_results", group_results, raising=False)
    groups = balance.group_scores(db, pid, settings)
    assert groups[1] == {"workers": 3, "employers": 5}
    sheet = balance.balance_sheet(
        results, len(results) - 1, {}, balance.get_rule(db, pid), 3, groups
    )
    rows = {r.spec.key: r for r in sheet.rows}
    # workers: W-INC 4.0 and W-RHY 3.0 (W-USE belongs to society, not here), with the
    # partners' risk of losing sight of the worker where the instrument asks it
    workers = rows["workers"]
    values = [u.value for u in workers.counted]
    assert {"W-INC", "W-RHY"} <= {u.code for u in workers.counted}
    assert "W-USE" not in {u.code for u in workers.used}
    assert workers.score == Decimal(str(round(sum(values) / len(values) + 1e-12, 2)))
    if len(values) == 2:
        assert workers.score == Decimal("3.50") and workers.status == "good"
    assert {u.code for u in rows["society"].counted} == {"EN-MKT", "W-USE"}
    earning = rows["earning_model"]
    assert [u.value for u in earning.used if u.code == "E-EARN"] == [None]  # 4 < 5
    assert sheet.name(results[-1], "workers", "W-INC", "en") == "W-INC en"


def test_without_group_results_nothing_is_added(monkeypatch):
    monkeypatch.delattr(analysis, "group_results", raising=False)
    db = open_memory_database()
    pid = add_demo(db)
    assert balance.group_scores(db, pid, privacy.scoring_settings(db, pid)) == ({}, {}, {})
