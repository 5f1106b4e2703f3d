"""The CLI's scores table follows --lang; its JSON and the English table stay as they were."""

from pps_monitor.cli import format_scores_table

DATA = {
    "partnership": "Hub",
    "round": "Voorjaar 2026",
    "respondents": 1,
    "suppressed": None,
    "dimensions": [
        {
            "code": "RC-TRUST",
            "name": "Trust and commitment",
            "group": "relational",
            "n": 14,
            "mean": 3.5714,
            "sd": 0.7,
            "alpha": None,
            "rwg_j": 0.87,
            "band": "attention",
            "change": {
                "comparable": True,
                "testable": True,
                "diff": -0.001,
                "ci_low": -0.63,
                "ci_high": 0.78,
                "significant": True,
            },
        }
    ],
    "risks": [{"code": "RF-X", "name": "Too little money", "n": 12, "mean": 2.5, "high_pct": 8.3}],
}


def test_english_table_is_unchanged():
    lines = format_scores_table(DATA).splitlines()
    assert lines[0] == "Hub - Voorjaar 2026 (1 respondent)"
    assert lines[2] == (
        "dimension                                      n  mean    sd  alpha rWG(J)  "
        "band      change"
    )
    assert lines[4] == (
        "RC-TRUST Trust and commitment                 14  3.57  0.70      -   0.87  attention "
        "+0.00 [-0.63, +0.78] *"
    )
    assert lines[6].split() == ["risk", "n", "mean", "%", "4-5"]
    assert lines[8] == (
        "RF-X Too little money                                         12  2.50      8"
    )
    assert lines[-1] == (
        "* significant change: flagged after Benjamini-Hochberg correction (q = 0.05); "
        "intervals are unadjusted 95% Welch intervals"
    )
    assert format_scores_table(DATA, "en") == format_scores_table(DATA)


def test_dutch_table_has_dutch_headings_bands_and_decimal_commas():
    text = format_scores_table({**DATA, "respondents": 14}, "nl")
    lines = text.splitlines()
    assert lines[0] == "Hub - Voorjaar 2026 (14 respondenten)"
    assert lines[2].split() == [
        "dimensie", "n", "gem.", "sd", "alpha", "rWG(J)", "oordeel", "verandering",
    ]  # fmt: skip
    assert "3,57  0,70" in lines[4]
    assert "aandachtspunt +0,00 [-0,63; +0,78] *" in lines[4]
    assert lines[6].split()[:3] == ["risico", "n", "gem."]
    assert "2,50" in lines[8]
    assert lines[-1].startswith("* significante verandering")
    for english in ("attention", "mean", "respondents", "change"):
        assert english not in text


def test_no_test_and_too_few_answers_are_said_in_dutch():
    untestable = {
        **DATA["dimensions"][0],
        "change": {**DATA["dimensions"][0]["change"], "testable": False, "diff": None},
    }
    text = format_scores_table({**DATA, "dimensions": [untestable]}, "nl")
    assert "geen toets mogelijk" in text
    few = {
        **DATA,
        "respondents": 2,
        "suppressed": "too_few_respondents",
        "min_round": 3,
        "needed": 1,
    }
    assert format_scores_table(few, "nl").splitlines()[2] == (
        "n = 2: te weinig antwoorden om uitkomsten te tonen (minimaal 3; nog 1 nodig)"
    )
    assert "too few answers to show results (minimum 3; 1 more needed)" in format_scores_table(few)
