"""rWG(J), its wording and Cronbach's alpha of a dimension, each behind its own floor.

One rule for both scorings: the reference (``scoring``) and the NumPy one (``fast``)
differ only in how they compute the two figures (``rwg_and_alpha``).
"""

from __future__ import annotations

from collections.abc import Callable

from pps_monitor.domain import agreement as agr
from pps_monitor.domain.model import (
    ALPHA_NEGATIVE,
    ALPHA_TOO_FEW,
    MIN_COMPLETE_FOR_ALPHA,
    ScoringSettings,
)


def agreement_fields(
    n_c: int,
    j: int,
    rwg_and_alpha: Callable[[], tuple[float | None, float | None]],
    settings: ScoringSettings,
) -> dict:
    """rWG(J) and its wording, alpha and its note, each behind its own floor, from ``n_c``
    complete respondents of a dimension of ``j`` items (``rwg_and_alpha`` is called only
    when a figure may be shown; the NumPy scoring passes its own)."""
    out: dict = {"rwg_j": None, "agreement_threshold": None, "disagreement": None}
    rwg = alpha = None
    if n_c >= settings.min_breakdown:  # which is never below MIN_COMPLETE_FOR_RELIABILITY
        rwg, alpha = rwg_and_alpha()
        threshold = agr.agreement_threshold(n_c, j, cutoff=settings.rwg_cutoff)
        out.update(
            rwg_j=rwg,
            agreement_threshold=threshold,
            disagreement=(rwg < threshold) if rwg is not None else None,
            agreement=agr.agreement_level(rwg),
            beyond_chance=agr.beyond_chance(rwg, n_c, j),
        )
    if n_c >= max(MIN_COMPLETE_FOR_ALPHA, settings.min_breakdown):
        out["alpha_note"] = ALPHA_NEGATIVE if alpha is not None and alpha < 0 else None
    else:
        alpha = None
        out["alpha_note"] = ALPHA_TOO_FEW
    out["alpha"] = alpha
    return out
