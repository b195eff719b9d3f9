"""`grantbot doctor`: check that the catalogue, vector store, BM25 index and rule files agree, and repair."""

from __future__ import annotations

from typing import Annotated

import typer

from bot.cli.errors import reported


def _counts(services) -> str:
    parts = services.index.parts()
    rules = services.settings.home / "rules"
    return (f"catalogue {len(services.catalogue)} grants, vectors {len(parts['vectors'].entries())} chunks, "
            f"BM25 {len(parts['chunks'].entries())} chunks, "
            f"rule files {len(list(rules.glob('*.yaml'))) if rules.is_dir() else 0}")


def doctor(
    check: Annotated[bool, typer.Option("--check", help="Only report; exit 1 when the stores disagree")] = False,
) -> None:
    """Check that the catalogue, vector store, BM25 index and rule files agree; repair them (from the
    catalogue) unless --check, and say what was done."""
    from bot.consistency import find_disagreements, repair
    from bot.services import Services
    from settings import Settings

    with reported():
        services = Services(Settings())
        typer.echo(_counts(services))
        findings = find_disagreements(services)
        if not findings:
            typer.echo("The stores agree: nothing to repair.")
            return
        typer.echo(f"{len(findings)} disagreement(s):")
        for finding in findings:
            typer.echo(f"  {finding}")
        if check:
            typer.echo("Run `grantbot doctor` to repair.")
            raise typer.Exit(1)
        for line in repair(services, findings):
            typer.echo(f"repaired: {line}")
        left = find_disagreements(services)
        if left:
            typer.echo(f"{len(left)} disagreement(s) remain: " + "; ".join(map(str, left)), err=True)
            raise typer.Exit(1)
        typer.echo(f"The stores agree now: {_counts(services)}")


def register(app: typer.Typer) -> None:
    """Add the `doctor` command to the CLI."""
    app.command("doctor")(doctor)
