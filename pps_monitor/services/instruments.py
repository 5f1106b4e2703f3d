"""Instruments of your own: a spreadsheet template to edit, imported as a new version.

Imported instruments are kept as JSON files in the user's data folder
(``instruments/ID-VERSION.json``); the app offers them for a new round, and the CLI
takes the file with ``create-round --instrument FILE``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pps_monitor.services.db import Db

if TYPE_CHECKING:
    from pps_monitor.domain.instrument import Instrument


def instruments_folder() -> Path:
    from platformdirs import user_data_path

    return user_data_path("pps-monitor", appauthor=False) / "instruments"


def template(inst: Instrument, out: Path) -> Path:
    """Write ``inst`` as an XLSX template to edit."""
    from pps_monitor.exchange.instrument_sheet import write_template

    return write_template(inst, out)


def read(
    path: Path, base: Instrument | None = None, lang: str = "en"
) -> tuple[Instrument, list[str]]:
    """The instrument an edited template holds (InputError naming every bad cell)."""
    from pps_monitor.exchange.instrument_import import read_template

    return read_template(path, base, lang)


def known(db: Db | None = None, partnership_id: str | None = None) -> list[Instrument]:
    """Every instrument to choose from: the bundled ones (and their archived versions),
    those imported, and those the partnership's rounds ran (newest version of each id
    last)."""
    from pps_monitor.domain.instrument import default_instrument, load_instrument
    from pps_monitor.errors import InstrumentError
    from pps_monitor.resources import resource_path

    found: dict[tuple[str, str], Instrument] = {}
    inst = default_instrument()
    found[(inst.id, inst.version)] = inst
    bundled = resource_path("instruments")
    folders = [bundled, bundled / "archive", instruments_folder()]
    paths = [p for f in folders if f.is_dir() for p in sorted(f.glob("*.json"))]
    for path in paths:
        try:
            inst = load_instrument(path)
        except InstrumentError:
            continue  # a damaged file is skipped, not a reason to refuse the dialog
        found.setdefault((inst.id, inst.version), inst)
    if db is not None and partnership_id is not None:
        from pps_monitor.services import partnerships as svc

        for r in svc.list_rounds(db, partnership_id):
            inst = svc.round_instrument(db, r["id"])
            found.setdefault((inst.id, inst.version), inst)
    return sorted(found.values(), key=lambda i: (i.id, _version_key(i.version)))


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(x) for x in version.split("."))


def base_for(inst_id: str, known_ones: list[Instrument]) -> Instrument | None:
    """The latest known version of ``inst_id`` (what an imported template changes)."""
    same = [i for i in known_ones if i.id == inst_id]
    return same[-1] if same else None


def save(inst: Instrument, folder: Path | None = None) -> Path:
    """Keep an imported instrument as ``ID-VERSION.json``; refuses to overwrite a
    different instrument under the same version (InputError)."""
    from pps_monitor.errors import InputError
    from pps_monitor.exchange.instrument_import import instrument_json
    from pps_monitor.files import write_atomically

    folder = folder or instruments_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{inst.id}-{inst.version}.json"
    text = instrument_json(inst)
    if path.exists() and path.read_text(encoding="utf-8") != text:
        raise InputError(
            f"Version {inst.version} of {inst.id} already exists with other content: "
            "raise the version in the sheet 'instrument'."
        )
    write_atomically(path, text.encode("utf-8"))
    return path


def import_template(
    path: Path,
    db: Db | None = None,
    partnership_id: str | None = None,
    folder: Path | None = None,
    lang: str = "en",
) -> tuple[Instrument, list[str], Path]:
    """Read an edited template against the latest known version of its id and keep it."""
    from pps_monitor.exchange.instrument_import import template_id

    known_ones = known(db, partnership_id)
    inst, notes = read(path, base_for(template_id(path), known_ones), lang)
    return inst, notes, save(inst, folder)
