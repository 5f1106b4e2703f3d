"""The caps every incoming file is read under (issue 14), in one place.

Sizes are counted while decompressing: the sizes a ZIP declares can lie. The numbers
leave room for the largest real files (10,000 respondents x 60 answers is about 30 MB of
data.json) and keep the memory of a refused file far below 1 GB.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class ZipLimits:
    """Caps for one ZIP container."""

    max_file: int  # bytes on disk
    max_entries: int  # members in the archive
    max_member: int  # bytes of one member once unpacked
    max_total: int  # bytes of all members once unpacked
    max_ratio: int  # unpacked : packed, per member and overall ...
    ratio_from: int = 1 * MB  # ... once a member (or the whole) is larger than this


EXCHANGE_ZIP = ZipLimits(
    max_file=64 * MB, max_entries=8, max_member=50 * MB, max_total=51 * MB, max_ratio=100
)
WORKBOOK_ZIP = ZipLimits(
    max_file=20 * MB, max_entries=200, max_member=50 * MB, max_total=80 * MB, max_ratio=100
)


@dataclass(frozen=True)
class JsonLimits:
    """Caps for one JSON document once parsed."""

    max_depth: int  # nesting of objects and lists
    max_string: int  # characters of any text or key
    max_values: int  # values in all objects and lists together


EXCHANGE_JSON = JsonLimits(max_depth=12, max_string=20_000, max_values=4_000_000)
MANIFEST_JSON = JsonLimits(max_depth=4, max_string=200, max_values=100)

# Fields of an exchange file (characters).
MAX_NAME = 200  # a partnership, organisation or round label
MAX_DESCRIPTION = 2000  # a partnership's description
MAX_COMMENT = 2000  # a comment (also where comments are typed: storage.responses)
MAX_RESPONDENTS = 20_000  # in one responses file
MAX_ORGANISATIONS = 1000

# Paper forms (CSV and workbooks).
MAX_FORM_ROWS = 5000  # forms in one file
MAX_FORM_COLUMNS = 1000  # columns read from a sheet or a CSV
MAX_CELL = 1000  # characters in one cell
MAX_CSV = 20 * MB  # bytes of a CSV file
