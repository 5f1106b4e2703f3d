"""Test set-up: offscreen Qt, and a private data folder and database for every test."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import HealthCheck, settings

# Timing is not what the property tests test: on a loaded machine (CI, or helpers
# sharing two cores) generating examples can take seconds. Correctness checks stay.
settings.register_profile("pps", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("pps")


@pytest.fixture(autouse=True)
def private_data_dirs(tmp_path, monkeypatch):
    """No test may touch a real user's files: point every user folder at tmp_path."""
    home = tmp_path / "home"
    home.mkdir()
    for var, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        path = home / sub if sub else home
        path.mkdir(exist_ok=True)
        monkeypatch.setenv(var, str(path))
    return home


@pytest.fixture
def db():
    from pps_monitor.storage.database import open_memory_database

    database = open_memory_database()
    yield database
    database.close()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "test.sqlite"
