"""Small files that come in on their own (an instrument file): read under caps first."""

from __future__ import annotations

from pathlib import Path

from pps_monitor.exchange.limits import MB, JsonLimits
from pps_monitor.exchange.safe_json import load_json
from pps_monitor.exchange.safe_zip import check_file_size

INSTRUMENT_FILE = 4 * MB
INSTRUMENT_JSON = JsonLimits(max_depth=12, max_string=20_000, max_values=200_000)


def check_json_file(path: Path, max_file: int = INSTRUMENT_FILE) -> None:
    """Refuse (:class:`~pps_monitor.exchange.refusal.Refused`) a JSON file that is too
    large, not UTF-8, not JSON, too deep or with too long a text; parse nothing else."""
    path = Path(path)
    check_file_size(path, max_file)
    load_json(path.read_bytes(), path.name, "", INSTRUMENT_JSON)
