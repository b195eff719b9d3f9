"""The composition root: one FastAPI app with the web router and, when configured, the Slack router."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI

from bot.refresh_schedule import Refresher
from bot.services import Services
from bot.web.app import build_web_router
from bot.web.context import WebContext, build_context
from bot.web.errors import install_error_handlers
from bot.web.security import BodyLimit, SecurityHeaders
from bot.web.sources import build_sources_router
from settings import Settings

log = logging.getLogger(__name__)
PURGE_EVERY_SECONDS = 3600


async def _purge_regularly(ctx: WebContext) -> None:
    # Retention must hold even when nobody opens the dashboard.
    while True:
        try:
            removed = await asyncio.to_thread(ctx.purge_expired)
            if removed:
                log.info("retention: deleted %d logged questions", removed)
        except Exception:
            log.exception("retention purge failed")
        await asyncio.sleep(PURGE_EVERY_SECONDS)


async def _refresh_regularly(refresher: Refresher) -> None:
    # The first refresh waits one period: `grantbot sources add` has just fetched everything.
    while True:
        await asyncio.sleep(refresher.every)
        await asyncio.to_thread(refresher.run)


def create_app(settings: Settings, services: Services | None = None) -> FastAPI:
    """The one app: chat page, HTTP API, dashboard, and POST /slack/events when Slack is configured."""
    services = services or Services(settings)
    ctx = build_context(settings, services)
    refresher = Refresher(settings, services)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        tasks = [asyncio.create_task(_purge_regularly(ctx))]
        if refresher.every:
            tasks.append(asyncio.create_task(_refresh_regularly(refresher)))
        yield
        for task in tasks:
            task.cancel()

    app = FastAPI(title="grantbot", summary="Answers questions about Nordic public grants, with citations.",
                  version="0.1.0", docs_url=None, redoc_url=None, lifespan=lifespan)
    install_error_handlers(app)
    app.include_router(build_web_router(ctx))
    app.include_router(build_sources_router(ctx, refresher))
    if settings.slack_signing_secret and settings.slack_bot_token:
        try:
            from bot.slack.http_mode import build_slack_router
        except ImportError as err:  # Slack is an optional extra: say so instead of serving a 404 to Slack
            raise RuntimeError("SLACK_* is set but the Slack extra is missing: pip install 'grantbot[slack]'") from err
        app.include_router(build_slack_router(settings, services))
    app.add_middleware(BodyLimit)
    app.add_middleware(SecurityHeaders)
    return app
