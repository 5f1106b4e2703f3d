"""The ASGI middleware of the phone app: strict headers, and the room's gate."""

from __future__ import annotations

import re
from urllib.parse import parse_qs

from starlette.responses import RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pps_monitor.web.pages import _lang, render
from pps_monitor.web.room import Room

SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    # Not "no-referrer": under that policy Chromium sends "Origin: null" with our own
    # form posts, and the same-origin check could no longer tell them from a forged
    # post. "same-origin" sends nothing to any other site (there are no outside links
    # or resources anyway) and keeps the Origin header of our own posts.
    (b"referrer-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
_ROOM_PATH = re.compile(r"^/r/([^/]+)(/.*)?$")


class SecurityHeaders:
    """The same strict headers on every response, errors included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k for k, _ in SECURITY_HEADERS}
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message["headers"] = kept + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, with_headers)


class RoomGate:
    """404 outside ``/r/<room code>``; "this round is closed" once the session closed."""

    def __init__(self, app: ASGIApp, room: Room, default_lang: str) -> None:
        self.app, self.room, self.default_lang = app, room, default_lang

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        lang = _lang((query.get("lang") or [None])[0], self.default_lang)
        match = _ROOM_PATH.match(scope["path"])
        response: Response | None = None
        if match is None or not self.room.matches(match.group(1)):
            response = render(
                "message.html", lang, 404, title_key="not_found", text_key="not_found_text"
            )
        elif match.group(1) != self.room.code:
            # A code typed in lower case or without the dash: go to the real address,
            # so that the cookie (whose path holds the code) is sent.
            if scope["method"] != "GET":
                response = render(
                    "message.html", lang, 404, title_key="not_found", text_key="not_found_text"
                )
            else:
                qs = scope.get("query_string", b"").decode("latin-1")
                target = f"/r/{self.room.code}{match.group(2) or ''}" + (f"?{qs}" if qs else "")
                response = RedirectResponse(target, status_code=303)
        elif self.room.closed and not (match.group(2) or "").startswith("/static/"):
            response = render(
                "message.html",
                lang,
                410,
                title_key="closed",
                text_key="closed_text",
                base=f"/r/{self.room.code}",
            )
        if response is not None:
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)
