"""The committed catalogues as plain data, and scripts/update_catalogue.py as a module."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "resources" / "locale"
PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")


def update_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_catalogue", ROOT / "scripts" / "update_catalogue.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def catalogue(lang: str) -> Catalog:
    with (LOCALE / lang / "LC_MESSAGES" / "pps_monitor.po").open("rb") as f:
        return read_po(f, locale=lang)


def messages(lang: str) -> list[Message]:
    return [m for m in catalogue(lang) if m.id]


def forms(value: str | tuple[str, ...] | list[str]) -> list[str]:
    """The singular and plural of a plural message, or the one text of a plain one."""
    return [value] if isinstance(value, str) else list(value)


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def words(text: str) -> set[str]:
    """The lower-case words of a text, without its {placeholders}."""
    return {w.lower() for w in re.findall(r"[^\W\d_]+", PLACEHOLDER.sub(" ", text))}
