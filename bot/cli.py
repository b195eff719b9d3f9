"""The `grantbot` command line (CONTRACT): ingest, ask, grants, chat; check, serve and slack plug in."""

from __future__ import annotations

import typer

from bot import cli_check, cli_serve, cli_slack

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)

cli_check.register(app)
cli_serve.register(app)
cli_slack.register(app)


def main() -> None:
    app()
