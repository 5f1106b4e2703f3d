"""Who an anonymous responses file holds, and which labels it gives (issue 11).

The other laptop walks the file's respondents through their release batches by the
same rules as this one (``domain.release_sets``): each figure's mean tier moves by
``min_round``, its spread tier (SD, median, distributions, breakdown cells) only when
every sector x role cell of each move gains ``min_breakdown``. It sees the labels the
file gives, not the ones stored here, so the file is chosen such that its walk there
gives the figures shown here:

1. everyone released, with sector and role (if those may be given) for the
   respondents in the breakdowns, none for a late group in the round's figures only;
2. everyone released, without labels;
3. the respondents in the breakdowns only, with their labels (a late group that
   joined only the round's figures stays here until it joins the breakdowns);
4. everyone released up to a release batch, the latest first, without labels;

the first whose walk there, with the labels as given, puts the same respondents in
every figure's mean and spread tier, holds back the same figures (old method, m010),
and (with labels) gives every spread-tier member the label it has here, so that the
breakdown cells are the same groups. Without labels the other laptop shows no cells
but the whole spread tier as "unknown", a set this laptop showed as a whole before.
Candidates 1 and 2 give the figures shown now; 3 and 4 those shown at an earlier
release (the walk is sequential; ``compact`` merges no batches a figure tells apart).
If none fits (a round of the old method whose spread figures are held per cell), no
anonymous file can be written. A late group kept out of the spread figures and cells
here travels once it joins the breakdowns, or in the complete file.

Labels are given for every respondent in the breakdowns or for none: only when every
sector, role and sector x role group of them holds at least ``min_breakdown``, within
each release batch and over the round (``long_format.suppress_labels``). Blanking only
the small groups' labels (as before) made the other laptop's cells other groups than
the ones shown here (a cell of 11 here and of 7 there gave four people's mean).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import numpy as np

from pps_monitor.domain.fast.matrix import ABSENT, DONT_KNOW, AnswerMatrix
from pps_monitor.domain.fast.sets import figure_sets
from pps_monitor.domain.scoring import DEFAULT_SETTINGS
from pps_monitor.exchange.long_format import suppress_labels
from pps_monitor.storage.release import IN_BREAKDOWNS, shown_before
from pps_monitor.storage.rounds import get_round, round_instrument

if TYPE_CHECKING:
    from sqlite_utils import Database

    from pps_monitor.domain.instrument import Instrument
    from pps_monitor.domain.model import ScoringSettings
    from pps_monitor.domain.release_sets import FigureSet
    from pps_monitor.storage.partnerships import Privacy

Label = tuple[str | None, str | None]


def anonymous(
    db: Database, round_id: str, released: list[dict[str, Any]], privacy: Privacy, k: int
) -> list[dict[str, Any]] | None:
    """The respondents the file holds (the rows of ``released``, their labels set in
    place), or None when no choice shows the same figures on the other laptop.
    ``privacy``: the round's minimums (its figures'); ``k``: the labels' minimum."""
    settings = replace(
        DEFAULT_SETTINGS, min_round=privacy.min_round, min_breakdown=privacy.min_breakdown
    )
    instrument = round_instrument(get_round(db, round_id))
    walk = _Walk(db, round_id, released, settings, instrument)
    breakdowns = [j for j, p in enumerate(released) if p["released"] == IN_BREAKDOWNS]
    labelled = _labels_may_be_given(released, breakdowns, k)
    everyone = list(range(len(released)))
    batches = sorted({p["generation"] or 0 for p in released}, reverse=True)
    candidates = [
        (everyone, labelled),
        (everyone, False),
        (breakdowns, labelled),
        *(([j for j in everyone if (released[j]["generation"] or 0) <= g], False) for g in batches),
    ]
    for chosen, with_labels in candidates:
        if with_labels is None:
            continue
        given = [
            (released[j]["sector"], released[j]["role"])
            if with_labels and j in breakdowns
            else (None, None)
            for j in chosen
        ]
        if chosen and walk.same(chosen, given, with_labels):
            people = [released[j] for j in chosen]
            for person, (sector, role) in zip(people, given, strict=True):
                person["sector"], person["role"] = sector, role
            return people
    return None


def _labels_may_be_given(
    released: list[dict[str, Any]], breakdowns: list[int], k: int
) -> bool | None:
    """True when every label group of the respondents in the breakdowns holds ``k``
    (within each batch and over the round); None when some does not."""
    people = [{**released[j]} for j in breakdowns]
    given = [(p["sector"], p["role"]) for p in people]
    for batch in sorted({p["generation"] or 0 for p in people}):
        suppress_labels([p for p in people if (p["generation"] or 0) == batch], k)
    suppress_labels(people, k)
    same = all((p["sector"], p["role"]) == g for p, g in zip(people, given, strict=True))
    return True if same else None


class _Walk:
    """The figure sets of chosen respondents, with the labels stored here or given
    (``domain.fast.sets``: ``release_sets``'s walk in array operations)."""

    def __init__(
        self,
        db: Database,
        round_id: str,
        released: list[dict[str, Any]],
        settings: ScoringSettings,
        instrument: Instrument,
    ) -> None:
        row = {p["key"]: j for j, p in enumerate(released)}
        self.codes = tuple(instrument.item_by_code)
        column = {c: i for i, c in enumerate(self.codes)}
        self.values = np.full((len(released), len(self.codes)), ABSENT, dtype=np.int8)
        for key, code, value in db.execute(
            """SELECT a.respondent_id, a.item_code, a.value FROM answers a
               JOIN respondents s ON s.id = a.respondent_id WHERE s.round_id = ?""",
            [round_id],
        ):
            if key in row and code in column:
                self.values[row[key], column[code]] = DONT_KNOW if value is None else value
        self.generations = [p["generation"] or 0 for p in released]
        self.labels: list[Label] = [(p["sector"], p["role"]) for p in released]
        shown = shown_before(db, round_id)
        self.shown = [shown.get(p["key"], 0) for p in released]
        self.settings, self.instrument = settings, instrument

    def sets(self, chosen: Sequence[int], labels: Sequence[Label]) -> dict[str, FigureSet]:
        shown = tuple(self.shown[j] for j in chosen)
        matrix = AnswerMatrix(
            self.codes,
            self.values[list(chosen)],
            sectors=tuple(sector for sector, _ in labels),
            roles=tuple(role for _, role in labels),
            generations=tuple(self.generations[j] for j in chosen),
            shown_before=shown if any(shown) else (),
        )
        return figure_sets(self.instrument, matrix, self.settings)

    def same(self, chosen: Sequence[int], given: Sequence[Label], labelled: bool) -> bool:
        """Whether the other laptop, given ``given``, puts the same people in every
        figure as this one does with the stored labels (and, with labels, gives every
        spread-tier member its label here)."""
        here = self.sets(chosen, [self.labels[j] for j in chosen])
        there = self.sets(chosen, given)
        for code, figure in here.items():
            other = there[code]
            if (figure.mean, figure.spread, figure.held) != (other.mean, other.spread, other.held):
                return False
            if labelled and any(
                inside and given[i] != self.labels[j]
                for i, (j, inside) in enumerate(zip(chosen, figure.spread, strict=True))
            ):
                return False
        return True
