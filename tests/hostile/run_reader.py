"""Read every corpus file in a child process under a memory limit (issue 14).

    python -m tests.hostile.run_reader CASES.json LIMIT_MB

CASES.json: {"db": laptop database, "round": round id, "cases": [[kind, path], ...]}.
Prints one JSON line per case, {"path", "outcome"} (outcome: the refusal or the
problems found, "" when the file is read), then {"peak_mb"}. Only the reader, the
storage it plans against and the paper-form reader are imported: no Qt, no charts.
"""

from __future__ import annotations

import json
import resource
import sys
import traceback
from pathlib import Path


def outcome(kind: str, path: Path, db: object, instrument: object) -> str:
    from pps_monitor.errors import PpsError

    try:
        if kind == "exchange":
            from pps_monitor.exchange.importing import plan_import

            plan = plan_import(db, path)  # type: ignore[arg-type]
            return "; ".join(plan.conflicts)
        from pps_monitor.exchange.paper_forms import read_paper_forms

        forms = read_paper_forms(path, instrument)  # type: ignore[arg-type]
        return "; ".join(str(p) for p in forms.problems)
    except PpsError as exc:
        return str(exc)
    except MemoryError:
        return "MEMORY: over the limit"
    except BaseException:
        return "TRACEBACK: " + traceback.format_exc(limit=3).replace("\n", " | ")


def main() -> None:
    spec = json.loads(Path(sys.argv[1]).read_text())
    limit = int(sys.argv[2]) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from pps_monitor.domain.instrument import instrument_from_snapshot
    from pps_monitor.storage.database import open_database

    db = open_database(Path(spec["db"]), readonly=True)
    snapshot = db.execute(
        "SELECT instrument_json FROM rounds WHERE id = ?", [spec["round"]]
    ).fetchone()[0]
    instrument = instrument_from_snapshot(snapshot)
    for kind, path in spec["cases"]:
        print(json.dumps({"path": path, "outcome": outcome(kind, Path(path), db, instrument)}))
        sys.stdout.flush()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(json.dumps({"peak_mb": peak}))


if __name__ == "__main__":
    main()
