"""The pages: chat at /, the grant list at /grants, and their static scripts and styles."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
_MEDIA_TYPES = {".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png"}


def page(name: str) -> FileResponse:
    """One HTML page; the scripts fill it in, always as text, never as HTML."""
    return FileResponse(TEMPLATES / name, media_type="text/html; charset=utf-8",
                        headers={"cache-control": "no-cache"})


def build_pages_router() -> APIRouter:
    """Routes /, /grants and /static/{name}."""
    router = APIRouter(include_in_schema=False)
    served = {p.name: p for p in STATIC.iterdir() if p.suffix in _MEDIA_TYPES}

    @router.get("/")
    def chat() -> FileResponse:
        return page("chat.html")

    @router.get("/grants")
    def grants() -> FileResponse:
        return page("grants.html")

    @router.get("/static/{name}")
    def static(name: str) -> FileResponse:
        # Only the files shipped in bot/static, by exact name: no paths, no directory listing.
        if name not in served:
            raise HTTPException(404, f"No static file {name!r}")
        path = served[name]
        return FileResponse(path, media_type=_MEDIA_TYPES[path.suffix], headers={"cache-control": "no-cache"})

    return router
