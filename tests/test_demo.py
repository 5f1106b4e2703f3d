from pps_monitor.analysis import partnership_results
from pps_monitor.demo import add_demo
from pps_monitor.storage import repository as repo


def test_demo_partnership_is_complete_and_tells_a_story(db):
    pid = add_demo(db)
    orgs = repo.list_organisations(db, pid)
    assert len(orgs) >= 4 and len({o["sector"] for o in orgs}) >= 3
    results = partnership_results(db, pid)
    assert len(results) == 5
    assert all(6 <= r.scores.respondents <= 15 for r in results)
    assert repo.list_action_points(db, pid) and repo.list_events(db, pid)
    assert any(repo.round_comments(db, r.round["id"]) for r in results)

    def mean(result, code):
        return result.scores.dimension(code).mean

    first, last = results[0], results[-1]
    assert mean(last, "RC-TRUST") > mean(first, "RC-TRUST") + 0.5
    assert mean(last, "CC-RES") < mean(first, "CC-RES") - 0.5
    risk = {r.code: r.mean for r in last.scores.risks}
    assert risk["RF-RESOURCES"] == max(risk.values())
