"""Partnerships: create, rename, list and find by id or name."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pps_monitor.errors import InputError, NotFoundError
from pps_monitor.storage.common import new_id, now, one, required_text, table, write

if TYPE_CHECKING:
    from sqlite_utils import Database


LANGUAGES = ("nl", "en")


def create_partnership(
    db: Database, name: str, description: str = "", language: str | None = None
) -> str:
    """``language``: of its report and CLI output where none is asked for (None: the
    system's or the app's)."""
    name = required_text(name, "The partnership's name")
    _check_language(language)
    if one(db, "SELECT id FROM partnerships WHERE name = ? COLLATE NOCASE", [name]):
        raise InputError(f"A partnership named {name!r} already exists.")
    pid = new_id()
    row = {"id": pid, "name": name, "description": description or "", "created_at": now()}
    if language is not None:
        row["language"] = language
    with write(db):
        table(db, "partnerships").insert(row)
    return pid


def _check_language(language: str | None) -> None:
    if language is not None and language not in LANGUAGES:
        raise InputError(f"{language!r} is not a language of PPS Monitor: choose nl or en.")


def set_language(db: Database, partnership_id: str, language: str | None) -> None:
    """The partnership's language (None: the system's or the app's)."""
    _check_language(language)
    get_partnership(db, partnership_id)
    with write(db):
        db.execute("UPDATE partnerships SET language = ? WHERE id = ?", [language, partnership_id])


def get_language(db: Database, partnership_id: str) -> str | None:
    """The partnership's own language, or None when it has none."""
    value = get_partnership(db, partnership_id).get("language")
    return value if value in LANGUAGES else None


def rename_partnership(db: Database, partnership_id: str, name: str) -> None:
    name = required_text(name, "The partnership's name")
    clash = one(
        db,
        "SELECT id FROM partnerships WHERE name = ? COLLATE NOCASE AND id != ?",
        [name, partnership_id],
    )
    if clash:
        raise InputError(f"A partnership named {name!r} already exists.")
    with write(db):
        table(db, "partnerships").update(partnership_id, {"name": name})


def list_partnerships(db: Database) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM partnerships ORDER BY name COLLATE NOCASE"))


def get_partnership(db: Database, partnership_id: str) -> dict[str, Any]:
    row = one(db, "SELECT * FROM partnerships WHERE id = ?", [partnership_id])
    if row is None:
        raise NotFoundError("That partnership no longer exists.")
    return row


def find_partnership(db: Database, name: str) -> dict[str, Any]:
    """By name (case-insensitive); the error lists the names that do exist."""
    row = one(db, "SELECT * FROM partnerships WHERE name = ? COLLATE NOCASE", [name.strip()])
    if row is None:
        names = [p["name"] for p in list_partnerships(db)]
        known = ", ".join(repr(n) for n in names) if names else "none yet"
        raise NotFoundError(f"No partnership named {name!r} (partnerships: {known}).")
    return row


# --- the privacy floor and the bands: the partnership's, on every laptop -------------

FLOOR = 3  # neither minimum may be set below this


@dataclass(frozen=True)
class Privacy:
    """The partnership's minimum group sizes and band thresholds.

    ``min_round``: a round shows no figure below this many included respondents.
    ``min_breakdown``: a breakdown cell (sector, role), an SD, median or answer
    distribution needs this many. ``band_strength``/``band_attention``: the means at or
    above which a dimension is a strength, below which it needs attention.
    """

    min_round: int = 3
    min_breakdown: int = 5
    band_strength: float = 4.0
    band_attention: float = 3.0


def get_privacy(db: Database, partnership_id: str) -> Privacy:
    row = one(
        db,
        "SELECT min_round, min_breakdown, band_strength, band_attention FROM partnerships"
        " WHERE id = ?",
        [partnership_id],
    )
    if row is None:
        raise NotFoundError("That partnership no longer exists.")
    return Privacy(
        int(row["min_round"]),
        int(row["min_breakdown"]),
        float(row["band_strength"]),
        float(row["band_attention"]),
    )


def check_privacy(privacy: Privacy) -> Privacy:
    """``privacy`` when it is allowed; otherwise an error that says why in plain words."""
    p = privacy
    for value, what in ((p.min_round, "round"), (p.min_breakdown, "breakdown")):
        if isinstance(value, bool) or not isinstance(value, int):
            raise InputError(f"The minimum group size for a {what} must be a whole number.")
    if p.min_round < FLOOR:
        raise InputError(
            f"A round needs at least {FLOOR} respondents before it shows figures: with 2, "
            "each could work out the other's answers from the mean."
        )
    if p.min_breakdown < FLOOR:
        raise InputError(
            f"A breakdown group needs at least {FLOOR} respondents: smaller groups give "
            "away individual answers."
        )
    if p.min_breakdown < p.min_round:
        raise InputError(
            "The minimum for a breakdown group cannot be below the minimum for a round: "
            "a group is part of the round."
        )
    if not (1 <= p.band_attention < p.band_strength <= 5):
        raise InputError(
            "The bands need 1 <= 'needs attention' below < 'strength' from <= 5 "
            f"(given {p.band_attention} and {p.band_strength})."
        )
    return p


def set_privacy(
    db: Database,
    partnership_id: str,
    *,
    min_round: int | None = None,
    min_breakdown: int | None = None,
    band_strength: float | None = None,
    band_attention: float | None = None,
) -> Privacy:
    """Change some of the partnership's settings (the coordinator's choice); validated."""
    old = get_privacy(db, partnership_id)
    new = check_privacy(
        Privacy(
            old.min_round if min_round is None else min_round,
            old.min_breakdown if min_breakdown is None else min_breakdown,
            old.band_strength if band_strength is None else float(band_strength),
            old.band_attention if band_attention is None else float(band_attention),
        )
    )
    if new != old:
        with write(db):
            db.execute(
                "UPDATE partnerships SET min_round = ?, min_breakdown = ?, band_strength = ?,"
                " band_attention = ? WHERE id = ?",
                [
                    new.min_round,
                    new.min_breakdown,
                    new.band_strength,
                    new.band_attention,
                    partnership_id,
                ],
            )
    return new


def merge_privacy(db: Database, partnership_id: str, other: Privacy) -> Privacy:
    """Take settings from an imported file: the larger minimums stay.

    The bands stay as they are here (they are not a protection, only a reading).
    A file's values below the floor are raised to it.
    """
    old = get_privacy(db, partnership_id)
    min_round = max(old.min_round, int(other.min_round), FLOOR)
    min_breakdown = max(old.min_breakdown, int(other.min_breakdown), min_round)
    return set_privacy(db, partnership_id, min_round=min_round, min_breakdown=min_breakdown)


def scoring_settings(db: Database, partnership_id: str, base: Any = None) -> Any:
    """``base`` (default: the domain's defaults) with the partnership's minimums and bands:
    the one ScoringSettings every output path applies (app, report, CLI, exports).

    Breakdowns (sector lines, gaps, comments) use ``min_group``: it is the partnership's
    ``min_breakdown``, so a breakdown cell never needs fewer than a breakdown minimum.
    """
    from dataclasses import replace

    from pps_monitor.domain.scoring import DEFAULT_SETTINGS

    p = get_privacy(db, partnership_id)
    return replace(
        base or DEFAULT_SETTINGS,
        min_round=p.min_round,
        min_breakdown=p.min_breakdown,
        min_group=p.min_breakdown,
        strength=p.band_strength,
        attention=p.band_attention,
    )
