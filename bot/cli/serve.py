"""`grantbot serve`: the web chat, HTTP API and dashboard (and Slack's HTTP mode) on one port."""

from __future__ import annotations

import typer

from bot.admin_token import with_admin_token
from bot.cli.errors import reported
from bot.services import Services
from settings import Settings


def _warm_up(services: Services) -> None:
    # Load the embedding model and language detector before listening, so /healthz answers only
    # when a question can be answered at once; the warm-up answer is not logged.
    services.answer("Hva er søknadsfristen?")


def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on"),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on"),
) -> None:
    """Serve the web chat and HTTP API (ingests nothing: run `grantbot ingest` first)."""
    # Imported here, not at the top: every other command would pay for loading the web app and uvicorn.
    import uvicorn

    from bot.launch import serve_app

    settings = Settings()
    services = Services(settings)
    if services.grants():
        _warm_up(services)
    else:
        typer.echo("No grants yet: run `grantbot ingest --sample` (serving anyway)", err=True)
    url = f"http://{host}:{port}"
    with reported():
        settings, dashboard = with_admin_token(settings, url)
    typer.echo(f"grantbot: chat on {url}", err=True)
    typer.echo(dashboard, err=True)
    uvicorn.run(serve_app(settings, services), host=host, port=port, log_level="info")


def register(app: typer.Typer) -> None:
    """Add the `serve` command to the CLI."""
    app.command("serve")(serve)
