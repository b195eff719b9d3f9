"""GET /deadlines.ics and GET /grants.atom: the filtered grant list as a calendar and as a feed."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request, Response

from bot.grant_history import first_seen
from bot.web.atom_feed import grants_feed
from bot.web.calendar_ics import deadlines_calendar
from bot.web.context import WebContext
from bot.web.grants import GrantFilters


def _query(request: Request) -> str:
    # The filters as given, minus `today`: the feed's id and links must not change from day to day.
    return urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "today"])


def build_feeds_router(ctx: WebContext) -> APIRouter:
    """Routes /deadlines.ics and /grants.atom, with the filters of /api/grants."""
    router = APIRouter(tags=["feeds"])

    def _selected(query):
        records = query.select(ctx.services)
        seen = first_seen(ctx.settings.home, ctx.services.catalogue.records())
        return [(r, ctx.services.catalogue.document(r.id)) for r in records], seen

    @router.get("/deadlines.ics", response_class=Response,
                responses={200: {"content": {"text/calendar": {}}, "description": "iCalendar (RFC 5545)"}})
    def deadlines(request: Request, query: GrantFilters) -> Response:
        """An all-day event per application deadline of the grants that pass the filters."""
        grants, seen = _selected(query)
        body = deadlines_calendar(grants, str(request.base_url), seen)
        return Response(body, media_type="text/calendar; charset=utf-8",
                        headers={"content-disposition": 'inline; filename="deadlines.ics"', "cache-control": "no-cache"})

    @router.get("/grants.atom", response_class=Response,
                responses={200: {"content": {"application/atom+xml": {}}, "description": "Atom (RFC 4287)"}})
    def feed(request: Request, query: GrantFilters) -> Response:
        """An entry per new or changed announcement among the grants that pass the filters, newest first."""
        grants, seen = _selected(query)
        body = grants_feed(grants, seen, str(request.base_url), _query(request), query.today)
        return Response(body, media_type="application/atom+xml; charset=utf-8", headers={"cache-control": "no-cache"})

    return router
