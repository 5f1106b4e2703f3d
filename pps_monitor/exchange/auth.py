"""Authenticity of a responses file (issue 14): HMAC-SHA256 with the round's random key.

Every round made by this version draws a random 256-bit key (``rounds.exchange_key``).
The round package carries it to the laptops that run the round; a responses file
carries ``manifest.auth = {"alg": "HMAC-SHA256", "mac": ...}``, the HMAC under that key
of the round's id and the SHA-256 of ``data.json``. On import the MAC is checked with
the key of the round the file names, in this database: an edited file (answers changed,
respondents invented, the checksum recomputed) or a file moved to another round or
partnership is refused.

What this does not protect against: whoever holds the round package (or a database
with the round) holds the key and can make a file that passes. Rounds made before
keys existed have none; their files are read as before, unauthenticated.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from typing import Any

from pps_monitor.exchange.fileformat import Exchange
from pps_monitor.exchange.refusal import Refused
from pps_monitor.i18n import N_

ALG = "HMAC-SHA256"
DOMAIN = b"pps-monitor responses\x00"
KEY_RE = re.compile(r"^[0-9a-f]{64}$")


def new_key() -> str:
    return secrets.token_hex(32)


def is_key(value: Any) -> bool:
    return isinstance(value, str) and bool(KEY_RE.match(value))


def mac(key: str, round_id: str, data_sha256: str) -> str:
    message = DOMAIN + round_id.encode("ascii") + b"\x00" + data_sha256.encode("ascii")
    return hmac.new(bytes.fromhex(key), message, hashlib.sha256).hexdigest()


def seal(manifest: dict[str, Any], key: str | None, round_id: str) -> None:
    """Add ``auth`` to a responses file's manifest (after ``files`` is set)."""
    if key:
        digest = manifest["files"]["data.json"]["sha256"]
        manifest["auth"] = {"alg": ALG, "mac": mac(key, round_id, digest)}


def verify(ex: Exchange, round_row: dict[str, Any]) -> None:
    """Refuse a responses file whose MAC does not match the round's key here."""
    key = round_row.get("exchange_key")
    if not key:
        return  # a round made before keys: read as before (documented)
    auth = ex.manifest.get("auth")
    if not isinstance(auth, dict) or auth.get("alg") != ALG or not is_key(auth.get("mac")):
        raise Refused(
            ex.name,
            "manifest.json: auth",
            N_(
                "the file is not authenticated for this round (made by an older PPS Monitor, "
                "or edited); ask for a new export."
            ),
        )
    digest = ex.manifest["files"]["data.json"]["sha256"]
    if not hmac.compare_digest(mac(key, str(round_row["id"]), digest), auth["mac"]):
        raise Refused(
            ex.name,
            "manifest.json: auth",
            N_(
                "the authentication does not match: the file was changed after it was "
                "exported, or made for another round or partnership."
            ),
        )
