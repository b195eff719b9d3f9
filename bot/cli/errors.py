"""Turning errors into the CLI's exit codes: 2 and one line for bad input, 1 for anything else."""

from __future__ import annotations

import contextlib
import datetime as dt

import typer

from knowledge.errors import BadInput, GrantbotError


def fail(message: str, code: int = 2) -> None:
    """Print one line on stderr and exit with ``code``."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


@contextlib.contextmanager
def reported():
    """Run a command body, translating grantbot errors to exit codes without tracebacks."""
    try:
        yield
    except BadInput as exc:
        fail(str(exc), 2)
    except GrantbotError as exc:
        fail(str(exc), 1)


def parse_today(value: str | None) -> dt.date | None:
    """A YYYY-MM-DD date, or None; BadInput for anything else."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise BadInput(f"Not a date (YYYY-MM-DD): {value!r}") from None
