"""Regenerate resources/agreement/rwg_null_p95.json (chance rWG(J) percentiles).

Usage: python benchmarks/make_rwg_table.py [--reps 200000]
"""

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pps_monitor.domain.agreement import SEED, SMALL_GROUP, simulate_rwg_null_p95


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reps", type=int, default=200_000)
    parser.add_argument("--max-items", type=int, default=20)
    args = parser.parse_args()
    entries = [
        {"n": n, "j": j, "options": 5, "p95": round(simulate_rwg_null_p95(n, j, 5, args.reps), 4)}
        for n in range(2, SMALL_GROUP + 1)
        for j in range(1, args.max_items + 1)
    ]
    out = Path(__file__).resolve().parents[1] / "resources" / "agreement" / "rwg_null_p95.json"
    doc = {
        "about": "95th percentile of rWG(J) under uniform random answering; "
        f"Monte Carlo, {args.reps} replications, seed {SEED}.",
        "entries": entries,
    }
    out.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} entries to {out}")


if __name__ == "__main__":
    main()
