"""What every record module of storage shares: ids, timestamps, checked input, one-row reads."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from pps_monitor.errors import InputError

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.db import Table


def new_id() -> str:
    """A random UUID: records that travel between laptops keep it as their id."""
    return str(uuid.uuid4())


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def iso_date(value: str | date, what: str) -> str:
    """``value`` as YYYY-MM-DD; ``what`` names the field in the error."""
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise InputError(f"{what} must be a date as YYYY-MM-DD, not {value!r}.") from None


def required_text(value: str, what: str) -> str:
    """``value`` stripped; an empty one is refused, naming ``what``."""
    value = (value or "").strip()
    if not value:
        raise InputError(f"{what} cannot be empty.")
    return value


def one_of(value: str, codes: tuple[str, ...], what: str) -> str:
    """``value`` when it is one of ``codes``; otherwise an error listing them."""
    if value not in codes:
        raise InputError(f"{what} must be one of {', '.join(codes)}, not {value!r}.")
    return value


def one(db: Database, sql: str, params: Iterable[Any]) -> dict[str, Any] | None:
    """The first row of a query, or None."""
    return next(iter(db.query(sql, list(params))), None)


def table(db: Database, name: str) -> Table:
    """A table (never a view) to write to."""
    return db.table(name)
