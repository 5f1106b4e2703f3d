"""``serve``: phones answer an open round over the room's network, until Ctrl+C."""

from __future__ import annotations

import argparse
import sys

from pps_monitor.cli.common import db_path, open_readonly


def cmd_serve(args: argparse.Namespace) -> int:
    from pps_monitor.web.terminal import serve_in_terminal

    path = db_path(args)
    open_readonly(path).conn.close()  # a clear message for a missing, foreign or old file
    serve_in_terminal(
        path,
        args.partnership,
        args.round,
        out=sys.stdout,
        group=args.group,
        host=args.host,
        port=args.port,
        lang=args.lang or "nl",
    )
    return 0
