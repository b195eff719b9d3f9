"""The dashboard's sources: GET /admin/api/sources (sources, pages, latest changes) and
POST /admin/refresh (refresh now), both behind the admin token."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from bot.refresh_schedule import Refresher
from bot.web.admin import admin_guard
from bot.web.context import WebContext
from knowledge.history import History
from knowledge.sources import SourceStore

LATEST_CHANGES = 20


def sources_view(ctx: WebContext, refresher: Refresher) -> dict:
    """What the dashboard shows about the web sources."""
    home = ctx.settings.home
    book = SourceStore(home).load()
    records = {r.source: r for r in ctx.services.grants()}

    def page(url: str) -> dict:
        state = book.pages.get(url)
        record = records.get(url)
        return {"url": url, "status": state.status if state else "new",
                "last_fetch": state.last_fetch.isoformat() if state and state.last_fetch else None,
                "error": state.error if state else None, "grant_id": record.id if record else None,
                "title": record.title if record else None, "withdrawn": bool(record and record.withdrawn)}

    sources = []
    for s in book.sources:
        pages = [page(u) for u in (s.pages if s.kind != "page" else [s.url])]
        sources.append({**s.model_dump(mode="json", exclude={"pages"}), "pages": pages})
    return {
        "sources": sources,
        "changes": History(home).entries(limit=LATEST_CHANGES),
        "withdrawn": [{"id": r.id, "title": r.title, "source": r.source} for r in records.values() if r.withdrawn],
        "refresh": {"every": ctx.settings.refresh_every if refresher.every else None,
                    "running": refresher.running, "last": refresher.last},
    }


def build_sources_router(ctx: WebContext, refresher: Refresher) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    require_admin = admin_guard(ctx.settings.admin_token)

    @router.get("/admin/api/sources")
    def sources(request: Request) -> dict:
        require_admin(request)
        return sources_view(ctx, refresher)

    @router.post("/admin/refresh")
    async def refresh_now(request: Request) -> Response:
        require_admin(request)
        result = await asyncio.to_thread(refresher.run)
        if "application/json" in request.headers.get("accept", "") or request.headers.get("authorization"):
            return JSONResponse(result, status_code=409 if "error" in result else 200)
        return RedirectResponse("/admin#sources-heading", status_code=303)  # the dashboard's button

    return router
