"""Render every page of the report, for real and degenerate data, to PNG files to look at.

    python scripts/render_report_pages.py OUT_FOLDER [--scale 1.6] [--only demo,three]

Builds, in a temporary folder, one database per case with the storage API:

- ``demo``: the demo partnership (7 organisations, 5 rounds, events, action points);
- ``demo-first``: the demo's first round (no history; later action points left out);
- ``three``: a round of 3 respondents (exactly the round minimum);
- ``two``: a round of 2 respondents (below the minimum: figures suppressed);
- ``single``: a partnership with a single round of 8 respondents;
- ``open``: a partnership whose latest round is still open (provisional mark);

and writes each report in Dutch and English, then each page as
``OUT_FOLDER/<case>-<lang>-p<NN>.png`` (pypdfium2). The PDFs are kept beside them.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pps_monitor.demo import ORGANISATIONS, TRENDS, add_demo, simulate_answers  # noqa: E402
from pps_monitor.domain.instrument import default_instrument  # noqa: E402
from pps_monitor.storage import repository as repo  # noqa: E402
from pps_monitor.storage.database import open_database  # noqa: E402

if TYPE_CHECKING:
    from sqlite_utils import Database

LANGS = ("nl", "en")


def _small_partnership(
    db: Database,
    name: str,
    rounds: list[tuple[str, str, int]],
    *,
    last_open: bool = False,
    seed: int = 7,
) -> tuple[str, str | None]:
    """A partnership with the given rounds (label, date, respondents); returns (id, label)."""
    rng = random.Random(seed)
    instrument = default_instrument()
    pid = repo.create_partnership(db, name, "Testgeval voor de opmaak van het rapport.")
    orgs = [(repo.add_organisation(db, pid, n, s), s) for n, s in ORGANISATIONS]
    label = None
    for index, (label, when, count) in enumerate(rounds):
        rid = repo.create_round(db, pid, label, when, instrument)
        levels = {code: trend[min(index, 4)] for code, trend in TRENDS.items()}
        batch = []
        for k in range(count):
            org_id, sector = orgs[k % len(orgs)]
            batch.append(
                repo.NewResponse(
                    answers=simulate_answers(instrument, rng, levels, sector),
                    organisation_id=org_id,
                    role="manager" if k % 3 else "professional",
                    comments={"RC-TRUST": "Goed overleg."} if k == 0 else None,
                )
            )
        repo.add_responses(db, rid, batch)
        if index < len(rounds) - 1 or not last_open:
            repo.set_round_status(db, rid, "closed")
    return pid, label


def case_demo(db: Database) -> tuple[str, str | None]:
    return add_demo(db), None


def case_demo_first(db: Database) -> tuple[str, str | None]:
    return add_demo(db), "Voorjaar 2024"


def case_three(db: Database) -> tuple[str, str | None]:
    return _small_partnership(db, "Drie respondenten", [("Ronde 1 $\\frac{$", "2026-02-10", 3)])


def case_two(db: Database) -> tuple[str, str | None]:
    return _small_partnership(db, "Twee respondenten", [("Ronde 1", "2026-02-10", 2)])


def case_single(db: Database) -> tuple[str, str | None]:
    return _small_partnership(db, "Eén ronde", [("Najaar 2025", "2025-11-04", 8)])


def case_open(db: Database) -> tuple[str, str | None]:
    return _small_partnership(
        db,
        "Open ronde",
        [("Voorjaar 2025", "2025-04-08", 9), ("Voorjaar 2026", "2026-04-14", 6)],
        last_open=True,
    )


CASES: dict[str, Callable[[Database], tuple[str, str | None]]] = {
    "demo": case_demo,
    "demo-first": case_demo_first,
    "three": case_three,
    "two": case_two,
    "single": case_single,
    "open": case_open,
}


def render(pdf: Path, out: Path, stem: str, scale: float) -> list[Path]:
    import pypdfium2

    written = []
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        for index in range(len(document)):
            path = out / f"{stem}-p{index + 1:02d}.png"
            document[index].render(scale=scale).to_pil().save(path)
            written.append(path)
    finally:
        document.close()
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("out", type=Path, help="folder for the PNG pages (created)")
    ap.add_argument("--scale", type=float, default=1.6, help="pixels per PDF point")
    ap.add_argument("--only", default="", help="comma-separated cases (default: all)")
    args = ap.parse_args(argv)
    from pps_monitor.reports.report import build_report

    args.out.mkdir(parents=True, exist_ok=True)
    chosen = [c for c in args.only.split(",") if c] or list(CASES)
    with tempfile.TemporaryDirectory() as tmp:
        for case in chosen:
            db = open_database(Path(tmp) / f"{case}.sqlite")
            pid, label = CASES[case](db)
            for lang in LANGS:
                pdf = build_report(
                    db, pid, args.out / f"{case}-{lang}.pdf", round_label=label, lang=lang
                )
                pages = render(pdf, args.out, f"{case}-{lang}", args.scale)
                print(f"{case}-{lang}: {len(pages)} pages")
            db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
