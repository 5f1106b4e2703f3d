"""The tie questions on the phone page (issue 18): after the questionnaire, on their own.

``GET /r/<code>/ties`` first says that these answers are kept apart from the
questionnaire, not linked to it, and that the organisation is asked for this part only;
the respondent chooses their organisation there (a plain GET form). ``?org=<id>`` then
shows one plain form that rates every other organisation. ``POST /r/<code>/ties`` goes
through the questionnaire's own send path (``PhonePages._store``): the same Origin,
cookie, CSRF and size checks, the same room claim and database thread. The tie answers
are stored as a tie respondent of their own; the phone's visitor keeps its id in memory
only, so that a second send replaces the first.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from pps_monitor.domain.ties import (
    FREQUENCIES,
    FREQUENCY,
    QUALITY_ITEMS,
    frequency_text,
    item_text,
)
from pps_monitor.web import forms
from pps_monitor.web.forms import FormError
from pps_monitor.web.handlers import PhonePages, _read_body, _same_origin
from pps_monitor.web.pages import _lang, render, templates
from pps_monitor.web.room import Visitor
from pps_monitor.web.store import TieSet
from pps_monitor.web.texts import text, texts


class TiePages:
    """The route handlers of the tie questions, on top of the round's ``PhonePages``."""

    def __init__(self, pages: PhonePages) -> None:
        self.pages = pages

    def ties_html(
        self,
        request: Request,
        lang: str,
        csrf: str,
        chosen: str | None,
        prefill: dict[str, str],
        error: str | None = None,
    ) -> str:
        """The tie page: without ``chosen`` the respondent picks their organisation
        (a plain GET form), with it one plain form rates every other organisation."""
        entry = self.pages.info.ties
        assert entry is not None
        instrument = self.pages.info.instrument
        names = {o.id: o.name for o in entry.organisations}
        others = [
            (
                o.name,
                forms.tie_field(o.id, FREQUENCY),
                item_text(FREQUENCY, lang, o.name),
                [(forms.tie_field(o.id, c), item_text(c, lang, o.name)) for c in QUALITY_ITEMS],
            )
            for o in entry.organisations
            if o.id != chosen
        ]
        return templates.get_template("ties.html").render(
            lang=lang,
            t=texts(lang),
            **self.pages.context(request, lang),
            csrf=csrf,
            entry=entry,
            chosen=chosen,
            chosen_name=names.get(chosen or ""),
            selected=prefill.get("org", ""),
            others=others,
            frequencies=[
                (str(i), frequency_text(i, lang).capitalize()) for i in range(len(FREQUENCIES))
            ],
            scale=[(v, instrument.scale_labels[v](lang)) for v in sorted(instrument.scale_labels)],
            prefill=prefill,
            error=error,
        )

    def _tie_visitor(
        self, request: Request, lang: str
    ) -> tuple[str | None, Visitor | None, Response | None]:
        """The visitor that may open the tie page, or the response that sends it away."""
        if self.pages.info.ties is None:
            response = render(
                "message.html",
                lang,
                404,
                title_key="problem",
                text_key="err.no_ties",
                **self.pages.context(request, lang),
            )
            return None, None, response
        token, visitor = self.pages.visitor_of(request)
        if token is None or visitor is None or visitor.respondent_id is None:
            # As the thanks page: the tie questions come after the questionnaire.
            return None, None, RedirectResponse(f"{self.pages.base}?lang={lang}", status_code=303)
        return token, visitor, None

    async def page(self, request: Request) -> Response:
        lang = _lang(request.query_params.get("lang"), self.pages.default_lang)
        token, visitor, away = self._tie_visitor(request, lang)
        if away is not None:
            return away
        assert token is not None and visitor is not None and self.pages.info.ties is not None
        known = {o.id for o in self.pages.info.ties.organisations}
        stored = visitor.ties
        # ?org=ID: rate the others; ?org= (empty): choose again; none: as last sent.
        asked = request.query_params.get("org")
        chosen = asked if asked is not None else (stored.organisation if stored else None)
        prefill = _tie_prefill(stored) if stored else {}
        if chosen not in known:
            chosen = None
        elif stored is None or stored.organisation != chosen:
            prefill = {"org": chosen}
        html = self.ties_html(request, lang, self.pages.room.csrf(token), chosen, prefill)
        return HTMLResponse(html)

    async def send(self, request: Request) -> Response:
        lang = _lang(request.query_params.get("lang"), self.pages.default_lang)
        back = f"{self.pages.base}/ties?lang={lang}"
        fields: dict[str, str] = {}
        token: str | None = None
        try:
            if not _same_origin(request):
                raise FormError("err.origin", 403)
            token, visitor = self.pages.visitor_of(request)
            if token is None or visitor is None:
                raise FormError("err.cookie", 403)
            entry = self.pages.info.ties
            if entry is None:
                raise FormError("err.no_ties", 404)
            body = await _read_body(request)
            fields = forms.parse_body(body, request.headers.get("content-type", ""))
            lang = _lang(fields.get("lang"), lang)
            back = f"{self.pages.base}/ties?lang={lang}"
            if not self.pages.room.csrf_ok(token, fields.get("csrf", "")):
                raise FormError("err.form", 403)
            if visitor.respondent_id is None:
                raise FormError("err.ties_first", 409)
            ties = forms.validate_ties(fields, tuple(o.id for o in entry.organisations))
            await self.pages._store(visitor, ties)
        except FormError as err:
            if err.key in _TIE_RETRY and token is not None:
                # Not stored, but the answers were fine: the same form again, filled in.
                html = self.ties_html(
                    request,
                    lang,
                    self.pages.room.csrf(token),
                    fields["org"],
                    fields,
                    error=text(err.key, lang),
                )
                return HTMLResponse(html, status_code=err.status)
            if err.key in ("err.ties_first", "err.no_ties"):
                return self.pages._refusal(request, err, lang)
            return self.pages._refusal(request, err, lang, back_href=back)
        return RedirectResponse(f"{self.pages.base}/thanks?lang={lang}", status_code=303)


# Refusals of a valid tie form that was not stored: it comes back filled in.
_TIE_RETRY = frozenset({"err.tie_empty", "err.retry", "err.busy"})


def _tie_prefill(ties: TieSet) -> dict[str, str]:
    """The form fields of a sent tie set ("don't know" and no answer both show open)."""
    out = {"org": ties.organisation}
    for target, answers in ties.ratings.items():
        for code, value in answers.items():
            if value is not None:
                out[forms.tie_field(target, code)] = str(value)
    return out
