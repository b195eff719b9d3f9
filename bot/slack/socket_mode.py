"""Socket Mode: the same Bolt app over Slack's WebSocket, so no public URL is needed."""

from __future__ import annotations

from collections.abc import Callable

from slack_bolt.adapter.socket_mode import SocketModeHandler

from bot.slack.app import build_slack_app, require, verify_token
from settings import Settings


def run_socket_mode(settings: Settings, services, before_connecting: Callable[[], None] = lambda: None) -> None:
    """Check the tokens, run ``before_connecting`` (the warm-up), then serve until interrupted."""
    require(settings, "slack_app_token", "slack_bot_token")
    verify_token(settings)
    app = build_slack_app(settings, services, socket_mode=True)
    before_connecting()
    SocketModeHandler(app, app_token=settings.slack_app_token).start()
