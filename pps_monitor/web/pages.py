"""Rendering the phone pages: templates, static files and the language of a request."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader
from starlette.responses import HTMLResponse

from pps_monitor.web.texts import LANGS, texts

HERE = Path(__file__).parent
STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8"}
STATIC = {
    p.name: (p.read_bytes(), STATIC_TYPES[p.suffix])
    for p in (HERE / "static").iterdir()
    if p.suffix in STATIC_TYPES
}

templates = Environment(
    loader=FileSystemLoader(HERE / "templates"), autoescape=True, auto_reload=False
)


def _lang(value: str | None, default: str) -> str:
    return value if value in LANGS else default


def render(name: str, lang: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = templates.get_template(name).render(lang=lang, t=texts(lang), **context)
    return HTMLResponse(html, status_code=status)
