"""A figure held back because its round was shown by the old method before the upgrade
(issue 11, F1; storage m010) says so in the app, as the report does."""

from types import SimpleNamespace

import pytest

from pps_monitor.domain.release_sets import METHOD_CHANGED, SPREAD_HELD
from pps_monitor.ui.i18n import install_language
from pps_monitor.ui.results import words as W


def dim(held):
    return SimpleNamespace(n=0, incomplete=0, waiting=0, held=held)


def test_no_reason_without_a_hold(qapp):
    assert W.n_tip(dim(None), 13, 3) is None


@pytest.mark.parametrize(
    ("lang", "held", "words"),
    [
        ("en", METHOD_CHANGED, "at least 3 new answers"),
        ("en", SPREAD_HELD, "The spread and the groups are held back"),
        ("nl", METHOD_CHANGED, "minstens 3 nieuwe antwoorden"),
        ("nl", SPREAD_HELD, "De spreiding en de groepen worden achtergehouden"),
    ],
)
def test_a_held_figure_says_why(qapp, lang, held, words):
    install_language(lang)
    try:
        tip = W.n_tip(dim(held), 13, 3)
    finally:
        install_language("en")
    assert tip is not None and words in tip
    assert ("old method" if lang == "en" else "oude methode") in tip


def test_the_upgraded_fixture_says_held_back_not_waiting(qapp, tmp_path):
    """On the real upgraded round the held dimension's tip speaks of the hold only: its
    12 complete answers are not "newer answers waiting for a batch" (they were, before
    ``FigureSet.waiting`` left a held figure out)."""
    from pps_monitor.services.report_data import load_report_data
    from tests.storage.test_old_method import FIRST, upgraded

    db, pid, _ = upgraded(tmp_path)
    scores = load_report_data(db, pid, "R1").result.scores
    db.close()
    held = scores.dimension(FIRST.code)
    assert (held.n, held.held_n, held.waiting) == (0, 12, 0)
    tip = W.n_tip(held, scores.respondents, 3)
    assert tip is not None and "newer" not in tip and "n is the number of complete" in tip
    assert tip.startswith("n = 12 of 13: 1 answered")


@pytest.mark.parametrize("held", [METHOD_CHANGED, SPREAD_HELD])
def test_agreement_of_a_held_figure_says_held_not_too_few(qapp, held):
    d = SimpleNamespace(n=0, incomplete=0, waiting=0, held=held, agreement=None, split=None)
    assert W.agreement_text(d) == "held back (see n)"
    assert "old method" in W.agreement_tip(d, 5, 3)
