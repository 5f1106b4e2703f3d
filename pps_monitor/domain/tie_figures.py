"""The network figures of a round's tie answers, with the suppression rule applied.

Figures (k = the partnership's ``min_breakdown``):

- **directed tie** A -> B: the mean quality score that A's respondents give B (each
  respondent's score is the mean of the statements they answered), and the median
  (lower median) contact frequency. Shown only when at least k of A's respondents gave
  it; otherwise it is held back and counts only in the pooled figures.
- **pooled**: how the others rate B (in-rating: every rater of B) and how A rates the
  others (out-rating: every rating A's respondents gave). A pooled figure is shown only
  when it holds at least k raters, every remainder it leaves with a shown directed tie
  (pooled minus that tie) holds at least k raters, and the held-back part (pooled minus
  every shown tie in it) holds none or at least k raters. Otherwise it is left out
  with a note. A held-back tie joins at most one pooled figure (in-ratings first): shared
  held-back parts could be subtracted along a chain down to a small group. When the
  held-back part is too small or already used and at least two of the figure's ties are
  shown, the mean of those shown ties is given instead, marked so (it adds nothing to
  what is shown). Hence a single rater's ties never appear, pooled or not.
- **pair** {A, B}: from the shown directions only. Its contact frequency is the lower
  median of their frequency answers; its quality the mean of their ratings; it is
  asymmetric when both directions are shown and differ by at least one point.
- **density**: the share of pairs with a known frequency that are in contact at least
  monthly. **Reciprocity**: of the pairs where both directions' frequency is shown and
  at least one side reports monthly contact, the share where both do; per
  organisation the same over its pairs.
- **weakest ties**: the shown directed ties with the lowest means. **Changes**: each
  directed tie shown in this and the previous round, tested like the dimensions
  (``change.compare``: Welch, Benjamini-Hochberg over the ties of the round).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from statistics import median_low

from pps_monitor.domain import change
from pps_monitor.domain.model import ScoringSettings
from pps_monitor.domain.ties import ASYMMETRY, FREQUENCY, MONTHLY, TieResponse, quality_score

TOO_FEW = "too_few_raters"  # fewer than k raters
REMAINDER = "remainder_too_small"  # subtracting shown ties would leave fewer than k
SHOWN_ONLY = "shown_ties_only"  # the mean of the shown ties only: the rest is too small
WEAKEST = 3  # how many weakest ties are listed

Key = tuple[str, str]  # (source, target)


@dataclass(frozen=True)
class DirectedTie:
    source: str
    target: str
    n: int  # raters who gave a quality score
    mean: float | None  # None when held back
    frequency_n: int
    frequency: int | None  # lower median 0..5, None when held back
    scores: tuple[float, ...] = field(default=(), repr=False)  # only when shown

    @property
    def shown(self) -> bool:
        return self.mean is not None


@dataclass(frozen=True)
class Pooled:
    n: int  # distinct raters
    mean: float | None
    note: str | None  # why held back (TOO_FEW, REMAINDER), SHOWN_ONLY, or None


@dataclass(frozen=True)
class OrganisationTies:
    organisation: str
    respondents: int
    rated_by: Pooled  # how the others rate it
    rates: Pooled  # how it rates the others
    reciprocity: float | None
    reciprocity_n: int  # pairs counted


@dataclass(frozen=True)
class PairTie:
    a: str
    b: str
    frequency: int | None
    frequency_n: int
    mean: float | None
    n: int
    asymmetric: bool
    higher: str | None  # the organisation whose rating of the other is the higher one
    change: int = 0  # +1 grew, -1 weakened significantly since the previous round


@dataclass(frozen=True)
class TieChange:
    source: str
    target: str
    mean: float
    n: int
    previous_mean: float
    previous_n: int
    diff: float
    ci_low: float | None
    ci_high: float | None
    p: float | None
    p_adjusted: float | None
    significant: bool


@dataclass(frozen=True)
class NetworkFigures:
    organisations: tuple[str, ...]
    respondents: int
    min_breakdown: int
    suppressed: bool  # fewer tie respondents than the round minimum
    directed: tuple[DirectedTie, ...]
    pairs: tuple[PairTie, ...]
    per_organisation: tuple[OrganisationTies, ...]
    total_pairs: int
    known_pairs: int
    in_contact: int
    density: float | None
    reciprocity: float | None
    reciprocity_n: int
    asymmetric: tuple[PairTie, ...]
    weakest: tuple[DirectedTie, ...]
    changes: tuple[TieChange, ...]  # largest change first

    def tie(self, source: str, target: str) -> DirectedTie | None:
        return next((t for t in self.directed if (t.source, t.target) == (source, target)), None)

    def organisation(self, oid: str) -> OrganisationTies:
        return next(o for o in self.per_organisation if o.organisation == oid)


# --- directed ties ------------------------------------------------------------------


@dataclass
class _Cell:
    raters: list[int] = field(default_factory=list)  # respondent index per score
    scores: list[float] = field(default_factory=list)
    frequencies: list[int] = field(default_factory=list)


def _cells(orgs: Sequence[str], responses: Sequence[TieResponse]) -> dict[Key, _Cell]:
    cells: dict[Key, _Cell] = {(a, b): _Cell() for a in orgs for b in orgs if a != b}
    for index, response in enumerate(responses):
        for target, answers in response.ratings.items():
            cell = cells.get((response.organisation, target))
            if cell is None:
                continue
            score = quality_score(answers)
            if score is not None:
                cell.raters.append(index)
                cell.scores.append(score)
            frequency = answers.get(FREQUENCY)
            if frequency is not None:
                cell.frequencies.append(frequency)
    return cells


def _directed(key: Key, cell: _Cell, k: int, round_ok: bool) -> DirectedTie:
    shown = round_ok and len(cell.scores) >= k
    freq_shown = round_ok and len(cell.frequencies) >= k
    return DirectedTie(
        source=key[0],
        target=key[1],
        n=len(cell.scores),
        mean=sum(cell.scores) / len(cell.scores) if shown else None,
        frequency_n=len(cell.frequencies),
        frequency=median_low(cell.frequencies) if freq_shown else None,
        scores=tuple(cell.scores) if shown else (),
    )


# --- pooled figures -------------------------------------------------------------------


def _pooled(
    entries: list[tuple[Key, int, float]], shown: set[Key], used: set[Key], k: int
) -> Pooled:
    """Mean of ``entries`` (cell, rater, score) when the suppression rule allows it.

    ``used``: held-back ties already inside another pooled figure. A held-back tie joins
    at most one pooled figure (it is added to ``used`` here): two pooled figures that
    share held-back ties can be subtracted from each other along a chain (how the
    others rate B, minus how Y rates the others, plus how the others rate E) down to a
    group smaller than k. With disjoint held-back parts, every combination of released
    figures holds a whole shown tie or a whole held-back part: k raters or more.

    When the held-back part is too small or already used, the mean of the shown ties
    alone is given instead (note SHOWN_ONLY): a weighted mean of figures already shown,
    so it tells nothing new, and it says how the others rate the organisation.
    """
    raters = {rater for _, rater, _ in entries}
    if len(raters) < k:
        return Pooled(len(raters), None, TOO_FEW)
    keys = {key for key, _, _ in entries}
    for key in keys & shown:
        if len({r for c, r, _ in entries if c != key}) < k:
            return Pooled(len(raters), None, REMAINDER)
    held = keys - shown
    hidden = {r for c, r, _ in entries if c in held}
    if (0 < len(hidden) < k) or (held & used):
        visible = [e for e in entries if e[0] in shown]
        if len(keys & shown) < 2:  # one shown tie: it is already there
            return Pooled(len(raters), None, REMAINDER)
        n = len({r for _, r, _ in visible})
        return Pooled(n, sum(s for _, _, s in visible) / len(visible), SHOWN_ONLY)
    used |= held
    return Pooled(len(raters), sum(s for _, _, s in entries) / len(entries), None)


def _entries(cells: dict[Key, _Cell], keys: list[Key]) -> list[tuple[Key, int, float]]:
    return [
        (key, rater, score)
        for key in keys
        for rater, score in zip(cells[key].raters, cells[key].scores, strict=True)
    ]


def _organisations(
    orgs: Sequence[str],
    cells: dict[Key, _Cell],
    directed: dict[Key, DirectedTie],
    counts: dict[str, int],
    k: int,
    round_ok: bool,
) -> list[OrganisationTies]:
    """Per organisation: the pooled figures (every in-rating first, in the stable order
    of the organisations, then every out-rating) and reciprocity."""
    shown = {key for key, t in directed.items() if t.shown}
    used: set[Key] = set()
    nobody = Pooled(0, None, TOO_FEW)

    def pool(keys: list[Key]) -> Pooled:
        entries = _entries(cells, keys)
        if not round_ok:
            return Pooled(len({r for _, r, _ in entries}), None, TOO_FEW) if entries else nobody
        return _pooled(entries, shown, used, k)

    rated_by = {o: pool([(x, o) for x in orgs if x != o]) for o in orgs}
    rates = {o: pool([(o, x) for x in orgs if x != o]) for o in orgs}
    out = []
    for o in orgs:
        reciprocity, counted = _reciprocity([(o, x) for x in orgs if x != o], directed)
        out.append(OrganisationTies(o, counts[o], rated_by[o], rates[o], reciprocity, counted))
    return out


def _reciprocity(pairs: list[Key], directed: dict[Key, DirectedTie]) -> tuple[float | None, int]:
    """Share of pairs with contact (at least monthly) both ways, among those with any."""
    counted = mutual = 0
    for a, b in pairs:
        there, back = directed[(a, b)].frequency, directed[(b, a)].frequency
        if there is None or back is None or max(there, back) < MONTHLY:
            continue
        counted += 1
        mutual += min(there, back) >= MONTHLY
    return (mutual / counted if counted else None), counted


# --- pairs ----------------------------------------------------------------------------


def _pair(a: str, b: str, cells: dict[Key, _Cell], directed: dict[Key, DirectedTie]) -> PairTie:
    there, back = directed[(a, b)], directed[(b, a)]
    freqs = [
        f for t in (there, back) if t.frequency is not None for f in cells[_key(t)].frequencies
    ]
    scores = [s for t in (there, back) for s in t.scores]
    asymmetric, higher = False, None
    if there.mean is not None and back.mean is not None:
        asymmetric = abs(there.mean - back.mean) >= ASYMMETRY
        if asymmetric:
            higher = a if there.mean > back.mean else b
    return PairTie(
        a=a,
        b=b,
        frequency=median_low(freqs) if freqs else None,
        frequency_n=len(freqs),
        mean=sum(scores) / len(scores) if scores else None,
        n=len(scores),
        asymmetric=asymmetric,
        higher=higher,
    )


def _key(tie: DirectedTie) -> Key:
    return (tie.source, tie.target)


# --- changes --------------------------------------------------------------------------


def tie_changes(
    current: Sequence[DirectedTie], previous: Sequence[DirectedTie], settings: ScoringSettings
) -> list[TieChange]:
    """Every directed tie shown in both rounds, tested and BH-corrected; largest first."""
    before = {_key(t): t for t in previous if t.shown}
    both = [(t, before[_key(t)]) for t in current if t.shown and _key(t) in before]
    raws = [change.compare(t.scores, p.scores, True, settings) for t, p in both]
    out = []
    for (tie, _prev), (comparison, delta) in zip(both, change.correct(raws, settings), strict=True):
        if delta is None or comparison is None:
            continue
        out.append(
            TieChange(
                source=tie.source,
                target=tie.target,
                mean=tie.mean or 0.0,
                n=tie.n,
                previous_mean=delta.previous_mean,
                previous_n=delta.previous_n,
                diff=delta.diff,
                ci_low=comparison.ci_low,
                ci_high=comparison.ci_high,
                p=delta.p,
                p_adjusted=delta.p_adjusted,
                significant=delta.significant,
            )
        )
    out.sort(key=lambda c: (-abs(c.diff), c.source, c.target))
    return out


def _marked(pairs: list[PairTie], changes: list[TieChange]) -> list[PairTie]:
    """Pairs with a significant change in a direction get +1 (grew) or -1 (weakened)."""
    signs: dict[frozenset[str], float] = {}
    for c in changes:
        if c.significant:
            key = frozenset((c.source, c.target))
            signs[key] = signs.get(key, 0.0) + c.diff
    out = []
    for pair in pairs:
        total = signs.get(frozenset((pair.a, pair.b)), 0.0)
        mark = (total > 0) - (total < 0)
        out.append(pair if not mark else PairTie(**{**pair.__dict__, "change": mark}))
    return out


# --- the whole network ----------------------------------------------------------------


def network_figures(
    orgs: Sequence[str],
    responses: Sequence[TieResponse],
    settings: ScoringSettings,
    previous: Sequence[DirectedTie] = (),
) -> NetworkFigures:
    """The figures of one round; ``orgs`` in their stable order, ``previous`` the directed
    ties of the previous round with tie answers (for the changes)."""
    k = settings.min_breakdown
    round_ok = len(responses) >= settings.min_round
    cells = _cells(orgs, responses)
    directed = {key: _directed(key, cell, k, round_ok) for key, cell in cells.items()}
    counts = {o: sum(r.organisation == o for r in responses) for o in orgs}
    per_org = _organisations(orgs, cells, directed, counts, k, round_ok)
    all_pairs = [(a, b) for i, a in enumerate(orgs) for b in orgs[i + 1 :]]
    pairs = [_pair(a, b, cells, directed) for a, b in all_pairs]
    changes = tie_changes(list(directed.values()), previous, settings)
    pairs = _marked(pairs, changes)
    known = [p for p in pairs if p.frequency is not None]
    in_contact = sum(1 for p in known if (p.frequency or 0) >= MONTHLY)
    reciprocity, reciprocity_n = _reciprocity(all_pairs, directed)
    shown = sorted((t for t in directed.values() if t.shown), key=lambda t: (t.mean, _key(t)))
    return NetworkFigures(
        organisations=tuple(orgs),
        respondents=len(responses),
        min_breakdown=k,
        suppressed=not round_ok,
        directed=tuple(directed.values()),
        pairs=tuple(pairs),
        per_organisation=tuple(per_org),
        total_pairs=len(all_pairs),
        known_pairs=len(known),
        in_contact=in_contact,
        density=in_contact / len(known) if known else None,
        reciprocity=reciprocity,
        reciprocity_n=reciprocity_n,
        asymmetric=tuple(p for p in pairs if p.asymmetric),
        weakest=tuple(shown[:WEAKEST]),
        changes=tuple(changes),
    )
