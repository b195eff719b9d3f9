"""`grantbot sources add|list|remove` and `grantbot refresh`: keeping web announcements current."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from bot.cli.errors import reported
from bot.services import Services
from knowledge.errors import BadInput
from knowledge.sources import SourceStore
from settings import Settings

sources_app = typer.Typer(add_completion=False, no_args_is_help=True,
                          help="Web sources (pages, sitemaps, RSS/Atom feeds) that `grantbot refresh` fetches.")


def _services() -> Services:
    return Services(Settings())


def finish(report) -> None:
    """Print the summary; exit 1 when a document or source failed (the others went in)."""
    typer.echo(report.summary())
    if report.failed:
        raise typer.Exit(1)


@sources_app.command("add")
def add(
    urls: Annotated[list[str], typer.Argument(help="Announcement pages, sitemap.xml or RSS/Atom feed addresses")],
    allow_host: Annotated[
        list[str] | None, typer.Option("--allow-host", help="Follow entries on this other host too (repeatable)")
    ] = None,
) -> None:
    """Register sources and fetch them now; a sitemap's or feed's entries are followed one level,
    on the same host unless allowed."""
    from bot.refresh import add_sources  # on use: it loads the fetcher and the index (~1 s)

    with reported():
        report = add_sources(_services(), urls, allowed_hosts=allow_host, progress=sys.stderr.isatty())
    finish(report)


@sources_app.command("list")
def list_sources(as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False) -> None:
    """The registered sources with their last fetch and status."""
    with reported():
        book = SourceStore(Settings().home).load()
        if as_json:
            typer.echo(json.dumps([s.model_dump(mode="json") for s in book.sources], ensure_ascii=False, indent=1))
            return
        if not book.sources:
            typer.echo("No sources: add one with `grantbot sources add URL`")
        for s in book.sources:
            fetched = s.last_fetch.isoformat() if s.last_fetch else "never"
            pages = f", {len(s.pages)} pages" if s.kind != "page" else ""
            typer.echo(f"{s.url}  [{s.kind}{pages}] {s.status}, last fetched {fetched}"
                       + (f": {s.error}" if s.error else ""))


@sources_app.command("remove")
def remove(url: Annotated[str, typer.Argument(help="The source's address as added")]) -> None:
    """Stop refreshing a source (its grants stay in the catalogue)."""
    from bot.refresh import remove_source  # on use: it loads the fetcher and the index (~1 s)

    with reported():
        if not remove_source(_services(), url):
            raise BadInput(f"Not a registered source: {url} (see `grantbot sources list`)")
        typer.echo(f"removed {url}")


def refresh() -> None:
    """Fetch every registered source again: added, updated, unchanged, withdrawn, failed."""
    from bot.refresh import refresh as run_refresh  # on use: it loads the fetcher and the index (~1 s)

    with reported():
        report = run_refresh(_services(), progress=sys.stderr.isatty())
    finish(report)


def register(app: typer.Typer) -> None:
    """Add `sources` and `refresh` to the CLI."""
    app.add_typer(sources_app, name="sources")
    app.command("refresh")(refresh)
