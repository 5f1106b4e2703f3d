"""The phone app's pages for one round: the questionnaire, sending it, thanks, static
files. The tie questions (issue 18) are in ``tie_pages.py``."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, cast

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from pps_monitor.web import forms
from pps_monitor.web.forms import MAX_BODY, FormError
from pps_monitor.web.pages import STATIC, _lang, render, templates
from pps_monitor.web.room import Room, Visitor
from pps_monitor.web.store import (
    Questionnaire,
    ReleasedError,
    RoundClosedError,
    RoundInfo,
    Submission,
    TieSet,
)
from pps_monitor.web.texts import text, texts

log = logging.getLogger("pps_monitor.web.app")
COOKIE = "pps_phone"
_CSRF_SLOT = "CSRF-SLOT-0b6e1f"  # replaced by each browser's own form token

Save = Callable[[Submission, str | None], "Future[str]"]


class PhonePages:
    """The route handlers of one round's phone app (see ``app.create_app``)."""

    def __init__(self, info: RoundInfo, room: Room, save: Save, default_lang: str) -> None:
        self.info, self.room, self.save = info, room, save
        self.default_lang = default_lang
        self.base = f"/r/{room.code}"
        self.blank_pages: dict[str, str] = {}

    def visitor_of(self, request: Request) -> tuple[str | None, Visitor | None]:
        token = request.cookies.get(COOKIE)
        return token, self.room.visitor(token)

    def context(self, request: Request, lang: str) -> dict[str, Any]:
        other = "en" if lang == "nl" else "nl"
        return {
            "base": self.base,
            "room": self.room.code,
            "info": self.info,
            "other_lang": other,
        }

    def questionnaire_html(
        self, request: Request, lang: str, q: Questionnaire | None, csrf: str, sent_before: bool
    ) -> str:
        instrument = self.info.instrument
        return templates.get_template("questionnaire.html").render(
            lang=lang,
            t=texts(lang),
            **self.context(request, lang),
            csrf=csrf,
            screens=forms.screens(instrument, lang),
            scale=[(v, instrument.scale_labels[v](lang)) for v in sorted(instrument.scale_labels)],
            dont_know=instrument.dont_know(lang),
            prefill=_prefill(q),
            comments=dict(q.comments) if q else {},
            sector=(q.sector or "") if q else "",
            role=(q.role or "") if q else "",
            sectors=self.info.sectors,
            roles=("manager", "professional"),
            total_items=len(instrument.items),
            sent_before=sent_before,
        )

    async def page(self, request: Request) -> Response:
        room = self.room
        lang = _lang(request.query_params.get("lang"), self.default_lang)
        token, visitor = self.visitor_of(request)
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
                    **self.context(request, lang),
                )
            visitor = room.visitor(token)
        assert token is not None and visitor is not None
        q = visitor.questionnaire
        if q is None:
            # The empty questionnaire is the same for every phone but for its form
            # token: render it once per language (60 phones open it at once).
            if lang not in self.blank_pages:
                self.blank_pages[lang] = self.questionnaire_html(
                    request, lang, None, _CSRF_SLOT, False
                )
            html = self.blank_pages[lang].replace(_CSRF_SLOT, room.csrf(token))
        else:
            sent_before = visitor.respondent_id is not None
            html = self.questionnaire_html(request, lang, q, room.csrf(token), sent_before)
        response = HTMLResponse(html)
        if fresh:
            response.set_cookie(COOKIE, token, path=self.base, httponly=True, samesite="strict")
        return response

    async def send(self, request: Request) -> Response:
        lang = _lang(request.query_params.get("lang"), self.default_lang)
        try:
            if not _same_origin(request):
                raise FormError("err.origin", 403)
            token, visitor = self.visitor_of(request)
            if token is None or visitor is None:
                raise FormError("err.cookie", 403)
            body = await _read_body(request)
            fields = forms.parse_body(body, request.headers.get("content-type", ""))
            lang = _lang(fields.get("lang"), lang)
            if not self.room.csrf_ok(token, fields.get("csrf", "")):
                raise FormError("err.form", 403)
            q = forms.validate(fields, self.info.instrument, self.info.sectors)
            await self._store(visitor, q)
        except FormError as err:
            return self._refusal(request, err, lang)
        return RedirectResponse(f"{self.base}/thanks?lang={lang}", status_code=303)

    async def _store(self, visitor: Visitor, q: Submission) -> None:
        """Save a valid questionnaire (or tie set) on the database thread, or FormError."""
        room = self.room
        ok, replaces = room.claim(visitor, ties=isinstance(q, TieSet))
        if not ok:
            raise FormError("closed" if room.closed else "err.busy", 410 if room.closed else 409)
        new_id: str | None = None
        try:
            new_id = await asyncio.wrap_future(self.save(q, replaces))
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

    def _refusal(
        self, request: Request, err: FormError, lang: str, back_href: str | None = None
    ) -> Response:
        if err.key == "closed":
            return render(
                "message.html",
                lang,
                410,
                title_key="closed",
                text_key="closed_text",
                **self.context(request, lang),
            )
        codes = cast(list[str], err.values.get("missing") or [])
        missing = [(code, self.info.instrument.item_by_code[code].text(lang)) for code in codes]
        message = text(err.key, lang, **{k: v for k, v in err.values.items() if k != "missing"})
        return render(
            "message.html",
            lang,
            err.status,
            title_key="problem",
            message=message,
            missing=missing,
            back=back_href is not None or err.key != "err.no_ties",
            back_href=back_href,
            back_label=text("ties_back", lang) if back_href else None,
            **self.context(request, lang),
        )

    async def thanks(self, request: Request) -> Response:
        lang = _lang(request.query_params.get("lang"), self.default_lang)
        _, visitor = self.visitor_of(request)
        if visitor is None or visitor.respondent_id is None:
            return RedirectResponse(f"{self.base}?lang={lang}", status_code=303)
        return render(
            "thanks.html",
            lang,
            own=self._own_result(visitor, lang),
            ties_offered=self.info.ties is not None,
            ties_sent=visitor.tie_id is not None,
            **self.context(request, lang),
        )

    def _own_result(self, visitor: Visitor, lang: str) -> list[tuple[str, str]]:
        """An employer's own organisation's result, from the answers this phone just sent
        (issue 17): shown only on this phone's own page, never stored."""
        instrument, q = self.info.instrument, visitor.questionnaire
        if instrument.respondents != "employers" or q is None:
            return []
        from pps_monitor.domain.own_result import own_result
        from pps_monitor.i18n.formats import format_decimal

        missing = text("own_dont_know", lang)
        return [
            (s.dimension.name(lang), format_decimal(s.mean, lang, 1, missing=missing))
            for s in own_result(instrument, q.answers)
        ]

    async def static(self, request: Request) -> Response:
        found = STATIC.get(request.path_params["name"])
        if found is None:
            return render(
                "message.html",
                self.default_lang,
                404,
                title_key="not_found",
                text_key="not_found_text",
            )
        body, media_type = found
        return Response(body, media_type=media_type)

    async def not_found(self, request: Request, exc: Exception) -> Response:
        return render(
            "message.html", self.default_lang, 404, title_key="not_found", text_key="not_found_text"
        )

    async def not_allowed(self, request: Request, exc: Exception) -> Response:
        return render(
            "message.html", self.default_lang, 405, title_key="problem", text_key="err.invalid"
        )


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
