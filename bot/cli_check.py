"""`grantbot check` (owned by the eligibility work; stub)."""

import typer


def register(app: typer.Typer) -> None:
    """Add the `check` command to the CLI."""
