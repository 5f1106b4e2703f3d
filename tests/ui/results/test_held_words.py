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
