"""The import rules are enforced: a Qt import in the domain makes `lint-imports` fail."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))


def _lint(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(
        [LINT, "--no-cache", "--no-logo"],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    if not Path(LINT).exists():
        pytest.skip("lint-imports is not installed")
    copy = tmp_path_factory.mktemp("arch")
    shutil.copytree(
        ROOT / "pps_monitor", copy / "pps_monitor", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    return copy


def test_the_contracts_hold_on_the_code_as_it_is(tree):
    result = _lint(tree)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("where", "line", "contract"),
    [
        ("domain", "import PySide6.QtCore", "Qt only in pps_monitor.ui"),
        ("storage", "from shiboken6 import isValid", "Qt only in pps_monitor.ui"),
        ("domain", "import sqlite3", "The domain is pure"),
        ("domain", "from pps_monitor.storage import database", "The domain is pure"),
    ],
)
def test_a_forbidden_import_breaks_ci(tree, where, line, contract):
    probe = tree / "pps_monitor" / where / "_probe.py"
    probe.write_text(line + "\n")
    try:
        result = _lint(tree)
    finally:
        probe.unlink()
    assert result.returncode != 0
    assert f"{contract}" in result.stdout and "BROKEN" in result.stdout
