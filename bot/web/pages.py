"""The pages: chat at /, the grant list at /grants, and their static scripts and styles."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse, HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from bot.web.messages import messages_script, web_messages
from bot.web.models import UiLanguage
from knowledge.messages import LANGUAGES

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
_MEDIA_TYPES = {".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png"}


@cache
def _rendered(name: str) -> str:
    # The pages share one head and header (templates/base.html); they hold no data, so each is
    # rendered once. The scripts fill them in, always as text, never as HTML.
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, keep_trailing_newline=True)
    return env.get_template(name).render(page=Path(name).stem)


def page(name: str) -> HTMLResponse:
    """One HTML page of bot/web/templates."""
    return HTMLResponse(_rendered(name), headers={"cache-control": "no-cache"})


def build_pages_router(max_question_chars: int = 2000) -> APIRouter:
    """Routes /, /grants, /static/{name}, and the pages' words: /static/messages.js and /api/messages."""
    router = APIRouter(include_in_schema=False)
    served = {p.name: p for p in STATIC.iterdir() if p.suffix in _MEDIA_TYPES}
    script = messages_script(max_question_chars)

    @router.get("/static/messages.js")
    def messages_js() -> Response:
        # Made from the message catalogue when the app starts; a static file name, so the pages'
        # Content-Security-Policy (scripts from the app's own files only) allows it.
        return Response(script, media_type="text/javascript", headers={"cache-control": "no-cache"})

    @router.get("/api/messages", include_in_schema=True, tags=["api"])
    def api_messages(language: UiLanguage = "en") -> dict:
        """The web pages' strings in ``language`` (every key, filled by the catalogue's fallback rule)."""
        return {"language": language, "languages": list(LANGUAGES), "messages": web_messages(language)}

    @router.get("/")
    def chat() -> HTMLResponse:
        return page("chat.html")

    @router.get("/grants")
    def grants() -> HTMLResponse:
        return page("grants.html")

    @router.get("/static/{name}")
    def static(name: str) -> FileResponse:
        # Only the files shipped in bot/web/static, by exact name: no paths, no directory listing.
        if name not in served:
            raise HTTPException(404, f"No static file {name!r}")
        path = served[name]
        return FileResponse(path, media_type=_MEDIA_TYPES[path.suffix], headers={"cache-control": "no-cache"})

    return router
