"""`grantbot serve`: the web chat, HTTP API and dashboard (and Slack's HTTP mode) on one port."""

from __future__ import annotations

import typer

from bot.cli_errors import reported
from knowledge.errors import BadInput


def _warm_up(services) -> None:
    # Load the embedding model and language detector before listening, so /healthz answers only
    # when a question can be answered at once; the warm-up answer is not logged.
    services.answer("Hva er søknadsfristen?")


def app_from_environment(digest: bool = False):
    """The app as each process builds it from the environment (uvicorn's factory for ``--workers``).
    ``digest``: this process also runs the Slack digest's schedule (one process only, or each worker
    would post)."""
    from bot.admin_token import with_admin_token
    from bot.server import create_app
    from bot.services import Services
    from knowledge.settings import Settings

    settings = Settings()
    if not settings.admin_token:  # the token serve generated and printed, kept in the home
        settings, _ = with_admin_token(settings, "")
    services = Services(settings)
    if services.grants():
        _warm_up(services)
    else:
        typer.echo("No grants yet: run `grantbot ingest --sample` (serving anyway)", err=True)
    if digest and settings.slack_signing_secret and settings.slack_bot_token:  # Slack's HTTP mode
        from bot.slack_digest import start_digest

        start_digest(settings, services)
    return create_app(settings, services)


def _check_workers(workers: int) -> None:
    from knowledge.settings import Settings

    if workers > 1 and not Settings().chroma_url:
        # The embedded store is a file database that one process may write; several would corrupt it.
        raise BadInput(
            f"--workers {workers} needs a Chroma server: the embedded vector store serves one process. "
            "Start one (`chroma run --path DIR`), set GRANTBOT_CHROMA_URL=http://HOST:PORT, run "
            "`grantbot ingest` against it, and set GRANTBOT_DATABASE_URL to a PostgreSQL database"
        )


def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on"),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on"),
    workers: int = typer.Option(1, min=1, help="Processes serving the port (needs GRANTBOT_CHROMA_URL)"),
) -> None:
    """Serve the web chat and HTTP API (ingests nothing: run `grantbot ingest` first)."""
    import uvicorn

    from bot.admin_token import with_admin_token
    from knowledge.settings import Settings

    url = f"http://{host}:{port}"
    with reported():
        _check_workers(workers)
        _, dashboard = with_admin_token(Settings(), url)  # generated once here, read by every worker
    typer.echo(dashboard, err=True)
    if workers > 1:
        # Each worker builds its own app: conversations, Slack claims, rate limits and the log are in the
        # database, so any worker can take any request.
        typer.echo(f"grantbot: chat on http://{host}:{port} ({workers} workers)", err=True)
        uvicorn.run("bot.cli_serve:app_from_environment", factory=True, host=host, port=port, workers=workers,
                    log_level="info")
        return
    app = app_from_environment(digest=True)
    typer.echo(f"grantbot: chat on {url}", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")


def register(app: typer.Typer) -> None:
    """Add the `serve` command to the CLI."""
    app.command("serve")(serve)
