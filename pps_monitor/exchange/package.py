"""A facade: exchange files between laptops, a round package out and responses back.

The format is described in ``fileformat``; the code lives in ``writing`` (export),
``reading`` (the container's checks), ``plan``, ``plan_round`` and ``plan_responses``
(each record checked against the database) and ``importing`` (plan and apply). This
module re-exports their public names so ``exchange.package`` keeps working.

Reading never trusts the file: entry names, sizes, checksums, format version,
instrument and every value are checked before anything is written. Importing is one
transaction; importing the same file twice changes nothing; a UUID that exists with
different content is a conflict, and a file with any conflict is refused whole.
"""

from __future__ import annotations

from pps_monitor.exchange.fileformat import (
    ENTRIES,
    EXTENSION,
    FORMAT,
    FORMAT_VERSION,
    KINDS,
    MAX_ENTRY,
    MAX_FILE,
    UUID_RE,
    Exchange,
    ExchangeError,
)
from pps_monitor.exchange.importing import ORDER, apply_import, import_file, plan_import
from pps_monitor.exchange.plan import ImportPlan
from pps_monitor.exchange.reading import read_exchange
from pps_monitor.exchange.writing import export_responses, export_round_package

__all__ = [
    "ENTRIES",
    "EXTENSION",
    "FORMAT",
    "FORMAT_VERSION",
    "KINDS",
    "MAX_ENTRY",
    "MAX_FILE",
    "ORDER",
    "UUID_RE",
    "Exchange",
    "ExchangeError",
    "ImportPlan",
    "apply_import",
    "export_responses",
    "export_round_package",
    "import_file",
    "plan_import",
    "read_exchange",
]
