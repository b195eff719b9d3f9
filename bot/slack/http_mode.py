"""HTTP mode: the Bolt app mounted at POST /slack/events of the one FastAPI app (bolt's FastAPI example)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from slack_bolt.adapter.fastapi import SlackRequestHandler

from bot.slack.app import build_slack_app
from settings import Settings


def build_slack_router(settings: Settings, services) -> APIRouter:
    """A router with POST /slack/events; raises SlackSetupError when a Slack secret is missing."""
    handler = SlackRequestHandler(build_slack_app(settings, services))
    router = APIRouter()

    @router.post("/slack/events", include_in_schema=False)
    async def slack_events(request: Request) -> Response:
        return await handler.handle(request)

    return router
