"""The web suite's world: one home with the bundled sample (plus a hostile document), one real app over HTTP."""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from bot.ingest import ingest, ingest_sample
from bot.server import create_app
from bot.services import Services
from knowledge.settings import Settings

ADMIN_TOKEN = "test-admin-token"
CHROMIUM = "/usr/bin/chromium"
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


@pytest.fixture(scope="session")
def web_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("web") / "home"


@pytest.fixture(scope="session")
def services(web_home, tmp_path_factory) -> Services:
    """The real core over the bundled sample and one hostile document (the model loads once here)."""
    with pytest.MonkeyPatch.context() as mp:
        for key in [k for k in os.environ if k.startswith(("GRANTBOT_", "SLACK_"))]:
            mp.delenv(key)
        services = Services(web_settings(web_home))
        folder = tmp_path_factory.mktemp("hostile")
        (folder / "nettsikkerhet.txt").write_text(HOSTILE_DOCUMENT, encoding="utf-8")
        reports = [ingest_sample(services), ingest(services, [folder])]
    assert not any(r.failed for r in reports), [r.summary() for r in reports]
    return services


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


@pytest.fixture(scope="session")
def base_url(services) -> Iterator[str]:
    with serving(services.settings, services) as url:
        yield url


@pytest.fixture
def client(base_url) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=30) as c:
        yield c


@pytest.fixture
def admin(base_url) -> Iterator[httpx.Client]:
    """A client carrying the admin token."""
    with httpx.Client(base_url=base_url, timeout=30, headers={"authorization": f"Bearer {ADMIN_TOKEN}"}) as c:
        yield c


# --- the browser -------------------------------------------------------------------------------

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, base_url):
    """Opens pages in fresh browser contexts (a locale each); every page fails the test on a JS error."""
    contexts, errors = [], []

    def open_page(locale: str = "en-GB"):
        context = browser.new_context(base_url=base_url, locale=locale, viewport={"width": 1200, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("dialog", lambda dialog: (errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
        return page

    yield open_page
    for context in contexts:
        context.close()
    assert not errors, errors


@pytest.fixture
def page(new_page):
    return new_page()
