"""Start PPS Monitor from a source checkout: ``python main.py`` (same as ``pps-monitor``)."""

from pps_monitor.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
