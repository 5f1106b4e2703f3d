"""Locate files under ``resources/`` in a source checkout and in an installed wheel."""

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled resource file (it need not exist)."""
    installed = _PACKAGE_DIR / "resources"
    base = installed if installed.is_dir() else _PACKAGE_DIR.parent / "resources"
    return base.joinpath(*parts)
