"""Shared fixtures: a demo database made once, copied into a folder of its own per test."""

import hashlib
import os
import shutil
import subprocess
import sys

import pytest

from pps_monitor.cli import main
from tests.paths import FIXTURES

ROOT = FIXTURES.parents[1]


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    target = folder / "demo.sqlite"
    shutil.copyfile(demo_template, target)
    return target


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def folder_state(folder):
    """Every file in the folder with a hash of its bytes (for 'nothing changed')."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def cli(*argv, env=None, stdin=subprocess.DEVNULL, timeout=120):
    """``python -m pps_monitor`` as a user runs it."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "pps_monitor", *map(str, argv)],
        capture_output=True,
        text=True,
        env=full_env,
        stdin=stdin,
        timeout=timeout,
        cwd=ROOT,
    )
