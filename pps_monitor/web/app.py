"""The ASGI app that serves the questionnaire to phones (Starlette).

Every URL lives under ``/r/<room code>``; any other path, or a wrong code, is a 404.
A browser gets a random token in a cookie at its first visit; its form posts carry a
CSRF token derived from it. Nothing about the device (address, user agent, time) is
stored or logged.

The handlers live in ``handlers.py``, the middleware in ``middleware.py`` and the
rendering in ``pages.py``; the names below are re-exported for their callers.
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.routing import Route

from pps_monitor.web.handlers import _CSRF_SLOT, COOKIE, PhonePages, Save
from pps_monitor.web.middleware import SECURITY_HEADERS, RoomGate, SecurityHeaders
from pps_monitor.web.pages import STATIC, _lang, render, templates
from pps_monitor.web.room import Room
from pps_monitor.web.store import RoundInfo
from pps_monitor.web.tie_pages import TiePages

__all__ = [
    "COOKIE",
    "SECURITY_HEADERS",
    "STATIC",
    "_CSRF_SLOT",
    "RoomGate",
    "Save",
    "SecurityHeaders",
    "create_app",
    "render",
    "templates",
]


def create_app(
    info: RoundInfo,
    room: Room,
    save: Save,
    *,
    lang: str = "nl",
    allowed_hosts: list[str] | None = None,
) -> Starlette:
    """The phone app for one round; ``save(item, replaces)`` stores a questionnaire or
    a tie set on the database thread and returns the new (tie) respondent's id."""
    pages = PhonePages(info, room, save, _lang(lang, "nl"))
    ties = TiePages(pages)
    routes = [
        Route("/r/{room}", pages.page, methods=["GET"]),
        Route("/r/{room}/send", pages.send, methods=["POST"]),
        Route("/r/{room}/thanks", pages.thanks, methods=["GET"]),
        Route("/r/{room}/ties", ties.page, methods=["GET"]),  # issue 18
        Route("/r/{room}/ties", ties.send, methods=["POST"]),
        Route("/r/{room}/static/{name}", pages.static, methods=["GET"]),
    ]
    middleware = [Middleware(SecurityHeaders)]
    if allowed_hosts:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts))
    middleware.append(Middleware(RoomGate, room=room, default_lang=pages.default_lang))
    app = Starlette(routes=routes, middleware=middleware)
    app.add_exception_handler(404, pages.not_found)
    app.add_exception_handler(405, pages.not_allowed)
    return app
