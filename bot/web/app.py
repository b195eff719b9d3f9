"""The web channel: one router with the HTTP API, the calendar and feed, the chat and grant pages, and the
admin dashboard."""

from __future__ import annotations

from fastapi import APIRouter

from bot.web.admin import build_admin_router
from bot.web.api import build_api_router
from bot.web.context import WebContext
from bot.web.feeds import build_feeds_router
from bot.web.pages import build_pages_router


def build_web_router(ctx: WebContext) -> APIRouter:
    """The API, the pages and the dashboard, as one router."""
    router = APIRouter()
    router.include_router(build_api_router(ctx))
    router.include_router(build_feeds_router(ctx))
    router.include_router(build_pages_router(ctx.settings.max_question_chars))
    router.include_router(build_admin_router(ctx))
    return router
