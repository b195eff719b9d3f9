"""The pages: chat at /, the grant list at /grants, and their static scripts and styles."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse, HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

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
    """One HTML page of bot/templates."""
    return HTMLResponse(_rendered(name), headers={"cache-control": "no-cache"})


def build_pages_router() -> APIRouter:
    """Routes /, /grants and /static/{name}."""
    router = APIRouter(include_in_schema=False)
    served = {p.name: p for p in STATIC.iterdir() if p.suffix in _MEDIA_TYPES}

    @router.get("/")
    def chat() -> HTMLResponse:
        return page("chat.html")

    @router.get("/grants")
    def grants() -> HTMLResponse:
        return page("grants.html")

    @router.get("/static/{name}")
    def static(name: str) -> FileResponse:
        # Only the files shipped in bot/static, by exact name: no paths, no directory listing.
        if name not in served:
            raise HTTPException(404, f"No static file {name!r}")
        path = served[name]
        return FileResponse(path, media_type=_MEDIA_TYPES[path.suffix], headers={"cache-control": "no-cache"})

    return router
