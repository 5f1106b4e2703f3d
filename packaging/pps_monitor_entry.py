"""Entry point of the bundled app: the same ``pps-monitor`` command line (commands and
``pps-monitor [--db PATH] [FILE]``) as the pip-installed one."""

import multiprocessing
import sys

from pps_monitor.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
