"""The session's state in memory: the room code and which browser stored which
questionnaire. Nothing here is ever written to disk; ``close()`` drops it."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from dataclasses import dataclass, field

from pps_monitor.web.store import Questionnaire, Submission, TieSet

# No 0/O, 1/I/L: a code read off a projector is typed without doubt.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8
MAX_VISITORS = 2000  # a flood of fresh browsers cannot fill the memory


def new_room_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def normalise_code(code: str) -> str:
    return code.replace("-", "").upper()


@dataclass
class Visitor:
    respondent_id: str | None = None  # the questionnaire this browser stored
    questionnaire: Questionnaire | None = None  # shown again when they change it
    # The tie answers this browser stored (issue 18): a tie respondent of its own; the
    # two ids meet only here, in memory, and are dropped when the session closes.
    tie_id: str | None = None
    ties: TieSet | None = None
    busy: bool = False


@dataclass
class Room:
    code: str = field(default_factory=new_room_code)
    closed: bool = False
    _secret: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)
    _visitors: dict[str, Visitor] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _count: int = 0

    def matches(self, candidate: str) -> bool:
        return hmac.compare_digest(
            normalise_code(candidate).encode(), normalise_code(self.code).encode()
        )

    def new_visitor(self) -> str | None:
        """A fresh random token, or None when the room is full or closed."""
        with self._lock:
            if self.closed or len(self._visitors) >= MAX_VISITORS:
                return None
            token = secrets.token_urlsafe(32)
            self._visitors[token] = Visitor()
            return token

    def visitor(self, token: str | None) -> Visitor | None:
        if not token:
            return None
        with self._lock:
            return None if self.closed else self._visitors.get(token)

    def csrf(self, token: str) -> str:
        """The form token of a browser: tied to its cookie and to this session."""
        return hmac.new(self._secret, token.encode(), hashlib.sha256).hexdigest()

    def csrf_ok(self, token: str, candidate: str) -> bool:
        return hmac.compare_digest(self.csrf(token).encode(), candidate.encode())

    @property
    def count(self) -> int:
        """Questionnaires stored from phones in this session (never who)."""
        with self._lock:
            return self._count

    def claim(self, visitor: Visitor, ties: bool = False) -> tuple[bool, str | None]:
        """Mark a submission in progress: (False, None) if the room closed or the visitor
        already has one in flight, else (True, the respondent it replaces: the
        questionnaire's, or with ``ties`` the tie answers')."""
        with self._lock:
            if self.closed or visitor.busy:
                return False, None
            visitor.busy = True
            return True, visitor.tie_id if ties else visitor.respondent_id

    def stored(self, visitor: Visitor, respondent_id: str | None, item: Submission | None) -> None:
        with self._lock:
            visitor.busy = False
            if respondent_id is None:
                return
            if isinstance(item, TieSet):
                visitor.tie_id, visitor.ties = respondent_id, item
                return
            if visitor.respondent_id is None:
                self._count += 1
            visitor.respondent_id, visitor.questionnaire = respondent_id, item

    def close(self) -> None:
        """Refuse everything from now on and forget which browser answered what."""
        with self._lock:
            self.closed = True
            self._visitors.clear()
