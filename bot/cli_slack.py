"""`grantbot slack` (owned by the Slack work; stub)."""

import typer


def register(app: typer.Typer) -> None:
    """Add the `slack` command to the CLI."""
