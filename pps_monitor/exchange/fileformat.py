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
another laptop as it was shown; since issue 11's residuals the anonymous responses file
says it too (for its released respondents), so that the other laptop shows exactly the
figures shown here. Format 4: a responses file of a round shown by the old method before
an upgrade (migration m010) also says per respondent ``shown_before``, so that the
other laptop holds back what this one holds back; a reader of format 3 would drop it, so
such a file is refused there. Formats 1 to 3 are still read. See docs/exchange-format.md.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from pps_monitor.errors import PpsError

EXTENSION = ".ppsmonitor"
FORMAT = "pps-monitor-exchange"
FORMAT_VERSION = 4
# Each file is written in the oldest format that carries everything it says, so that an
# older PPS Monitor still reads it: a round package as format 2 (it carries nothing of
# 3 or 4), a responses file as format 3 (release states), or 4 once it carries a
# ``shown_before`` mark (a format 3 reader would drop it and show what must be held back).
PACKAGE_VERSION = 2
RELEASE_VERSION = 3
SHOWN_BEFORE_VERSION = 4
READS_VERSIONS = (1, 2, 3, 4)
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
