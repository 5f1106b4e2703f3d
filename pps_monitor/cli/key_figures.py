"""Key figures, the balance sheet and its rule: ``key-figures``, ``set-key-figures``,
``balance-sheet``, ``set-balance-rule``.

Key figures are the coordinator's facts; what leaves for an audience holds back the
outcomes of workers (left, still employed) while fewer than the round minimum started;
``key-figures --as-entered`` lists them as recorded (the coordinator's own check).
"""

from __future__ import annotations

import argparse
from typing import Any

from pps_monitor.cli import output
from pps_monitor.cli.common import db_path, open_readonly, open_writable, release
from pps_monitor.errors import InputError


def _lang(args: argparse.Namespace) -> str:
    from pps_monitor.locale import system_language

    return getattr(args, "lang", None) or system_language()


def _results(args: argparse.Namespace, *, released: bool) -> tuple[Any, dict[str, Any], Any]:
    """The database, the partnership and its scored rounds (released first when asked)."""
    from pps_monitor.analysis import partnership_results
    from pps_monitor.services import partnerships as svc

    path = db_path(args)
    db = open_readonly(path)
    p = svc.find_partnership(db, args.partnership)
    if released:
        db = release(path, db, [r["id"] for r in svc.list_rounds(db, p["id"])])
    return db, p, partnership_results(db, p["id"], svc.scoring_settings(db, p["id"]))


def key_figures_data(args: argparse.Namespace) -> dict[str, Any]:
    from pps_monitor.domain.key_figures import KEY_FIGURES
    from pps_monitor.services import balance
    from pps_monitor.services import partnerships as svc

    lang = _lang(args)
    db, p, results = _results(args, released=False)
    if args.round is not None:
        wanted = svc.find_round(db, p["id"], args.round)["id"]
        results = [r for r in results if r.round["id"] == wanted]
    k = svc.get_privacy(db, p["id"]).min_round
    figures = balance.partnership_key_figures(db, p["id"])
    rows = balance.key_figure_table(results, figures, k, shown=not args.as_entered)
    raw = balance.key_figure_table(results, figures, k, shown=False)
    for row, full in zip(rows, raw, strict=True):
        row["held_back"] = [c for c in full if c not in ("round", "date") and row[c] != full[c]]
    return {
        "partnership": p["name"],
        "min_round": k,
        "as_entered": bool(args.as_entered),
        "definitions": [
            {"code": f.code, "name": f.name(lang), "definition": f.definition(lang), "kind": f.kind}
            for f in KEY_FIGURES
        ],
        "rounds": rows,
    }


def cmd_key_figures(args: argparse.Namespace) -> int:
    from pps_monitor.domain.key_figures import CODES

    data = key_figures_data(args)
    lang = _lang(args)
    columns = ["round", "date", *CODES]
    if args.format == "json":
        output.print_json("key-figures", data)
    elif args.format == "csv":
        output.write_csv(columns, data["rounds"], None, args.delimiter, lang)
    elif not data["rounds"]:
        print(f"{data['partnership']}: no rounds yet.")
    else:
        names = {d["code"]: d["name"] for d in data["definitions"]}
        lines = [[names[c], *(r[c] for r in data["rounds"])] for c in CODES]
        head = ["", *(r["round"] for r in data["rounds"])]
        print(output.table(head, lines, lang))
        if any(r["held_back"] for r in data["rounds"]):
            print(
                f"\nEmpty: outcomes of workers are held back while fewer than "
                f"{data['min_round']} workers started (--as-entered lists them)."
            )
    return 0


def _parse_settings(pairs: list[str], clear: list[str], lang: str) -> dict[str, float | None]:
    from pps_monitor.domain.key_figures import CODES, parse_value

    values: dict[str, float | None] = {}
    for pair in pairs:
        code, sep, text = pair.partition("=")
        code = code.strip()
        if not sep:
            raise InputError(f"--set {pair}: write CODE=VALUE (e.g. --set jobs_created=12).")
        if code not in CODES:
            raise InputError(
                f"--set {pair}: no key figure {code!r} (key figures: {', '.join(CODES)})."
            )
        try:
            values[code] = parse_value(text, lang)
        except ValueError:
            raise InputError(f"--set {pair}: {text.strip()!r} is not a number.") from None
    for code in clear:
        if code not in CODES:
            raise InputError(
                f"--clear {code}: no such key figure (key figures: {', '.join(CODES)})."
            )
        values[code] = None
    return values


def cmd_set_key_figures(args: argparse.Namespace) -> int:
    from pps_monitor.services import balance
    from pps_monitor.services import partnerships as svc

    lang = _lang(args)
    values = _parse_settings(args.set or [], args.clear or [], lang)
    if not values and not args.replace:
        raise InputError("Nothing to change: give --set CODE=VALUE or --clear CODE.")
    db = open_writable(db_path(args))
    p = svc.find_partnership(db, args.partnership)
    r = svc.find_round(db, p["id"], args.round)
    kept = balance.set_key_figures(db, r["id"], values, replace=args.replace, lang=lang)
    listed = ", ".join(f"{c}={output.cell_text(v, lang)}" for c, v in kept.items()) or "none"
    print(f"Key figures of round {r['label']!r} of {p['name']}: {listed}")
    return 0


def balance_data(args: argparse.Namespace) -> dict[str, Any]:
    from pps_monitor.services import balance
    from pps_monitor.services import partnerships as svc

    lang = _lang(args)
    db, p, results = _results(args, released=True)
    if not results:
        raise InputError(f"{p['name']} has no rounds yet: there is no balance sheet.")
    chosen = svc.find_round(db, p["id"], args.round)["id"]
    index = next(k for k, r in enumerate(results) if r.round["id"] == chosen)
    k = svc.get_privacy(db, p["id"]).min_round
    sheet = balance.balance_sheet(
        results,
        index,
        balance.partnership_key_figures(db, p["id"]),
        balance.get_rule(db, p["id"]),
        k,
        balance.group_scores(db, p["id"], svc.scoring_settings(db, p["id"])),
    )
    inst = results[index].instrument
    names = {i.code: i.text(lang) for i in inst.risks} | {
        d.code: d.name(lang) for d in inst.dimensions
    }
    names |= {code: text(lang) for code, text in sheet.names.items()}
    return {"partnership": p["name"], **balance.sheet_json(sheet, lang, names)}


def cmd_balance_sheet(args: argparse.Namespace) -> int:
    data = balance_data(args)
    lang = _lang(args)
    if args.format == "json":
        output.print_json("balance-sheet", data)
        return 0
    from pps_monitor.i18n import N_, gettext

    words = {
        "good": N_("good"),
        "mixed": N_("mixed"),
        "poor": N_("poor"),
        "none": N_("not enough data"),
    }
    faces = {"good": ":-)", "mixed": ":-|", "poor": ":-(", "none": " - "}
    rows = [
        [
            r["name"],
            f"{faces[r['status']]} {gettext(lang, words[r['status']])}",
            r["score"],
            r["n"],
            r["change"],
            ", ".join(s["code"] for s in r["scores"] if s["value"] is not None) or "–",
        ]
        for r in data["rows"]
    ]
    print(f"{data['partnership']} – {data['round']}")
    head = [gettext(lang, w) for w in (N_("Row"), N_("Status"), N_("Score"))]
    head += ["n", gettext(lang, N_("Change")), gettext(lang, N_("Rests on"))]
    print(output.table(head, rows, lang))
    return 0


def cmd_set_balance_rule(args: argparse.Namespace) -> int:
    from pps_monitor.services import balance
    from pps_monitor.services import partnerships as svc

    db = open_writable(db_path(args))
    p = svc.find_partnership(db, args.partnership)
    old = balance.get_rule(db, p["id"])
    rule = balance.set_rule(
        db,
        p["id"],
        old.good if args.good is None else args.good,
        old.mixed if args.mixed is None else args.mixed,
        old.method if args.method is None else args.method,
    )
    print(
        f"{p['name']}: a balance-sheet row is good from {rule.good}, mixed from {rule.mixed} "
        f"(the {rule.method} of its scores)."
    )
    return 0


# --- instruments of your own -------------------------------------------------------------


def cmd_instrument_template(args: argparse.Namespace) -> int:
    from pps_monitor.cli.common import check_out
    from pps_monitor.services import instruments
    from pps_monitor.services import partnerships as svc

    inst = svc.resolve_instrument(args.instrument)
    out = instruments.template(inst, check_out(args.out))
    print(f"Wrote {inst.id} {inst.version} as a template to edit: {out}")
    return 0


def cmd_import_instrument(args: argparse.Namespace) -> int:
    from pathlib import Path

    from pps_monitor.cli.common import check_out
    from pps_monitor.exchange.instrument_import import instrument_json, template_id
    from pps_monitor.files import write_atomically
    from pps_monitor.services import instruments
    from pps_monitor.services import partnerships as svc

    if not args.source.is_file():
        raise InputError(f"{args.source}: no such file.")
    base = (
        svc.resolve_instrument(args.base)
        if args.base
        else instruments.base_for(template_id(args.source), instruments.known())
    )
    inst, notes = instruments.read(args.source, base, _lang(args))
    out = check_out(args.out or Path(f"{inst.id}-{inst.version}.json"))
    write_atomically(out, instrument_json(inst).encode("utf-8"))
    for note in notes:
        print(f"note: {note}")
    print(f"Wrote {inst.id} {inst.version} to {out}; use it with create-round --instrument {out}")
    return 0
