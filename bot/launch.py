"""Starting the long-running processes, where the channels meet (beside ``bot.server``).

`grantbot serve` runs the one app (web, and Slack's HTTP mode when configured, with the weekly digest
beside it); `grantbot slack` runs the Slack bot in Socket Mode, or in HTTP mode inside the one app. The
command line calls these functions, so the terminal channel imports neither the web nor the Slack
channel (the import contracts in pyproject.toml check it).
"""

from __future__ import annotations

import sys

from fastapi import FastAPI

from bot.admin_token import with_admin_token
from bot.server import create_app
from bot.services import Services
from settings import Settings

# uvicorn closes a connection idle for 5 s, the very time httpx keeps one for reuse: a client sending its
# next request as the server closes gets a reset (the load benchmark's ReadErrors, when a starved client
# was slow to send). Idle connections are kept longer than clients keep theirs (nginx's 75 s), so the
# client is the one that closes them.
KEEP_ALIVE_SECONDS = 75


class StartError(Exception):
    """A process cannot start: an optional extra is missing, or a secret is missing or rejected."""


def serve_app(settings: Settings, services: Services) -> FastAPI:
    """The one app for `grantbot serve`; with Slack's HTTP mode configured, the digest runs beside it."""
    if settings.slack_signing_secret and settings.slack_bot_token:
        # On use: Slack's SDK is an optional extra (create_app says so when it is missing).
        from bot.slack.digest import start_digest

        start_digest(settings, services)
    return create_app(settings, services)


def warm_up(services: Services, going_on: str = "serving") -> None:
    """Load the embedding model and language detector before listening, so /healthz answers only when
    a question can be answered at once and the first answer is as quick as the rest (the warm-up
    answer is not logged: only the channels log)."""
    if services.grants():
        services.answer("Hva er søknadsfristen?")
    else:
        print(f"No grants yet: run `grantbot ingest --sample` ({going_on} anyway)", file=sys.stderr)


def app_from_environment() -> FastAPI:
    """The app as each `grantbot serve` process builds it from the environment (uvicorn's factory for
    ``--workers``), with the Slack digest's schedule beside it in Slack's HTTP mode: every worker runs
    it, and a channel's week is claimed once across them (bot/slack/digest.py)."""
    settings = Settings()
    if not settings.admin_token:  # the token serve generated and printed, kept in the home
        settings, _ = with_admin_token(settings, "")
    services = Services(settings)
    warm_up(services)
    return serve_app(settings, services)


def http_app(settings: Settings, services: Services) -> FastAPI:
    """Slack's HTTP mode: POST /slack/events of the one app (which serves the web chat too)."""
    return create_app(settings, services)


def run_slack(settings: Settings, host: str, port: int) -> None:
    """Start the Slack bot in the mode the settings call for; StartError when it cannot."""
    try:  # imported here, not at the top: Slack's SDK is an optional extra that `grantbot serve` does without
        from bot.slack.app import SlackSetupError
    except ImportError:
        raise StartError("the Slack bot needs the Slack extra: pip install 'grantbot[slack]'") from None
    try:
        _run_slack(settings, host, port)
    except SlackSetupError as err:
        raise StartError(str(err)) from None


def _run_slack(settings: Settings, host: str, port: int) -> None:
    import uvicorn  # only HTTP mode serves; Socket Mode connects out

    from bot.slack.app import require, verify_token
    from bot.slack.digest import start_digest
    from bot.slack.socket_mode import run_socket_mode

    services = Services(settings)
    start_digest(settings, services)  # the weekly digest runs in this process, beside the bot
    if settings.slack_app_token:
        run_socket_mode(settings, services, before_connecting=lambda: warm_up(services, "starting"))
        return
    require(settings, "slack_bot_token", "slack_signing_secret")
    verify_token(settings)
    warm_up(services, "starting")
    uvicorn.run(http_app(settings, services), host=host, port=port, timeout_keep_alive=KEEP_ALIVE_SECONDS)
