"""Where PPS Monitor keeps its files (no heavy imports: used at start-up)."""

from pathlib import Path


def default_database_path() -> Path:
    """The database in the user's data folder (created on first use)."""
    from platformdirs import user_data_path

    return user_data_path("pps-monitor", appauthor=False) / "pps-monitor.sqlite"
