"""``serve``: phones answer an open round over the room's network, until Ctrl+C."""

from __future__ import annotations

import argparse
import sys

from pps_monitor.cli.common import db_path, open_readonly


def cmd_serve(args: argparse.Namespace) -> int:
    from pps_monitor.services.partnerships import find_partnership
    from pps_monitor.web.terminal import serve_in_terminal

    path = db_path(args)
    db = open_readonly(path)  # a clear message for a missing, foreign or old file
    own = find_partnership(db, args.partnership).get("language")
    db.conn.close()
    serve_in_terminal(
        path,
        args.partnership,
        args.round,
        out=sys.stdout,
        group=args.group,
        host=args.host,
        port=args.port,
        lang=args.lang or own or "nl",  # else the partnership's language, else Dutch
    )
    return 0
