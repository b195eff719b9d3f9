"""`grantbot serve`: the web chat, HTTP API and dashboard (and Slack's HTTP mode) on one port."""

from __future__ import annotations

import typer

from bot.admin_token import with_admin_token
from bot.cli.errors import reported
from knowledge.errors import BadInput
from settings import Settings


def _check_workers(settings: Settings, workers: int) -> None:
    if workers > 1 and not settings.chroma_url:
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
    # Imported here, not at the top: every other command would pay for loading the web app and uvicorn.
    import uvicorn

    from bot.launch import KEEP_ALIVE_SECONDS, app_from_environment

    url = f"http://{host}:{port}"
    settings = Settings()
    with reported():
        _check_workers(settings, workers)
        _, dashboard = with_admin_token(settings, url)  # generated once here, read by every worker
    if workers > 1:
        # Each worker builds its own app: conversations, Slack claims, rate limits and the log are in the
        # database, so any worker can take any request.
        typer.echo(f"grantbot: chat on {url} ({workers} workers)", err=True)
        typer.echo(dashboard, err=True)
        uvicorn.run("bot.launch:app_from_environment", factory=True, host=host, port=port, workers=workers,
                    log_level="info", timeout_keep_alive=KEEP_ALIVE_SECONDS)
        return
    app = app_from_environment()
    typer.echo(f"grantbot: chat on {url}", err=True)
    typer.echo(dashboard, err=True)
    uvicorn.run(app, host=host, port=port, log_level="info", timeout_keep_alive=KEEP_ALIVE_SECONDS)


def register(app: typer.Typer) -> None:
    """Add the `serve` command to the CLI."""
    app.command("serve")(serve)
