"""Readable terminal output for answers and the grant list."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from bot.models import Answer, Citation
from knowledge.models import GrantRecord

console = Console(highlight=False)


def print_answer(ans: Answer) -> None:
    """The answer text, then its numbered sources with their quotes."""
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
    table = Table("id", "title", "deadlines", "who may apply", show_lines=False)
    for r in records:
        table.add_row(r.id, r.title[:60], ", ".join(r.deadline_dates()) or "–", ", ".join(r.applicant_codes()))
    console.print(table)
