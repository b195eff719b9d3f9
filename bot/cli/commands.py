"""The `grantbot` command line (CONTRACT): ingest, ask, grants, chat; check, serve and slack plug in."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from bot.cli import check as cli_check
from bot.cli import doctor as cli_doctor
from bot.cli import serve as cli_serve
from bot.cli import slack as cli_slack
from bot.cli import sources as cli_sources
from bot.cli.errors import fail, parse_today, reported
from bot.cli.render import print_answer, print_grants
from bot.models import Session
from bot.services import Services
from knowledge.errors import BadInput, GrantbotError
from settings import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)

cli_check.register(app)
cli_doctor.register(app)
cli_serve.register(app)
cli_slack.register(app)
cli_sources.register(app)


@app.command()
def ingest(
    paths: Annotated[list[str] | None, typer.Argument(help="Files, folders and http(s) addresses to ingest")] = None,
    sample: Annotated[bool, typer.Option("--sample", help="Ingest the bundled announcements")] = False,
    reindex: Annotated[
        bool, typer.Option("--reindex", help="Embed every ingested grant again (after changing the model)")
    ] = False,
) -> None:
    """Ingest announcements (.txt .md .html .htm .pdf, or web pages); unchanged ones are skipped.
    Exits 1 when a document failed (the others go in)."""
    # On use: ingesting loads the fetcher and the index (~1 s), which the other commands do without.
    from bot.ingest import IngestReport, sample_folder
    from bot.ingest import ingest as run_ingest
    from bot.ingest import reindex as run_reindex
    from bot.refresh import add_sources, is_url

    progress = sys.stderr.isatty()
    with reported():
        urls = [p for p in paths or [] if is_url(p)]
        targets = [Path(p) for p in paths or [] if not is_url(p)] + ([sample_folder()] if sample else [])
        services = Services(Settings())
        if reindex:
            typer.echo(run_reindex(services, progress=progress).summary())
        elif not targets and not urls:
            raise BadInput("Nothing to ingest: give files, folders or addresses, or --sample")
        if not targets and not urls:
            return
        report = run_ingest(services, targets, progress=progress) if targets else IngestReport()
        if urls:
            report.merge(add_sources(services, urls, pages_only=True, progress=progress))
    cli_sources.finish(report)


@app.command()
def ask(
    question: Annotated[str | None, typer.Argument(help="The question")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the CONTRACT JSON")] = False,
    today: Annotated[str | None, typer.Option(help="The date to judge deadlines by (YYYY-MM-DD)")] = None,
    batch: Annotated[Path | None, typer.Option(help="A JSONL file of {id, question, today?}")] = None,
) -> None:
    """Answer one question, or a batch of them."""
    with reported():
        services = Services(Settings())
        if batch is not None:
            _ask_batch(services, batch)
            return
        if question is None:
            raise BadInput("Give a question, or --batch FILE")
        ans = services.answer(question, today=parse_today(today))
        if as_json:
            typer.echo(ans.model_dump_json())
        else:
            print_answer(ans)


def _ask_batch(services: Services, path: Path) -> None:
    if not path.is_file():
        raise BadInput(f"No such batch file: {path}")
    bad = 0
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        item_id = None
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise BadInput("a line must be a JSON object")
            item_id = item.get("id")
            ans = services.answer(item.get("question"), today=parse_today(item.get("today")))
            out = {"id": item_id, **ans.model_dump(mode="json")}
        except (json.JSONDecodeError, BadInput) as exc:
            bad += 1
            out = {"id": item_id, "error": f"line {n}: {exc}"}
        typer.echo(json.dumps(out, ensure_ascii=False))
    if bad:
        fail(f"{bad} batch line(s) could not be answered (see their error objects)")


@app.command()
def grants(as_json: Annotated[bool, typer.Option("--json", help="Print the CONTRACT JSON")] = False) -> None:
    """List the grant catalogue."""
    with reported():
        records = Services(Settings()).grants()
        if as_json:
            typer.echo(json.dumps([r.to_contract() for r in records], ensure_ascii=False, indent=1))
        else:
            print_grants(records)


@app.command()
def chat(today: Annotated[str | None, typer.Option(help="YYYY-MM-DD")] = None) -> None:
    """Ask questions in the terminal; follow-ups stay on the same grant. Ctrl-D ends."""
    with reported():
        services = Services(Settings())
        if not services.grants():
            raise GrantbotError("No grants yet: run `grantbot ingest --sample`")
        day, session = parse_today(today), Session()
        typer.echo(f"grantbot: {len(services.grants())} grants. Ask a question (Ctrl-D to end).")
        while True:
            try:
                question = input("\n? ").strip()
            except (EOFError, KeyboardInterrupt):
                typer.echo("")
                return
            if question:
                try:
                    print_answer(services.answer(question, today=day or dt.date.today(), session=session))
                except BadInput as exc:
                    typer.echo(f"error: {exc}", err=True)


def main() -> None:
    app()

