"""The one Bolt app behind both Slack adapters (HTTP at POST /slack/events, and Socket Mode)."""

from __future__ import annotations

from slack_bolt import App
from slack_sdk.errors import SlackApiError

from bot.slack import actions as slack_actions
from bot.slack import commands as slack_commands
from bot.slack import events as slack_events
from bot.slack.answers import SlackBot
from bot.slack.client import build_web_client
from bot.slack.dedupe import dedupe_middleware
from bot.slack.verification import StrictRequestVerification
from settings import Settings

_ENV_NAMES = {
    "slack_bot_token": "SLACK_BOT_TOKEN",
    "slack_signing_secret": "SLACK_SIGNING_SECRET",
    "slack_app_token": "SLACK_APP_TOKEN",
}


class SlackSetupError(Exception):
    """Slack cannot start: a missing or rejected secret; the message names the fix."""


def require(settings: Settings, *fields: str) -> None:
    """Raise SlackSetupError naming the first missing secret (secrets are needed only by this adapter)."""
    for field in fields:
        if not getattr(settings, field):
            raise SlackSetupError(f"{_ENV_NAMES[field]} is not set: see the Slack section of README.md")


def build_slack_app(settings: Settings, services, socket_mode: bool = False) -> App:
    """The Bolt app with every listener; HTTP mode verifies signatures, Socket Mode needs none."""
    require(settings, "slack_bot_token", *(() if socket_mode else ("slack_signing_secret",)))
    secret = settings.slack_signing_secret or ""
    app = App(
        name="grantbot",
        client=build_web_client(settings),
        signing_secret=secret,
        # auth.test runs on the first request instead, so building the web app needs no network.
        token_verification_enabled=False,
        # Bolt's own check raises on a non-numeric timestamp (500); ours answers 401.
        request_verification_enabled=False,
        before_authorize=None if socket_mode else StrictRequestVerification(secret),
    )
    bot = SlackBot(settings, services)
    app.use(dedupe_middleware(bot.seen))
    for listeners in (slack_events, slack_commands, slack_actions):
        listeners.register(app, bot)
    return app


def verify_token(settings: Settings) -> None:
    """Call auth.test once so a wrong token or URL is a start-up error, not a silent bot."""
    client = build_web_client(settings)
    try:
        client.auth_test()
    except SlackApiError as err:
        raise SlackSetupError(f"SLACK_BOT_TOKEN was rejected by Slack ({err.response.get('error')})") from None
    except OSError as err:
        raise SlackSetupError(f"Cannot reach the Slack API at {client.base_url} ({err})") from None
