"""Which address the phones can reach, and opening the port, with plain-words errors."""

from __future__ import annotations

import errno
import socket
import sys

from pps_monitor.errors import PpsError

# Connecting a UDP socket sends nothing; it only asks the system which of the laptop's
# addresses it would use to reach that (private, unrouted) address.
_PROBES = ("10.255.255.255", "192.168.255.255", "172.31.255.255")

CAUSES = (
    "The usual causes: the Windows firewall blocks the app (allow it for private "
    'networks), or the Wi-Fi is a guest network with "client isolation" that keeps '
    "devices apart (use your own phone hotspot). You can pass the laptop around instead."
)


class NetworkError(PpsError):
    """The phones cannot reach the laptop: no address, or the port cannot be opened."""


def lan_address() -> str:
    """The laptop's address on its current network (never loopback)."""
    for probe in _PROBES:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            sock.connect((probe, 9))
            address = str(sock.getsockname()[0])
        except OSError:
            continue
        finally:
            sock.close()
        if address and not address.startswith("127.") and address != "0.0.0.0":
            return address
    raise NetworkError(
        "This laptop has no network address other than loopback (127.0.0.1): it is not "
        "connected to a Wi-Fi or a phone hotspot, so phones cannot reach it. Connect the "
        "laptop to the room's network (or your phone's hotspot) and try again, or pass the "
        "laptop around instead."
    )


def open_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket on exactly ``host:port`` (never all interfaces by default)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP given explicitly: asyncio sets TCP_NODELAY on accepted connections
    # only when the protocol says TCP, and without it small responses wait ~40 ms
    # (Nagle's algorithm against the phone's delayed ACK).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        if sys.platform == "win32":
            # Refuse to share the port with another program.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)  # type: ignore[attr-defined]
        else:
            # Allow a restart right after a close (TIME_WAIT), as every server does.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
        sock.setblocking(False)
    except OSError as exc:
        sock.close()
        raise NetworkError(_bind_message(host, port, exc)) from None
    return sock


def _bind_message(host: str, port: int, exc: OSError) -> str:
    if exc.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1), 10048):
        return (
            f"Port {port} on {host} is already in use by another program (or another phone "
            f"session). Close it, or choose another port. {CAUSES}"
        )
    if exc.errno in (errno.EACCES, getattr(errno, "WSAEACCES", -1), 10013):
        return f"This laptop does not allow the app to open port {port} on {host}. {CAUSES}"
    if exc.errno in (errno.EADDRNOTAVAIL, getattr(errno, "WSAEADDRNOTAVAIL", -1), 10049):
        return (
            f"{host} is not an address of this laptop (the network may have changed). "
            f"Choose the laptop's current address. {CAUSES}"
        )
    return f"Port {port} on {host} cannot be opened ({exc.strerror or exc}). {CAUSES}"
