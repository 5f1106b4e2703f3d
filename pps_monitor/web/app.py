"""The ASGI app that serves the questionnaire to phones (Starlette).

Every URL lives under ``/r/<room code>``; any other path, or a wrong code, is a 404.
A browser gets a random token in a cookie at its first visit; its form posts carry a
CSRF token derived from it. Nothing about the device (address, user agent, time) is
stored or logged.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, cast
from urllib.parse import parse_qs

from jinja2 import Environment, FileSystemLoader
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pps_monitor.web import forms
from pps_monitor.web.forms import MAX_BODY, FormError
from pps_monitor.web.room import Room, Visitor
from pps_monitor.web.store import (
    Questionnaire,
    ReleasedError,
    RoundClosedError,
    RoundInfo,
)
from pps_monitor.web.texts import LANGS, text, texts

log = logging.getLogger(__name__)
COOKIE = "pps_phone"
HERE = Path(__file__).parent
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
STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8"}
STATIC = {
    p.name: (p.read_bytes(), STATIC_TYPES[p.suffix])
    for p in (HERE / "static").iterdir()
    if p.suffix in STATIC_TYPES
}
_CSRF_SLOT = "CSRF-SLOT-0b6e1f"  # replaced by each browser's own form token
_ROOM_PATH = re.compile(r"^/r/([^/]+)(/.*)?$")

Save = Callable[[Questionnaire, str | None], "Future[str]"]

templates = Environment(
    loader=FileSystemLoader(HERE / "templates"), autoescape=True, auto_reload=False
)


def _lang(value: str | None, default: str) -> str:
    return value if value in LANGS else default


def render(name: str, lang: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = templates.get_template(name).render(lang=lang, t=texts(lang), **context)
    return HTMLResponse(html, status_code=status)


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


def create_app(
    info: RoundInfo,
    room: Room,
    save: Save,
    *,
    lang: str = "nl",
    allowed_hosts: list[str] | None = None,
) -> Starlette:
    """The phone app for one round; ``save(questionnaire, replaces)`` stores a
    questionnaire on the database thread and returns the new respondent's id."""
    base = f"/r/{room.code}"
    default_lang = _lang(lang, "nl")

    def visitor_of(request: Request) -> tuple[str | None, Visitor | None]:
        token = request.cookies.get(COOKIE)
        return token, room.visitor(token)

    def context(request: Request, lang: str) -> dict[str, Any]:
        other = "en" if lang == "nl" else "nl"
        return {
            "base": base,
            "room": room.code,
            "info": info,
            "other_lang": other,
        }

    blank_pages: dict[str, str] = {}

    def questionnaire_html(
        request: Request, lang: str, q: Questionnaire | None, csrf: str, sent_before: bool
    ) -> str:
        instrument = info.instrument
        return templates.get_template("questionnaire.html").render(
            lang=lang,
            t=texts(lang),
            **context(request, lang),
            csrf=csrf,
            screens=forms.screens(instrument, lang),
            scale=[(v, instrument.scale_labels[v](lang)) for v in sorted(instrument.scale_labels)],
            dont_know=instrument.dont_know(lang),
            prefill=_prefill(q),
            comments=dict(q.comments) if q else {},
            sector=(q.sector or "") if q else "",
            role=(q.role or "") if q else "",
            sectors=info.sectors,
            roles=("manager", "professional"),
            total_items=len(instrument.items),
            sent_before=sent_before,
        )

    async def page(request: Request) -> Response:
        lang = _lang(request.query_params.get("lang"), default_lang)
        token, visitor = visitor_of(request)
        fresh = visitor is None
        if fresh:
            token = room.new_visitor()
            if token is None:
                return render(
                    "message.html",
                    lang,
                    503,
                    title_key="problem",
                    text_key="err.busy",
                    **context(request, lang),
                )
            visitor = room.visitor(token)
        assert token is not None and visitor is not None
        q = visitor.questionnaire
        if q is None:
            # The empty questionnaire is the same for every phone but for its form
            # token: render it once per language (60 phones open it at once).
            if lang not in blank_pages:
                blank_pages[lang] = questionnaire_html(request, lang, None, _CSRF_SLOT, False)
            html = blank_pages[lang].replace(_CSRF_SLOT, room.csrf(token))
        else:
            sent_before = visitor.respondent_id is not None
            html = questionnaire_html(request, lang, q, room.csrf(token), sent_before)
        response = HTMLResponse(html)
        if fresh:
            response.set_cookie(COOKIE, token, path=base, httponly=True, samesite="strict")
        return response

    async def send(request: Request) -> Response:
        lang = _lang(request.query_params.get("lang"), default_lang)
        try:
            if not _same_origin(request):
                raise FormError("err.origin", 403)
            token, visitor = visitor_of(request)
            if token is None or visitor is None:
                raise FormError("err.cookie", 403)
            body = await _read_body(request)
            fields = forms.parse_body(body, request.headers.get("content-type", ""))
            lang = _lang(fields.get("lang"), lang)
            if not room.csrf_ok(token, fields.get("csrf", "")):
                raise FormError("err.form", 403)
            q = forms.validate(fields, info.instrument, info.sectors)
            ok, replaces = room.claim(visitor)
            if not ok:
                raise FormError(
                    "closed" if room.closed else "err.busy", 410 if room.closed else 409
                )
            new_id: str | None = None
            try:
                new_id = await asyncio.wrap_future(save(q, replaces))
            except RoundClosedError:
                raise FormError("closed", 410) from None
            except ReleasedError:
                raise FormError("err.released", 409) from None
            except Exception:
                # Not acknowledged, so the phone keeps its answers and can send again.
                log.exception("A questionnaire from a phone could not be stored")
                raise FormError("err.retry", 503) from None
            finally:
                room.stored(visitor, new_id, q)
        except FormError as err:
            return _refusal(request, err, lang)
        return RedirectResponse(f"{base}/thanks?lang={lang}", status_code=303)

    def _refusal(request: Request, err: FormError, lang: str) -> Response:
        if err.key == "closed":
            return render(
                "message.html",
                lang,
                410,
                title_key="closed",
                text_key="closed_text",
                **context(request, lang),
            )
        codes = cast(list[str], err.values.get("missing") or [])
        missing = [(code, info.instrument.item_by_code[code].text(lang)) for code in codes]
        message = text(err.key, lang, **{k: v for k, v in err.values.items() if k != "missing"})
        return render(
            "message.html",
            lang,
            err.status,
            title_key="problem",
            message=message,
            missing=missing,
            back=True,
            **context(request, lang),
        )

    async def thanks(request: Request) -> Response:
        lang = _lang(request.query_params.get("lang"), default_lang)
        _, visitor = visitor_of(request)
        if visitor is None or visitor.respondent_id is None:
            return RedirectResponse(f"{base}?lang={lang}", status_code=303)
        return render("thanks.html", lang, **context(request, lang))

    async def static(request: Request) -> Response:
        found = STATIC.get(request.path_params["name"])
        if found is None:
            return render(
                "message.html", default_lang, 404, title_key="not_found", text_key="not_found_text"
            )
        body, media_type = found
        return Response(body, media_type=media_type)

    routes = [
        Route("/r/{room}", page, methods=["GET"]),
        Route("/r/{room}/send", send, methods=["POST"]),
        Route("/r/{room}/thanks", thanks, methods=["GET"]),
        Route("/r/{room}/static/{name}", static, methods=["GET"]),
    ]
    middleware = [Middleware(SecurityHeaders)]
    if allowed_hosts:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts))
    middleware.append(Middleware(RoomGate, room=room, default_lang=default_lang))
    app = Starlette(routes=routes, middleware=middleware)

    async def not_found(request: Request, exc: Exception) -> Response:
        return render(
            "message.html", default_lang, 404, title_key="not_found", text_key="not_found_text"
        )

    async def not_allowed(request: Request, exc: Exception) -> Response:
        return render(
            "message.html", default_lang, 405, title_key="problem", text_key="err.invalid"
        )

    app.add_exception_handler(404, not_found)
    app.add_exception_handler(405, not_allowed)
    return app


def _prefill(q: Questionnaire | None) -> dict[str, str]:
    if q is None:
        return {}
    return {code: ("dk" if v is None else str(v)) for code, v in q.answers.items()}


def _same_origin(request: Request) -> bool:
    """A post must come from a page of this server (Origin, else Referer, when sent)."""
    own = f"{request.url.scheme}://{request.headers.get('host', '')}"
    origin = request.headers.get("origin")
    if origin is not None:
        return origin == own
    referer = request.headers.get("referer")
    if referer is not None:
        return referer == own or referer.startswith(own + "/")
    # No header at all (rare, old browsers): the SameSite cookie and the CSRF token hold.
    return True


async def _read_body(request: Request) -> bytes:
    """The body, refused before it is parsed when it is larger than MAX_BODY."""
    length = request.headers.get("content-length")
    if length is not None:
        if not length.isdigit():
            raise FormError("err.invalid")
        if int(length) > MAX_BODY:
            raise FormError("err.too_big", 413)
    size, chunks = 0, []
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise FormError("err.too_big", 413)
        chunks.append(chunk)
    return b"".join(chunks)
