"""`grantbot check` (CONTRACT): a deterministic eligibility check, printed as JSON or as a rule table.

Imports stay light (no retrieval, no model) so a check runs well under a second as a fresh process.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Annotated

import typer
from pydantic import ValidationError

from eligibility.models import CheckResult, Profile
from eligibility.service import check_grant
from knowledge.catalogue import Catalogue
from knowledge.errors import BadInput
from settings import Settings

_OUTCOME_STYLE = {"pass": "green", "fail": "red", "unknown": "yellow"}


def _fail(message: str) -> None:
    print(message.replace("\n", " "), file=sys.stderr)
    raise typer.Exit(2)


def _today(text: str | None) -> dt.date:
    try:
        return dt.date.fromisoformat(text) if text else dt.date.today()
    except ValueError:
        raise BadInput(f"--today {text!r} is not a date: use YYYY-MM-DD") from None


def _profile(fields: dict) -> Profile:
    try:
        return Profile(**{k: v for k, v in fields.items() if v is not None})
    except ValidationError as e:
        first = e.errors()[0]
        option = "--" + str(first["loc"][0]).replace("_", "-")
        raise BadInput(f"{option}: {first['msg']}") from None


def _partners(values: list[str] | None) -> list[str] | None:
    # Without --partner the partners are unknown; `--partner none` states there are none.
    if values is None:
        return None
    return [] if [v.lower() for v in values] == ["none"] else values


def _print_result(result: CheckResult, explain: bool) -> None:
    """A readable verdict and a table of rules; with ``explain`` each rule also gets its sentence."""
    from rich.console import Console  # on use: --json prints without rich
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    console.print(f"[bold]{escape(result.grant['title'])}[/bold] ({result.grant['id']})")
    if str(result.grant.get("source", "")).startswith(("http://", "https://")):
        console.print(escape(result.grant["source"]))
    console.print(f"Verdict: [bold]{result.verdict}[/bold]")
    table = Table(show_lines=explain)
    for column in ("rule", "outcome", "reason"):
        table.add_column(column, overflow="fold")
    for r in result.rules:
        reason = escape(r.reason) + (
            # Every rule's sentence is from the announcement named above: its title, not a file name.
            f"\n[dim]“{escape(r.quote)}”[/dim]" if explain and r.quote else ""
        )
        table.add_row(r.id, f"[{_OUTCOME_STYLE[r.outcome]}]{r.outcome}[/]", reason)
    console.print(table)
    if result.max_amount:
        console.print(
            f"Max amount: {result.max_amount['value']:,} {result.max_amount['currency']}".replace(",", " ")
        )
    if result.missing:
        console.print("To settle it, tell us: " + ", ".join(result.missing))


def run_check(grant: str, fields: dict, today: str | None, language: str) -> CheckResult:
    """Load the grant from the catalogue under the configured home and check it."""
    profile, day = _profile(fields), _today(today)
    settings = Settings()
    catalogue = Catalogue(settings.home)
    record, document = catalogue.get(grant), catalogue.document(grant)
    return check_grant(settings.home, record, document, profile, day, language=language)


def register(app: typer.Typer) -> None:
    """Add the `check` command to the CLI."""

    @app.command("check")
    def check_command(
        grant: Annotated[str, typer.Option("--grant", help="Grant id (see `grantbot grants`).")],
        applicant_type: Annotated[
            str | None, typer.Option("--applicant-type", help="Applicant type code.")
        ] = None,
        country: Annotated[str | None, typer.Option("--country", help="NO, SE or DK.")] = None,
        municipality: Annotated[str | None, typer.Option("--municipality")] = None,
        population: Annotated[int | None, typer.Option("--population")] = None,
        partner: Annotated[
            list[str] | None, typer.Option("--partner", help="Partner type code; repeatable; `none`.")
        ] = None,
        requested_amount: Annotated[float | None, typer.Option("--requested-amount")] = None,
        co_funding: Annotated[
            float | None, typer.Option("--co-funding", help="Share you fund yourselves, 0-1.")
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print the CONTRACT JSON.")] = False,
        today: Annotated[str | None, typer.Option("--today", help="YYYY-MM-DD")] = None,
        explain: Annotated[
            bool, typer.Option("--explain", help="Show the sentence behind each rule.")
        ] = False,
        lang: Annotated[str, typer.Option("--lang", help="Language of the reasons: nb nn sv da en.")] = "en",
    ) -> None:
        """Check whether a profile may apply for a grant, rule by rule."""
        fields = {
            "applicant_type": applicant_type,
            "country": country.upper() if country else None,
            "municipality": municipality,
            "population": population,
            "partners": _partners(partner),
            "requested_amount": requested_amount,
            "co_funding": co_funding,
        }
        try:
            result = run_check(grant, fields, today, lang)
        except BadInput as e:
            _fail(str(e))
        if as_json:
            print(json.dumps(result.model_dump(mode="json"), ensure_ascii=False))
        else:
            _print_result(result, explain)
