"""Answering on phones: a small local web server for one round (no Qt).

Start it from the app or the CLI with ``PhoneSession``; see ``session.py``.
"""

from pps_monitor.web.network import NetworkError, lan_address
from pps_monitor.web.session import DEFAULT_PORT, PhoneSession

__all__ = ["DEFAULT_PORT", "NetworkError", "PhoneSession", "lan_address"]
