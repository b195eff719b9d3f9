"""`grantbot serve` (owned by the web work; stub)."""

import typer


def register(app: typer.Typer) -> None:
    """Add the `serve` command to the CLI."""
