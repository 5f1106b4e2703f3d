from pps_monitor.domain.instrument import group_default
from pps_monitor.domain.own_result import own_result


def test_an_employers_own_result_by_hand():
    inst = group_default("employers")
    first, second = inst.dimensions[0], inst.dimensions[1]
    answers = {item.code: None for item in inst.items}
    a, b, c = first.items[:3]
    answers[a.code], answers[b.code], answers[c.code] = 5, 2, None
    expected = (a.scored(5) + b.scored(2)) / 2  # reverse-worded items count as 6 - x
    scores = own_result(inst, answers)
    assert [s.dimension.code for s in scores] == [d.code for d in inst.dimensions]
    assert scores[0].mean == expected and (scores[0].answered, scores[0].statements) == (
        2,
        len(first.items),
    )
    assert scores[1].dimension is second and scores[1].mean is None and scores[1].answered == 0


def test_reverse_items_are_scored_reversed():
    inst = group_default("employers")
    reverse = [i for d in inst.dimensions for i in d.items if i.reverse]
    if not reverse:  # the bundled questionnaire may have none: check the rule on a plain one
        reverse = [i for d in group_default("partners").dimensions for i in d.items if i.reverse]
        inst = group_default("partners")
    item = reverse[0]
    dim = next(d for d in inst.dimensions if item in d.items)
    answers = {i.code: None for i in inst.items}
    answers[item.code] = 1
    (score,) = [s for s in own_result(inst, answers) if s.dimension is dim]
    assert score.mean == 5
