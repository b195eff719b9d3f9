"""`grantbot slack`: Socket Mode when SLACK_APP_TOKEN is set, else HTTP mode at POST /slack/events."""

from __future__ import annotations

import typer

from settings import Settings


def register(app: typer.Typer) -> None:
    """Add the `slack` command to the CLI."""

    @app.command("slack")
    def slack(
        host: str = typer.Option("127.0.0.1", help="HTTP mode: interface to listen on"),
        port: int = typer.Option(8000, min=1, max=65535,
                                 help="HTTP mode: port (Slack posts to https://<public host>/slack/events)"),
    ) -> None:
        """Run the Slack bot (Socket Mode when SLACK_APP_TOKEN is set, else HTTP mode)."""
        # Imported here, not at the top: every other command would pay for loading the web app.
        from bot.launch import StartError, run_slack

        try:
            run_slack(Settings(), host, port)
        except StartError as err:
            typer.echo(f"Error: {err}", err=True)
            raise typer.Exit(2) from None
