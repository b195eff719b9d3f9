"""`grantbot slack`: Socket Mode when SLACK_APP_TOKEN is set, else HTTP mode at POST /slack/events."""

from __future__ import annotations

import typer

from bot.services import Services
from knowledge.settings import Settings


def http_app(settings: Settings, services: Services):
    """The one FastAPI app (bot.server) when present; else a bare app holding only the Slack route."""
    try:
        from bot.server import create_app  # the web work's module, imported only when running HTTP mode
    except ImportError:
        from fastapi import FastAPI

        from bot.slack.http_mode import build_slack_router

        app = FastAPI(title="grantbot slack")
        app.include_router(build_slack_router(settings, services))
        return app
    return create_app(settings, services)


def warm_up(services: Services) -> None:
    """Load the model before the first message, so the first answer is as quick as the rest."""
    if services.grants():
        services.answer("Hva er søknadsfristen?")  # not logged: only the channels log
    else:
        typer.echo("No grants yet: run `grantbot ingest --sample` (starting anyway)", err=True)


def run_slack(settings: Settings, host: str, port: int) -> None:
    """Start the bot in the mode the settings call for; SlackSetupError when a secret is missing or wrong."""
    services = Services(settings)
    from bot.slack.digest import start_digest

    start_digest(settings, services)  # the weekly digest runs in this process, beside the bot
    if settings.slack_app_token:
        from bot.slack.socket_mode import run_socket_mode

        run_socket_mode(settings, services, before_connecting=lambda: warm_up(services))
        return
    from bot.slack.app import require, verify_token

    require(settings, "slack_bot_token", "slack_signing_secret")
    verify_token(settings)
    warm_up(services)
    import uvicorn

    uvicorn.run(http_app(settings, services), host=host, port=port)


def register(app: typer.Typer) -> None:
    """Add the `slack` command to the CLI."""

    @app.command("slack")
    def slack(
        host: str = typer.Option("127.0.0.1", help="HTTP mode: interface to listen on"),
        port: int = typer.Option(8000, min=1, max=65535,
                                 help="HTTP mode: port (Slack posts to https://<public host>/slack/events)"),
    ) -> None:
        """Run the Slack bot (Socket Mode when SLACK_APP_TOKEN is set, else HTTP mode)."""
        # Imported here, not at the top: every other command would pay for loading Slack's SDK, and
        # the SDK is an optional extra.
        try:
            from bot.slack.app import SlackSetupError
        except ImportError:
            typer.echo("Error: the Slack bot needs the Slack extra: pip install 'grantbot[slack]'", err=True)
            raise typer.Exit(2) from None

        try:
            run_slack(Settings(), host, port)
        except SlackSetupError as err:
            typer.echo(f"Error: {err}", err=True)
            raise typer.Exit(2) from None
