"""The ``.ppsmonitor`` exchange format: its constants, its error and a file once read.

A ``.ppsmonitor`` file is a ZIP archive with exactly two entries:

- ``manifest.json``: format name and version, kind (``round-package`` or
  ``responses``), the instrument's id, version and SHA-256, and the SHA-256 and size
  of ``data.json``;
- ``data.json``: the records, each with its UUID.

Format 2 (schema v3, issue 11): a responses file carries no time and no order
(respondents and comments shuffled), one stable random UUID per respondent, no answer
ids, comments apart from respondents; a round package carries the partnership's
privacy settings. Format 3 (issue 11, F2): the coordinator's complete responses file
also says per respondent where it stands in the round's release (pending or released,
and its release batch) and per comment whether it is released, so that a round moves to
another laptop as it was shown. Formats 1 and 2 are still read. See
docs/exchange-format.md.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from pps_monitor.errors import PpsError

EXTENSION = ".ppsmonitor"
FORMAT = "pps-monitor-exchange"
FORMAT_VERSION = 3
# Files that carry nothing of format 3 (round packages, anonymous responses files) are
# written as format 2, so that an older PPS Monitor still reads them.
ANONYMOUS_VERSION = 2
READS_VERSIONS = (1, 2, 3)
KINDS = ("round-package", "responses")
ENTRIES = ("manifest.json", "data.json")
MAX_FILE = 64 * 1024 * 1024  # bytes on disk
MAX_ENTRY = 256 * 1024 * 1024  # bytes once unpacked
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class ExchangeError(PpsError):
    """A file that cannot be imported; the message says why in plain words."""


@dataclass
class Exchange:
    """A file that passed the checks of its container: kind, manifest and records."""

    kind: str
    manifest: dict[str, Any]
    data: dict[str, Any]
    name: str


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
