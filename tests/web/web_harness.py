"""The web suite's tools: test settings, the hostile document, and a real uvicorn on a free port."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import uvicorn

from bot.server import create_app
from bot.services import Services
from settings import Settings

ADMIN_TOKEN = "test-admin-token"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"
# An announcement whose title and deadline sentence carry markup: the page must show it as characters.
HOSTILE_DOCUMENT = f"""Tilskudd til nettsikkerhet i kommunene {XSS_SCRIPT}

Kommuner kan søke om tilskudd til nettsikkerhet og sikre nettsider.
Søknadsfristen for nettsikkerhet er 15. mars 2031, merk {XSS_SCRIPT} og {XSS_IMG} i søknaden.
Det kan gis inntil 100 000 kroner per kommune.
"""
HOSTILE_QUESTION = "Hva er søknadsfristen for tilskudd til nettsikkerhet i kommunene?"


def web_settings(home: Path, **overrides) -> Settings:
    """Settings for a test server, explicit so nothing in the developer's environment leaks in."""
    values = dict(home=home, admin_token=ADMIN_TOKEN, ask_rate_limit_per_minute=100_000, database_url=None,
                  retention_days=None, chroma_url=None, embedding_model=None,
                  slack_signing_secret=None, slack_bot_token=None, slack_app_token=None)
    return Settings(**{**values, **overrides})


class ServerThread:
    """A real uvicorn serving ``app`` on a free port, in a background thread."""

    def __init__(self, app) -> None:
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@contextlib.contextmanager
def serving(settings: Settings, services: Services) -> Iterator[str]:
    """Base URL of a running app built from ``settings`` and ``services``."""
    with ServerThread(create_app(settings, services)) as base_url:
        yield base_url


