"""Commands that show results: ``list`` and ``scores`` (one round or every round)."""

from __future__ import annotations

import argparse
from typing import Any

from pps_monitor.cli import output
from pps_monitor.cli.common import db_path, open_readonly, release

# One score table for people: the same columns as the XLSX score sheet.
from pps_monitor.exchange.columns import SCORE_COLUMNS

# --- list --------------------------------------------------------------------------------


def list_data(db: Any) -> list[dict[str, Any]]:
    from pps_monitor.services import partnerships as svc

    return [
        {
            "name": p["name"],
            "rounds": [
                {
                    "label": r["label"],
                    "date": r["date"],
                    "status": r["status"],
                    "respondents": r["respondents"],
                }
                for r in svc.list_rounds(db, p["id"])
            ],
        }
        for p in svc.list_partnerships(db)
    ]


def cmd_list(args: argparse.Namespace) -> int:
    db = open_readonly(db_path(args))
    data = list_data(db)
    if args.format == "json":
        output.print_json("list", {"partnerships": data})
        return 0
    from pps_monitor.i18n import ngettext

    if not data:
        print("No partnerships yet.")
    for p in data:
        print(p["name"])
        for r in p["rounds"]:
            n = r["respondents"]
            respondents = ngettext("en", "{n} respondent", "{n} respondents", n)
            print(
                f"  {r['date']}  {r['label']:<24} {r['status']:<7} "
                + respondents.format(n=f"{n:>4}")
            )
    return 0


# --- scores ------------------------------------------------------------------------------


def _comparison_json(c: Any) -> dict[str, Any] | None:
    """The ``change`` object: null only where there is no earlier round."""
    if c is None:
        return None
    return {
        "comparable": c.comparable,
        "testable": c.testable,
        "diff": c.diff,
        "ci_low": c.ci_low,
        "ci_high": c.ci_high,
        "p": c.p,
        "p_adjusted": c.p_adjusted,
        "significant": c.significant,
    }


def _trend_json(t: Any, labels: list[str]) -> dict[str, Any] | None:
    if t is None:
        return None
    return {
        "from_round": labels[t.from_index],
        "rounds": t.rounds,
        "diff": t.diff,
        "ci_low": t.ci_low,
        "ci_high": t.ci_high,
        "p": t.p,
        "p_adjusted": t.p_adjusted,
        "significant": t.significant,
    }


def _dimension_json(d: Any, name: str, labels: list[str], suppressed: bool) -> dict[str, Any]:
    row: dict[str, Any] = {
        "code": d.code,
        "name": name,
        "group": d.group,
        "n": d.n,
        "n_complete": d.n_complete,
        "mean": d.mean,
        "sd": d.sd,
        "median": d.median,
        "alpha": d.alpha,
        "rwg_j": d.rwg_j,
        "agreement": d.agreement,
        "beyond_chance": d.beyond_chance,
        "split": d.split,
        "band": d.band,
        "change": _comparison_json(d.comparison),
        "trend": _trend_json(d.trend, labels),
        "held": d.held,
        "held_n": d.held_n,
    }
    if suppressed:  # below the round minimum every figure is null, counts included
        row.update({key: None for key in row if key not in ("code", "name", "group")})
    return row


def _risk_json(r: Any, name: str, suppressed: bool) -> dict[str, Any]:
    row: dict[str, Any] = {
        "code": r.code,
        "name": name,
        "n": r.n,
        "mean": r.mean,
        "high_pct": r.high_pct,
        "change": _comparison_json(r.comparison),
        "held": r.held,
        "held_n": r.held_n,
    }
    if suppressed:
        row.update({key: None for key in row if key not in ("code", "name")})
    return row


def _instrument_json(group: str, results: list[Any], label: str, lang: str) -> dict | None:
    """One instrument of a round in ``instruments``: its group's own figures and minimum."""
    from pps_monitor.analysis import result_for

    result = result_for(results, label)
    if result is None:
        return None
    labels = [r.label for r in results]
    inst, s = result.instrument, result.scores
    suppressed = s.suppressed is not None
    return {
        "group": group,
        "instrument": inst.id,
        "respondents": s.respondents,
        "dimensions": [
            _dimension_json(d, inst.label(d.code, lang), labels, suppressed) for d in s.dimensions
        ],
        "risks": [_risk_json(r, inst.label(r.code, lang), suppressed) for r in s.risks],
    }


def _instruments_json(groups: dict[str, list[Any]], label: str, lang: str) -> list[dict]:
    found = (_instrument_json(g, results, label, lang) for g, results in groups.items())
    return [i for i in found if i is not None]


def _round_json(
    db: Any,
    p: dict[str, Any],
    result: Any,
    labels: list[str],
    lang: str,
    groups: dict[str, list[Any]] | None = None,
) -> dict:
    from pps_monitor.services.responses import release_state

    inst, s = result.instrument, result.scores
    suppressed = s.suppressed is not None
    return {
        "partnership": p["name"],
        "round": result.round["label"],
        "date": result.round["date"],
        "status": result.round["status"],
        "respondents": s.respondents,
        # answers given but not yet released (kept until enough new ones arrive)
        "pending": release_state(db, result.round["id"]).pending,
        "min_round": s.min_round,
        "min_breakdown": s.min_breakdown,
        "suppressed": s.suppressed,
        "needed": s.needed if suppressed else None,
        "dimensions": [
            _dimension_json(d, inst.label(d.code, lang), labels, suppressed) for d in s.dimensions
        ],
        "risks": [_risk_json(r, inst.label(r.code, lang), suppressed) for r in s.risks],
        # every instrument of the round, each with its own group's figures (issue 17)
        "instruments": _instruments_json(groups or {}, result.round["label"], lang),
    }


def _results(db: Any, partnership_id: str) -> list[Any]:
    from pps_monitor.analysis import partnership_results
    from pps_monitor.services.partnerships import scoring_settings

    return partnership_results(db, partnership_id, scoring_settings(db, partnership_id))


def _group_results(db: Any, partnership_id: str) -> dict[str, list[Any]]:
    """Each respondent group's scored rounds, in the order of the groups."""
    from pps_monitor.analysis import group_results
    from pps_monitor.domain.instrument import RESPONDENT_GROUPS
    from pps_monitor.services.partnerships import scoring_settings

    settings = scoring_settings(db, partnership_id)
    return {g: group_results(db, partnership_id, g, settings) for g in RESPONDENT_GROUPS}


def scores_data(db: Any, partnership: str, round_label: str | None, lang: str) -> dict[str, Any]:
    """One round's scores as ``scores --format json`` prints them (without the envelope)."""
    from pps_monitor.analysis import result_for
    from pps_monitor.services import partnerships as svc

    p = svc.find_partnership(db, partnership)
    chosen = svc.find_round(db, p["id"], round_label)
    results = _results(db, p["id"])
    result = result_for(results, chosen["label"])
    assert result is not None
    groups = _group_results(db, p["id"])
    return _round_json(db, p, result, [r.label for r in results], lang, groups)


def all_rounds_data(db: Any, partnership: str, lang: str) -> dict[str, Any]:
    from pps_monitor.services import partnerships as svc

    p = svc.find_partnership(db, partnership)
    results = _results(db, p["id"])
    labels = [r.label for r in results]
    groups = _group_results(db, p["id"])
    return {
        "partnership": p["name"],
        "rounds": [_round_json(db, p, r, labels, lang, groups) for r in results],
    }


def _fmt(value: float | None, digits: int = 2, lang: str = "en", signed: bool = False) -> str:
    from pps_monitor.i18n import format_decimal

    return format_decimal(value, lang, digits, signed, missing="-")


def _change_cell(c: dict[str, Any] | None, lang: str = "en") -> str:
    from pps_monitor.i18n import gettext

    if c is None:
        return "-"
    if not c["comparable"]:
        return gettext(lang, "not comparable")
    if not c["testable"]:
        no_test = gettext(lang, "no test possible")
        if c["diff"] is None:
            return no_test
        return f"{_fmt(c['diff'], 2, lang, signed=True)} ({no_test})"
    # NOTE: a 95% interval in the scores table; Dutch needs ';' between decimal commas.
    interval = gettext(lang, "[{low}, {high}]").format(
        low=_fmt(c["ci_low"], 2, lang, signed=True), high=_fmt(c["ci_high"], 2, lang, signed=True)
    )
    return f"{_fmt(c['diff'], 2, lang, signed=True)} {interval}" + (
        " *" if c["significant"] else ""
    )


def _table_preamble(data: dict[str, Any], lang: str) -> tuple[list[str], bool]:
    """The title, the pending-answers line and, below the minimum, the reason; and
    whether the table stops there."""
    from pps_monitor.i18n import gettext, ngettext

    n = data["respondents"]
    respondents = ngettext(lang, "{n} respondent", "{n} respondents", n).format(n=n)
    lines = [f"{data['partnership']} - {data['round']} ({respondents})", ""]
    pending = data.get("pending") or 0
    if pending:
        # NOTE: late answers held back until enough have come (anonymity), scores table.
        lines += [
            ngettext(
                lang,
                "{n} newer answer is not yet included (it will be once there are {minimum})",
                "{n} newer answers are not yet included (they will be once there are {minimum})",
                pending,
            ).format(n=pending, minimum=data["min_round"]),
            "",
        ]
    if data.get("suppressed"):
        lines.append(
            gettext(
                lang,
                "n = {n}: too few answers to show results "
                "(minimum {minimum}; {needed} more needed)",
            ).format(n=n, minimum=data["min_round"], needed=data["needed"])
        )
        return lines, True
    return lines, False


def format_scores_table(data: dict[str, Any], lang: str = "en") -> str:
    """The scores of one round for people: headings, bands and decimals in ``lang``."""
    from pps_monitor.i18n import gettext

    def fmt(value: float | None, digits: int = 2, signed: bool = False) -> str:
        return _fmt(value, digits, lang, signed)

    lines, stop = _table_preamble(data, lang)
    if stop:
        return "\n".join(lines)
    # NOTE: headings of the scores table on the command line, lower case like the rest.
    dimension, mean, sd = gettext(lang, "dimension"), gettext(lang, "mean"), gettext(lang, "sd")
    band_head, change_head = gettext(lang, "band"), gettext(lang, "change")
    risk = gettext(lang, "risk")
    # The band of a dimension (the JSON keeps the code).
    bands = {
        "strength": gettext(lang, "strength"),
        "attention": gettext(lang, "attention"),
        "concern": gettext(lang, "concern"),
    }
    band_width = max(9, len(band_head), *(len(b) for b in bands.values()))
    head = (
        f"{dimension:<44} {'n':>3} {mean:>5} {sd:>5} {'alpha':>6} {'rWG(J)':>6}  "
        f"{band_head:<{band_width}} {change_head}"
    )
    lines += [head, "-" * len(head)]
    for d in data["dimensions"]:
        name = f"{d['code']} {d['name']}"[:44]
        band = bands.get(d["band"], d["band"]) if d["band"] else "-"
        lines.append(
            f"{name:<44} {d['n']:>3} {fmt(d['mean']):>5} {fmt(d['sd']):>5} {fmt(d['alpha']):>6} "
            f"{fmt(d['rwg_j']):>6}  {band:<{band_width}} {_change_cell(d['change'], lang)}"
        )
    risk_head = f"{risk:<60} {'n':>3} {mean:>5} {'% 4-5':>6}"
    lines += ["", risk_head, "-" * 77]
    for r in data["risks"]:
        name = f"{r['code']} {r['name']}"[:60]
        lines.append(f"{name:<60} {r['n']:>3} {fmt(r['mean']):>5} {fmt(r['high_pct'], 0):>6}")
    lines += [
        "",
        gettext(
            lang,
            "* significant change: flagged after Benjamini-Hochberg correction (q = 0.05); "
            "intervals are unadjusted 95% Welch intervals",
        ),
    ]
    return "\n".join(lines)


def score_csv_rows(rounds: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The score table as in the app: one row per round and dimension."""
    rows = []
    for r in rounds:
        for d in r["dimensions"]:
            c = d["change"] or {}
            rows.append(
                {
                    "round": r["round"],
                    "dimension": d["code"],
                    "name": d["name"],
                    **{k: d[k] for k in SCORE_COLUMNS[3:11]},
                    "change": c.get("diff"),
                    "ci_low": c.get("ci_low"),
                    "ci_high": c.get("ci_high"),
                    "significant": c.get("significant"),
                }
            )
    return rows


def cmd_scores(args: argparse.Namespace) -> int:
    from pps_monitor.cli.common import output_language
    from pps_monitor.services import partnerships as svc

    path = db_path(args)
    db = open_readonly(path)
    # Figures that leave the database record their release (when the file is writable).
    p = svc.find_partnership(db, args.partnership)
    lang = output_language(args, p)  # --lang, else the partnership's, else the system's
    rounds = svc.list_rounds(db, p["id"])
    if args.all_rounds:
        ids = [r["id"] for r in rounds]
    else:
        ids = [svc.find_round(db, p["id"], args.round)["id"]]
    db = release(path, db, svc.part_ids(db, ids))
    if args.all_rounds:
        data = all_rounds_data(db, args.partnership, lang)
        chosen = data["rounds"]
    else:
        one = scores_data(db, args.partnership, args.round, lang)
        chosen = [one]
    if args.format == "json":
        output.print_json("scores", data if args.all_rounds else one)
    elif args.format == "csv":
        output.write_csv(SCORE_COLUMNS, score_csv_rows(chosen), None, args.delimiter, lang)
    else:
        print("\n\n".join(format_scores_table(r, lang) for r in chosen))
    return 0
