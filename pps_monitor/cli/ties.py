"""``ties``: a round's tie ratings between organisations, with the suppression applied.

Held-back figures are null in JSON and empty in CSV, each with the reason; the table
lists the shown ties and says how many are held back and why.
"""

from __future__ import annotations

import argparse
from typing import Any

from pps_monitor.cli import output
from pps_monitor.cli.common import db_path, open_readonly, open_writable, writable

TIE_COLUMNS = (
    "from",
    "to",
    "n",
    "mean",
    "frequency_n",
    "frequency",
    "note",
    "previous_mean",
    "previous_n",
    "change",
    "ci_low",
    "ci_high",
    "significant",
)


def _pooled(p: Any) -> dict[str, Any]:
    return {"mean": p.mean, "n": p.n, "note": p.note}


def _organisations(result: Any) -> list[dict[str, Any]]:
    fig = result.figures
    return [
        {
            "name": org.name,
            "sector": org.sector,
            "respondents": fig.organisation(org.id).respondents,
            "rated_by_others": _pooled(fig.organisation(org.id).rated_by),
            "rates_others": _pooled(fig.organisation(org.id).rates),
            "reciprocity": fig.organisation(org.id).reciprocity,
            "reciprocity_n": fig.organisation(org.id).reciprocity_n,
        }
        for org in result.organisations
    ]


def _tie(result: Any, t: Any, k: int) -> dict[str, Any]:
    from pps_monitor.services.tie_texts import frequency_code

    return {
        "from": result.name(t.source),
        "to": result.name(t.target),
        "n": t.n,
        "mean": t.mean,
        "frequency_n": t.frequency_n,
        "frequency": frequency_code(t.frequency),
        "note": None if t.shown else "too_few_raters",
    }


def _pair(result: Any, p: Any) -> dict[str, Any]:
    from pps_monitor.services.tie_texts import frequency_code

    return {
        "a": result.name(p.a),
        "b": result.name(p.b),
        "frequency": frequency_code(p.frequency),
        "frequency_n": p.frequency_n,
        "mean": p.mean,
        "n": p.n,
        "asymmetric": p.asymmetric,
        "higher": None if p.higher is None else result.name(p.higher),
        "change": {1: "grew", -1: "weakened"}.get(p.change),
    }


def _change(result: Any, c: Any) -> dict[str, Any]:
    return {
        "from": result.name(c.source),
        "to": result.name(c.target),
        "mean": c.mean,
        "n": c.n,
        "previous_mean": c.previous_mean,
        "previous_n": c.previous_n,
        "diff": c.diff,
        "ci_low": c.ci_low,
        "ci_high": c.ci_high,
        "p": c.p,
        "p_adjusted": c.p_adjusted,
        "significant": c.significant,
    }


def ties_data(result: Any, settings: Any, lang: str) -> dict[str, Any]:
    """The ``ties --format json`` object without its envelope."""
    from pps_monitor.services.tie_texts import summary_sentence

    fig = result.figures
    k = fig.min_breakdown
    return {
        "partnership": result.partnership,
        "round": result.round_label,
        "previous_round": result.previous_label,
        "respondents": fig.respondents,
        "pending": result.pending,
        "min_round": settings.min_round,
        "min_breakdown": k,
        "suppressed": fig.suppressed,
        "density": {
            "value": fig.density,
            "in_contact": fig.in_contact,
            "known_pairs": fig.known_pairs,
            "total_pairs": fig.total_pairs,
        },
        "reciprocity": {"value": fig.reciprocity, "n": fig.reciprocity_n},
        "organisations": _organisations(result),
        "ties": [_tie(result, t, k) for t in fig.directed],
        "pairs": [_pair(result, p) for p in fig.pairs],
        "asymmetric": [_pair(result, p) for p in fig.asymmetric],
        "weakest": [_tie(result, t, k) for t in fig.weakest],
        "changes": [_change(result, c) for c in fig.changes],
        "summary": summary_sentence(result, lang),
    }


def csv_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per directed tie, with its change since the previous round."""
    changes = {(c["from"], c["to"]): c for c in data["changes"]}
    rows = []
    for t in data["ties"]:
        c = changes.get((t["from"], t["to"]), {})
        rows.append(
            {
                **{key: t[key] for key in TIE_COLUMNS[:7]},
                "previous_mean": c.get("previous_mean"),
                "previous_n": c.get("previous_n"),
                "change": c.get("diff"),
                "ci_low": c.get("ci_low"),
                "ci_high": c.get("ci_high"),
                "significant": c.get("significant"),
            }
        )
    return rows


def _load(args: argparse.Namespace) -> tuple[Any, Any]:
    from pps_monitor.errors import InputError
    from pps_monitor.services import partnerships as svc
    from pps_monitor.services import ties
    from pps_monitor.services.privacy import scoring_settings

    path = db_path(args)
    db = open_readonly(path)
    p = svc.find_partnership(db, args.partnership)
    chosen = svc.find_round(db, p["id"], args.round)
    if not ties.has_tie_module(db, chosen["id"]):
        raise InputError(f"The round {chosen['label']!r} does not include the tie questions.")
    if ties.release_due(db, chosen["id"]) and writable(path):  # figures leave: record it
        db.conn.close()
        db = open_writable(path)
    return ties.network(db, chosen["id"]), scoring_settings(db, p["id"])


def cmd_ties(args: argparse.Namespace) -> int:
    from pps_monitor.cli.ties_table import format_ties_table
    from pps_monitor.locale import system_language

    lang = system_language()
    result, settings = _load(args)
    data = ties_data(result, settings, lang)
    if args.format == "json":
        output.print_json("ties", data)
    elif args.format == "csv":
        output.write_csv(TIE_COLUMNS, csv_rows(data), None, ";", lang)
    else:
        print(format_ties_table(data, lang))
    return 0


def tie_forms_of(db: Any, round_id: str, file: Any) -> Any:
    """The paper tie forms of a form file; their bad cells on stdout, then exit 1."""
    from pps_monitor.errors import PpsError
    from pps_monitor.services.exchange import read_tie_forms

    tie_forms = read_tie_forms(db, round_id, file)
    if tie_forms is not None and tie_forms.problems:
        for problem in tie_forms.problems:
            print(f"{file.name}: {problem}")
        raise PpsError(
            f"{file}: {len(tie_forms.problems)} bad cell(s) in the ties sheet, listed on "
            "standard output; nothing was stored"
        )
    return tie_forms
