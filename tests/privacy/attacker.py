"""The curious partner, as code: collect every released figure and try to recover answers.

An :class:`Attacker` watches one round while it is filled one answer at a time (and
later answers arrive one by one after a release). After every event it reads the
figures each output path releases and writes each one down as an equation over the
respondents' answers, knowing (the worst case, a partner in the room) exactly whose
answers each figure could hold:

- **linear figures** (a mean and its n, of an item, a dimension, a coordination
  group, the balance, a risk, a sector or role cell): ``n x mean`` is a weighted sum of
  the answers of the figure's members, with weights the attacker knows (a dimension
  score is the mean of the items a respondent answered). Every such equation of every
  release and path goes into one linear system over the answers ``z[respondent, item]``
  (reverse-worded items as scored). A respondent is *recovered* when some non-zero
  combination of their own answers alone is determined: the system's row space meets
  the coordinates of that respondent (``rank(N[U, :]) < |U|`` for the null space N).
  This covers differences of ``n x mean`` between any two releases, cells and their
  complements, sector against role cross-differences, and any other combination.
- **spread figures** (SD, a confidence interval, p, rWG(J), alpha, a split flag) are
  sums of squares over their members; **medians** and **answer distributions** (counts
  per answer, the share of high risk ratings) are order statistics and counts. Per
  variable the attacker takes the spans of the member sets; a respondent is recovered
  when their own square, count or answer lies in a span, and a *pair* is recovered when
  both a sum and a sum of squares (or a median, or a distribution) hold over the same
  two unknown people: at n = 3 an insider with a mean and an SD solves the other two.
- **microdata** (the anonymous long export): rows whose members the attacker can
  narrow to one person (new rows between two exports, or a sector x role label held by
  one person only) are that person's answers.
- **"don't know" patterns** (the long export, ``_attack_patterns``): the attacker knows
  who said "don't know" to which statements, and everyone's sector and role (people say
  so aloud), and which statements each export id holds. The candidates of an id are the
  people who could have given its rows: answered each statement it has a value for,
  said "don't know" to each it shows blank, carry its labels, and are among those the
  export holds those statements for (the published rule). Ids whose answers appear
  unchanged in several exports are followed through them (their candidates
  intersected), a person who is the only candidate of one id is struck from the others
  of the same statements, and statements whose rows grew by one between two exports
  give that one. An id left with one candidate links its rows to that person.

The *insider* knows their own answers: their coordinates are added as known.
Homogeneous groups (every member gave the same answer, so a mean of 5.00 says all)
are a limit of any figure over a group, not a recovery, and are not counted.
"""

from __future__ import annotations

import contextlib
import csv
import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from pps_monitor.domain.breakdown import UNKNOWN, breakdown
from pps_monitor.domain.instrument import Instrument
from pps_monitor.domain.model import Response, RoundScores, ScoringSettings
from pps_monitor.domain.release_sets import figure_set

TOL = 1e-8


def one_blas_thread() -> None:
    """Small SVDs run many times faster on one BLAS thread (numpy's bundled OpenBLAS)."""
    import ctypes
    import glob

    libs = Path(np.__file__).parent.parent / "numpy.libs"
    for lib in glob.glob(str(libs / "libscipy_openblas*.so")):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(lib).scipy_openblas_set_num_threads64_(1)


@dataclass
class Linear:
    """``sum(coef * z[key]) == value``; keys are (respondent, item)."""

    coefs: dict[tuple[str, str], float]
    value: float
    where: str


@dataclass
class Spread:
    """A figure that is a function of a group's spread, order or counts of one variable."""

    kind: str  # "sq", "median", "dist"
    variable: str
    members: frozenset[str]
    where: str


Vector = tuple[tuple[str, int | None], ...]  # (item, value or None for "don't know")


@dataclass
class Rows:
    """One anonymous export: the rows (answer vectors) and their labels, per export id."""

    rows: list[tuple[tuple[str | None, str | None], Vector]]
    members: dict[str, tuple[str | None, str | None]]  # who the export holds, true labels
    where: str
    owners: list[str] = field(default_factory=list)  # per row set: whose it is (the truth)
    # The "don't know" pattern attack applies (the long export). The responses file is
    # microdata like the database itself (a faithful copy, "don't know"s included) and
    # is handled like it (docs/privacy-statement.md): it is not attacked this way.
    patterns: bool = False


@dataclass
class Findings:
    recovered: list[tuple[str, str, str]] = field(default_factory=list)  # who, how, attacker

    def add(self, who: str, how: str, attacker: str) -> None:
        if (who, how, attacker) not in self.recovered:
            self.recovered.append((who, how, attacker))

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.recovered)

    def __len__(self) -> int:
        return len(self.recovered)


def _scored(instrument: Instrument, code: str, value: int) -> int:
    item = instrument.item_by_code[code]
    return int(item.scored(value))


def _dimension_weights(
    instrument: Instrument, answers: dict[str, int | None], dim_code: str
) -> dict[str, float] | None:
    """A respondent's dimension score as weights on their scored answers (None: no score:
    complete cases only, issue 11)."""
    dim = instrument.dimension_by_code[dim_code]
    if any(answers.get(i.code) is None for i in dim.items):
        return None
    return {i.code: 1.0 / len(dim.items) for i in dim.items}


def members_of(
    instrument: Instrument,
    truth: dict[str, dict[str, int | None]],
    responses: Sequence[Response],
    settings: ScoringSettings,
) -> dict[str, tuple[list[str], list[str]]]:
    """Who each figure holds (mean tier, spread tier), as the room can work it out: from
    each respondent's release batch, sector and role, and who said "don't know" (the
    worst case: the attacker knows it), by the published rule (``release_sets``)."""
    people = [r.respondent_id for r in responses]
    gens = [r.generation for r in responses]
    labels = [(r.sector, r.role) for r in responses]

    def walk(codes: list[str]) -> tuple[list[str], list[str]]:
        ok = [all(truth[p].get(c) is not None for c in codes) for p in people]
        fs = figure_set(gens, ok, labels, settings)
        return (
            [p for p, m in zip(people, fs.mean, strict=True) if m],
            [p for p, m in zip(people, fs.spread, strict=True) if m],
        )

    out = {d.code: walk([i.code for i in d.items]) for d in instrument.dimensions}
    out.update({r.code: walk([r.code]) for r in instrument.risks})
    both = [
        i.code
        for g in instrument.groups
        if g.code in ("contract", "relational")
        for d in g.dimensions
        for i in d.items
    ]
    out["balance"] = walk(both)
    return out


class Attacker:
    """Everything released about one round, and the attempts to recover its respondents."""

    def __init__(self, instrument: Instrument) -> None:
        self.instrument = instrument
        self.truth: dict[str, dict[str, int | None]] = {}  # respondent -> answers as given
        self.linear: list[Linear] = []
        self.spread: list[Spread] = []
        self.exports: list[Rows] = []
        self.labels: dict[str, tuple[str | None, str | None]] = {}
        self.partial: list[tuple[str, str]] = []  # a mixed combination of one's answers
        self.mismatches: list[str] = []  # a figure that does not fit its assumed members
        self._owned: dict[Any, set[str]] = {}  # rows (label, answers) -> owners seen before

    # --- writing figures down ---------------------------------------------------------

    def know(self, respondent: str, answers: dict[str, int | None]) -> None:
        self.truth[respondent] = dict(answers)

    def _z(self, who: str, code: str) -> float:
        value = self.truth[who][code]
        assert value is not None
        return float(_scored(self.instrument, code, value))

    def add_linear(
        self, weights: dict[str, dict[str, float]], mean: float, n: int, where: str
    ) -> None:
        """``mean`` over the people in ``weights`` (person -> item -> weight)."""
        if n != len(weights):
            self.mismatches.append(f"{where}: shows n={n}, members {len(weights)}")
            return
        coefs = {(p, c): w / n for p, ws in weights.items() for c, w in ws.items()}
        truth = sum(w * self._z(p, c) for (p, c), w in coefs.items())
        # The CLI prints 4 decimals: a printed mean is still exact enough to solve n x mean
        # for the small groups attacked here, so it is taken as the same equation.
        if abs(truth - mean) > 6e-5:
            self.mismatches.append(f"{where}: mean {mean} but members give {truth}")
            return
        self.linear.append(Linear(coefs, mean, where))

    def add_spread(self, kind: str, variable: str, members: Iterable[str], where: str) -> None:
        self.spread.append(Spread(kind, variable, frozenset(members), where))

    def add_combination(
        self, parts: list[tuple[float, dict[str, dict[str, float]]]], value: float, where: str
    ) -> None:
        """``value`` = sum of factor x (mean over the people in weights): a figure over
        several dimensions, computed from their means (groups, the balance)."""
        coefs: dict[tuple[str, str], float] = {}
        for factor, weights in parts:
            n = len(weights)
            for p, ws in weights.items():
                for c, w in ws.items():
                    coefs[(p, c)] = coefs.get((p, c), 0.0) + factor * w / n
        truth = sum(w * self._z(p, c) for (p, c), w in coefs.items())
        if abs(truth - value) > 6e-5:
            self.mismatches.append(f"{where}: {value} but members give {truth}")
            return
        self.linear.append(Linear(coefs, value, where))

    def read_scores(
        self,
        scores: RoundScores,
        responses: Sequence[Response],
        where: str,
        settings: ScoringSettings,
        breakdowns: Sequence[str] = ("sector", "role"),
    ) -> None:
        """Every figure of a scored round, as the app's views, the report and the CLI
        take them from the domain; ``responses`` are the members it was computed on."""
        inst = self.instrument
        if scores.suppressed is not None:
            return
        sets = members_of(inst, self.truth, responses, settings)
        dim_of = {i.code: i.dimension or i.code for i in inst.items}
        for code, st in scores.items.items():
            mean_m, spread_m = sets[dim_of.get(code, code)]
            if st.mean is not None:
                self.add_linear(
                    {p: {code: 1.0} for p in mean_m}, st.mean, st.n, f"{where} item {code} mean"
                )
            if st.sd is not None:
                self.add_spread("sq", code, spread_m, f"{where} item {code} sd")
            if st.median is not None:
                self.add_spread("median", code, spread_m, f"{where} item {code} median")
            if any(st.counts.values()):
                self.add_spread("dist", code, spread_m, f"{where} item {code} counts")
        dims = {}
        for d in scores.dimensions:
            mean_m, spread_m = sets[d.code]
            weights = {
                p: w for p in mean_m if (w := _dimension_weights(inst, self.truth[p], d.code))
            }
            dims[d.code] = weights
            if d.mean is not None:
                self.add_linear(weights, d.mean, d.n, f"{where} dim {d.code} mean")
            spread = [d.sd, d.rwg_j, d.alpha, d.split, d.agreement, d.beyond_chance]
            c = d.comparison
            if c is not None:
                spread += [c.ci_low, c.ci_high, c.p]
            if d.trend is not None:
                spread += [d.trend.ci_low, d.trend.ci_high, d.trend.p]
            if any(v is not None for v in spread):
                self.add_spread("sq", d.code, spread_m, f"{where} dim {d.code} spread")
            if d.median is not None:
                self.add_spread("median", d.code, spread_m, f"{where} dim {d.code} median")
        means = {}
        for g in scores.groups:
            group = next(x for x in inst.groups if x.code == g.code)
            parts = [(1.0 / len(group.dimensions), dims[d.code]) for d in group.dimensions]
            means[g.code] = parts
            if g.mean is not None:
                self.add_combination(parts, g.mean, f"{where} group {g.code} mean")
            if g.sd is not None:
                self.mismatches.append(f"{where} group {g.code}: an SD over respondents")
        self._read_balance(scores, means, sets["balance"][1], where)
        for r in scores.risks:
            mean_m, spread_m = sets[r.code]
            if r.mean is not None:
                members = {p: {r.code: 1.0} for p in mean_m}
                self.add_linear(members, r.mean, r.n, f"{where} risk {r.code} mean")
            spread = [r.sd]
            if r.comparison is not None:
                spread += [r.comparison.ci_low, r.comparison.ci_high, r.comparison.p]
            if any(v is not None for v in spread):
                self.add_spread("sq", r.code, spread_m, f"{where} risk {r.code} sd")
            if r.high_pct is not None:
                self.add_spread("dist", r.code, spread_m, f"{where} risk {r.code} high")
        for by in breakdowns:
            self.read_breakdown(responses, by, settings, where)

    def _read_balance(
        self, scores: RoundScores, means: dict, spread: list[str], where: str
    ) -> None:
        b = scores.balance
        if b.contract_mean is not None:
            self.add_combination(means["contract"], b.contract_mean, f"{where} balance c")
        if b.relational_mean is not None:
            self.add_combination(means["relational"], b.relational_mean, f"{where} balance r")
        if b.ci_low is not None:
            self.add_spread("sq", "balance", spread, f"{where} balance interval")

    def read_breakdown(
        self, responses: Sequence[Response], by: str, settings: ScoringSettings, where: str
    ) -> None:
        inst = self.instrument
        rows = breakdown(inst, responses, by, settings)
        sets = members_of(inst, self.truth, responses, settings)
        for row in rows:
            in_cells = set(sets[row.code][1])
            for cell in row.cells:
                if cell.hidden or cell.mean is None:
                    continue
                members = {
                    r.respondent_id: w
                    for r in responses
                    if r.respondent_id in in_cells
                    and (getattr(r, by) or UNKNOWN) == cell.group
                    and (w := _dimension_weights(inst, self.truth[r.respondent_id], row.code))
                }
                label = f"{where} {by}={cell.group} dim {row.code}"
                self.add_linear(members, cell.mean, cell.n or 0, f"{label} mean")
                if cell.sd is not None:
                    self.add_spread("sq", row.code, members, f"{label} sd")

    def read_json(
        self,
        data: dict[str, Any],
        responses: Sequence[Response],
        where: str,
        settings: ScoringSettings | None = None,
    ) -> None:
        """``scores --format json``: dimension and risk means and their spread figures."""
        inst = self.instrument
        if data.get("suppressed"):
            return
        settings = settings or ScoringSettings(
            min_round=data["min_round"], min_breakdown=data["min_breakdown"]
        )
        sets = members_of(inst, self.truth, responses, settings)
        for d in data["dimensions"]:
            mean_m, spread_m = sets[d["code"]]
            weights = {
                p: w for p in mean_m if (w := _dimension_weights(inst, self.truth[p], d["code"]))
            }
            if d["mean"] is not None:
                self.add_linear(weights, d["mean"], d["n"], f"{where} dim {d['code']} mean")
            change, trend = d.get("change") or {}, d.get("trend") or {}
            spread = [d.get(k) for k in ("sd", "rwg_j", "alpha", "split", "agreement")]
            spread += [change.get("ci_low"), change.get("p"), trend.get("ci_low"), trend.get("p")]
            if any(v is not None for v in spread):
                self.add_spread("sq", d["code"], spread_m, f"{where} dim {d['code']} spread")
            if d.get("median") is not None:
                self.add_spread("median", d["code"], spread_m, f"{where} dim {d['code']} median")
        for r in data["risks"]:
            mean_m, spread_m = sets[r["code"]]
            if r["mean"] is not None:
                members = {p: {r["code"]: 1.0} for p in mean_m}
                self.add_linear(members, r["mean"], r["n"], f"{where} risk {r['code']} mean")
            change = r.get("change") or {}
            if change.get("ci_low") is not None or change.get("p") is not None:
                self.add_spread("sq", r["code"], spread_m, f"{where} risk {r['code']} change")
            if r.get("high_pct") is not None:
                self.add_spread("dist", r["code"], spread_m, f"{where} risk {r['code']} high")

    def read_long_csv(
        self, path: Path, where: str, figures: dict[str, list[str]] | None = None
    ) -> None:
        """An anonymous long export: answer vectors with their sector and role labels
        (one per export id: a respondent, or a respondent's answers to one dimension)."""
        with open(path, encoding="utf-8-sig") as fh:
            # one instrument: the attacked one (a round may ask other groups too)
            lines = [x for x in csv.DictReader(fh) if x.get("group", "partners") == "partners"]
        by: dict[str, dict[str, Any]] = {}
        for line in lines:
            entry = by.setdefault(
                line["respondent"],
                {"label": (line["sector"] or None, line["role"] or None), "answers": {}},
            )
            entry["answers"][line["item"]] = int(line["value"]) if line["value"] else None
        rows = [(e["label"], tuple(sorted(e["answers"].items()))) for e in by.values()]
        self.read_rows(rows, where, patterns=True, figures=figures)

    def read_rows(
        self,
        rows: list[tuple[tuple[str | None, str | None], Vector]],
        where: str,
        patterns: bool = False,
        figures: dict[str, list[str]] | None = None,
    ) -> None:
        """Microdata: answer vectors with the sector and role labels the file shows.

        Who the file holds: everyone whose answers contain one of its row sets (two
        people with the same answers to a dimension are both counted: the attacker cannot
        tell which of them it holds). Whose each row set is, for naming a finding: a
        one-to-one matching among the row sets of the same statements, trying first
        the people in the figures of those statements (``figures``: unit -> members),
        since two people can give the same answer to a risk statement."""
        dim_of = {i.code: i.dimension or i.code for i in self.instrument.items}
        owners: list[str | None] = [None] * len(rows)
        fitting: set[str] = set()
        groups: dict[tuple[str, ...], list[int]] = {}
        for n, (_label, vector) in enumerate(rows):
            groups.setdefault(tuple(c for c, _ in vector), []).append(n)
        for indices in groups.values():
            first: set[str] = set()
            if figures is not None:
                codes = {dim_of.get(c, c) for c, _ in rows[indices[0]][1]}
                first = set.intersection(*(set(figures.get(u, ())) for u in codes))
            fits = {
                n: sorted(
                    (
                        p
                        for p in self.truth
                        if _contains(self.truth[p], rows[n][1])
                        and _fits_label(rows[n][0], self.labels.get(p))
                    ),
                    key=lambda p, n=n: (  # type: ignore[misc]
                        p not in first,
                        p not in self._owned.get(rows[n], set()),
                        p,
                    ),
                )
                for n in indices
            }
            fitting.update(p for ps in fits.values() for p in ps)
            match = _matching(fits)
            for n in indices:
                owner = owners[n] = match.get(n)
                if owner is not None:  # the same rows keep their owner next time
                    self._owned.setdefault(rows[n], set()).add(owner)
        if any(o is None for o in owners):
            self.mismatches.append(f"{where}: a row that nobody gave")
            return
        members = {p: self.labels.get(p, (None, None)) for p in sorted(fitting)}
        done = [o for o in owners if o is not None]
        self.exports.append(Rows(rows, members, where, done, patterns))
        if patterns:
            self._class_sums(rows, done, where)

    def _class_sums(
        self,
        rows: list[tuple[tuple[str | None, str | None], Vector]],
        owners: list[str],
        where: str,
    ) -> None:
        """The long export's rows of one set of statements and one sector x role label
        are a group whose sums anyone can take: per statement, ``n x mean`` over the
        group (the attacker knowing the rule knows who is in it) into the linear system,
        and its answer distribution as a spread figure (an insider with the mean of a
        group of 3 solves the other two)."""
        classes: dict[tuple[tuple[str, ...], tuple[str | None, str | None]], list[int]] = {}
        for n, (label, vector) in enumerate(rows):
            classes.setdefault((tuple(c for c, _ in vector), label), []).append(n)
        for (items, label), indices in classes.items():
            people = [owners[n] for n in indices]
            for code in items:
                if any(self.truth[p].get(code) is None for p in people):
                    continue  # a blank ("don't know") is no answer to sum
                values = [float(self._z(p, code)) for p in people]
                self.add_linear(
                    {p: {code: 1.0} for p in people},
                    sum(values) / len(values),
                    len(people),
                    f"{where} rows {label} {code} mean",
                )
                self.add_spread("dist", code, people, f"{where} rows {label} {code} counts")

    def label(self, respondent: str, sector: str | None, role: str | None) -> None:
        """What the room knows about a respondent: their sector and role."""
        self.labels[respondent] = (sector, role)

    # --- the attempts -----------------------------------------------------------------

    def attack(self, insiders: Iterable[str | None] = (None,)) -> Findings:
        found = Findings()
        people = sorted(self.truth)
        linear = self._linear_null()
        families = self._families()
        for insider in insiders:
            name = "outsider" if insider is None else f"insider {insider}"
            known = {insider} if insider is not None else set()
            self._attack_linear(linear, people, known, name, found)
            self._attack_spread(families, people, known, name, found)
            self._attack_rows(known, name, found)
            self._attack_patterns(known, name, found)
        return found

    def _linear_null(self) -> tuple[list[tuple[str, str]], np.ndarray]:
        columns = sorted({k for eq in self.linear for k in eq.coefs})
        index = {k: j for j, k in enumerate(columns)}
        a = np.zeros((len(self.linear), len(columns)))
        for row, eq in enumerate(self.linear):
            for k, w in eq.coefs.items():
                a[row, index[k]] = w
        return columns, _null_space(a)

    def _attack_linear(
        self,
        linear: tuple[list[tuple[str, str]], np.ndarray],
        people: list[str],
        known: set[str],
        name: str,
        found: Findings,
    ) -> None:
        """A respondent is recovered when one of their answers, or their score on a
        dimension, is determined: its vector is orthogonal to the null space N."""
        columns, null = linear
        if not columns:
            return
        mine = [j for j, k in enumerate(columns) if k[0] in known]
        if mine and null.shape[1]:
            null = null @ _null_space(null[mine, :])
        index = {k: j for j, k in enumerate(columns)}
        free = np.abs(null).max(axis=1) > TOL if null.shape[1] else np.zeros(len(columns), bool)
        for p in people:
            if p in known:
                continue
            answers = [c for (q, c), j in index.items() if q == p and not free[j]]
            dims = []
            for dim in self.instrument.dimensions:
                w = _dimension_weights(self.instrument, self.truth[p], dim.code)
                if w and null.shape[1] and all((p, c) in index for c in w):
                    v = sum(wt * null[index[(p, c)], :] for c, wt in w.items())
                    if not np.abs(v).max() > TOL:
                        dims.append(dim.code)
            if answers or dims:
                # Singled out by their own "don't know"s (their dimension score weighs
                # their answered items differently from the item means)? Then only an
                # attacker who knows who said "don't know" can use it.
                inst, mine_ = self.instrument, self.truth[p]
                dim_of = {i.code: d.code for d in inst.dimensions for i in d.items}
                touched = {dim_of.get(c, c) for c in answers} | set(dims)
                dk = all(
                    any(mine_.get(i.code) is None for i in inst.dimension_by_code[d].items)
                    for d in touched
                    if d in inst.dimension_by_code
                )
                how = "linear system (who said don't know)" if dk else "linear system"
                found.add(p, f"{how} of n x mean gives {[*answers, *dims][:3]}", name)

    def _families(self) -> dict[tuple[str, str], tuple[frozenset, frozenset]]:
        """Per (kind, variable): the member sets of its spread figures and of its means."""
        linear_sets: dict[str, set[frozenset[str]]] = {}
        for eq in self.linear:
            items = {c for _, c in eq.coefs}
            var = next(iter(items)) if len(items) == 1 else eq.where.split(" mean")[0].split()[-1]
            linear_sets.setdefault(var, set()).add(frozenset(p for p, _ in eq.coefs))
        spread: dict[tuple[str, str], set[frozenset[str]]] = {}
        for s in self.spread:
            spread.setdefault((s.kind, s.variable), set()).add(s.members)
        return {
            key: (frozenset(sets), frozenset(linear_sets.get(key[1], set())))
            for key, sets in spread.items()
        }

    def _attack_spread(
        self,
        families: dict[tuple[str, str], tuple[frozenset, frozenset]],
        people: list[str],
        known: set[str],
        name: str,
        found: Findings,
    ) -> None:
        cache: dict[frozenset, tuple[set[str], set[frozenset[str]]]] = {}

        def solved(sets: frozenset) -> tuple[set[str], set[frozenset[str]]]:
            if sets not in cache:
                cache[sets] = _singles_and_pairs(sets, people, known)
            return cache[sets]

        for (kind, var), (sets, lin) in families.items():
            singles, pairs = solved(sets)
            for p in singles:
                found.add(p, f"{kind} of {var} isolates one person", name)
            if kind == "sq":
                lin_singles, lin_pairs = solved(lin)
                for pair in pairs & (lin_pairs | {q for q in pairs if q & lin_singles}):
                    for p in pair:
                        found.add(p, f"mean and SD of {var} solve a pair", name)
            else:
                for s in sets:
                    if 0 < len(s - known) <= 2:
                        for p in s - known:
                            found.add(p, f"{kind} of {var} over two unknown people", name)

    def _attack_rows(self, known: set[str], name: str, found: Findings) -> None:
        before: set[str] = set()
        for export in self.exports:
            now = set(export.members)
            new = now - before - known
            # (the long export: per statements, in ``_attack_patterns``; its ids need
            # not be whole respondents)
            if len(new) == 1 and not export.patterns:
                found.add(next(iter(new)), f"new row in {export.where}", name)
            labels = {label for label, _ in export.rows}
            for label in labels - {(None, None)}:
                persons = {
                    p
                    for p, true in export.members.items()
                    if all(s is None or s == t for s, t in zip(label, true, strict=True))
                }
                if len(persons - known) == 1:
                    found.add(next(iter(persons - known)), f"label {label} in {export.where}", name)
            before = now

    def _attack_patterns(self, known: set[str], name: str, found: Findings) -> None:
        """Link export ids to people by who said "don't know" where (see the module
        docstring). The attacker's own rows (an insider knows their answers) and the
        insider are struck first."""
        history: dict[Vector, set[str]] = {}  # rows seen unchanged: their candidates
        before: dict[tuple[str, ...], Counter[Vector]] = {}
        for export in (e for e in self.exports if e.patterns):
            groups: dict[tuple[str, ...], list[int]] = {}
            for n, (_label, vector) in enumerate(export.rows):
                groups.setdefault(tuple(c for c, _ in vector), []).append(n)
            seen = Counter(vector for _, vector in export.rows)
            cands: dict[int, set[str]] = {}
            for items, indices in groups.items():
                # who may have given them (the published rule: exactly the people in the
                # figures; taken here as everyone whose answers fit one of its rows)
                held = {
                    p
                    for p in self.truth
                    if any(_contains(self.truth[p], export.rows[n][1]) for n in indices)
                }
                own = Counter(
                    tuple((c, self.truth[p].get(c)) for c in items)
                    for p in known
                    if all(c in self.truth[p] for c in items)
                )
                for n in indices:
                    if own[export.rows[n][1]]:
                        own[export.rows[n][1]] -= 1
                        continue  # the insider's own rows
                    label, vector = export.rows[n]
                    c = {p for p in held - known if self._could_give(p, label, vector)}
                    if seen[vector] == 1 and vector in history:
                        c &= history[vector]
                    if not any(_contains(self.truth[p], vector) for p in c):
                        self.mismatches.append(f"{export.where}: the owner is no candidate")
                    cands[n] = c
                self._eliminate({n: cands[n] for n in indices if n in cands})
                # rows of these statements that are new since the last export
                now = Counter(export.rows[n][1] for n in indices)
                new = now - before.get(items, Counter())
                for p in known:
                    mine = tuple((c, self.truth[p].get(c)) for c in items)
                    if new[mine]:
                        new[mine] -= 1
                new = +new
                if sum(new.values()) == 1:
                    vector = next(iter(new))
                    who = next(export.owners[n] for n in indices if export.rows[n][1] == vector)
                    found.add(who, f"one new row set of {items[:2]} in {export.where}", name)
                before[items] = now
            for n, c in cands.items():
                if seen[export.rows[n][1]] == 1:
                    history[export.rows[n][1]] = c
                if len(c) == 1:
                    who = next(iter(c))
                    found.add(who, f"don't-know pattern links an id in {export.where}", name)

    def _could_give(self, p: str, label: tuple[str | None, str | None], vector: Vector) -> bool:
        true = self.labels.get(p, (None, None))
        if any(s is not None and s != t for s, t in zip(label, true, strict=True)):
            return False
        answers = self.truth[p]
        return all((answers.get(c) is None) == (v is None) for c, v in vector)

    @staticmethod
    def _eliminate(cands: dict[int, set[str]]) -> None:
        """A person who is the only candidate of one id gave no other id of the same
        statements: strike them there (repeated until nothing changes)."""
        changed = True
        while changed:
            changed = False
            for n, c in cands.items():
                if len(c) != 1:
                    continue
                (p,) = c
                for m, d in cands.items():
                    if m != n and p in d:
                        d.discard(p)
                        changed = True


def _fits_label(
    shown: tuple[str | None, str | None], true: tuple[str | None, str | None] | None
) -> bool:
    """A row's shown sector and role can be this person's (blank fits anyone)."""
    if true is None:
        return True  # the test does not say: any
    return all(s is None or s == t for s, t in zip(shown, true, strict=True))


def _contains(answers: dict[str, int | None], vector: Vector) -> bool:
    return all(c in answers and answers[c] == v for c, v in vector)


def _matching(fits: dict[int, list[str]]) -> dict[int, str]:
    """A maximum one-to-one matching of row sets to people (augmenting paths)."""
    owner: dict[str, int] = {}

    def place(n: int, seen: set[str]) -> bool:
        for p in fits[n]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or place(owner[p], seen):
                owner[p] = n
                return True
        return False

    for n in fits:
        place(n, set())
    return {n: p for p, n in owner.items()}


def _singles_and_pairs(
    sets: frozenset, people: list[str], known: set[str]
) -> tuple[set[str], set[frozenset[str]]]:
    """Who one combination of sums over ``sets`` (and the known people) isolates, alone
    (their row of the null space N is zero) or as a pair (their two rows of N are
    linearly dependent: a combination non-zero on exactly those two is determined)."""
    if not sets:
        return set(), set()
    rows = [[1.0 if p in s else 0.0 for p in people] for s in sets]
    rows += [[1.0 if p == k else 0.0 for p in people] for k in known]
    null = _null_space(np.array(rows))
    gram = null @ null.T
    unknown = [j for j, p in enumerate(people) if p not in known]
    singles = {people[j] for j in unknown if gram[j, j] < TOL}
    pairs = set()
    for i, j in itertools.combinations(unknown, 2):
        if gram[i, i] < TOL or gram[j, j] < TOL:
            continue
        if gram[i, i] * gram[j, j] - gram[i, j] ** 2 < TOL:
            pairs.add(frozenset((people[i], people[j])))
    return singles, pairs


def _rank(m: np.ndarray) -> int:
    if m.size == 0:
        return 0
    s = np.linalg.svd(m, compute_uv=False)
    return int((s > TOL * max(1.0, s[0])).sum())


def _null_space(m: np.ndarray) -> np.ndarray:
    """Orthonormal basis (columns) of the null space of ``m``."""
    if m.shape[0] == 0:
        return np.eye(m.shape[1])
    _, s, vt = np.linalg.svd(m, full_matrices=True)
    rank = int((s > TOL * max(1.0, s[0] if s.size else 1.0)).sum())
    return vt[rank:].T
