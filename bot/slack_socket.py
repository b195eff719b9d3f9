"""Socket Mode: the same Bolt app over Slack's WebSocket, so no public URL is needed."""

from __future__ import annotations

from slack_bolt.adapter.socket_mode import SocketModeHandler

from bot.slack_app import build_slack_app, require, verify_token
from knowledge.settings import Settings


def run_socket_mode(settings: Settings, services) -> None:
    """Connect with SLACK_APP_TOKEN and serve until interrupted."""
    require(settings, "slack_app_token", "slack_bot_token")
    verify_token(settings)
    SocketModeHandler(build_slack_app(settings, services, socket_mode=True), app_token=settings.slack_app_token).start()
