"""Readable terminal output for answers and the grant list."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from bot.models import Answer, Citation
from knowledge.models import GrantRecord


def _console() -> Console:
    # Made per call: rich reads COLUMNS when a console is made, and the terminal may have changed.
    return Console(highlight=False)


def print_answer(ans: Answer) -> None:
    """The answer text, then its numbered sources with their quotes."""
    console = _console()
    console.print(ans.answer, markup=False)
    if ans.citations:
        console.print("\nSources:", style="bold")
    for c in ans.citations:
        console.print(f"[{c.n}] {source_label(c)}: “{c.quote}”", markup=False, style="dim")


def source_label(c: Citation) -> str:
    """What a person reads for a source: the announcement's title and its own address, never a file name."""
    title = c.title or c.source
    return f"{title} <{c.url}>" if c.url else title


def print_grants(records: list[GrantRecord]) -> None:
    """The catalogue as a table: id, title, deadlines, applicants."""
    # The id is what `check --grant` needs, so it is never cut or wrapped; the other columns wrap
    # (long words fold) to fit the terminal, 80 columns included.
    id_width = max((len(r.id) for r in records), default=2)
    table = Table(show_lines=False)
    table.add_column("id", no_wrap=True, min_width=id_width)
    table.add_column("title", overflow="fold")
    table.add_column("deadlines", overflow="fold", min_width=10)
    table.add_column("who may apply", overflow="fold")
    for r in records:
        # Text, not markup: a title's "[...]" is shown as written.
        table.add_row(r.id, Text(r.title), ", ".join(r.deadline_dates()) or "–", ", ".join(r.applicant_codes()))
    _console().print(table)
