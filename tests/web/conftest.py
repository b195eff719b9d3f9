"""The web suite's world: one home with the bundled sample (plus a hostile document), one real app over HTTP."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fixture_marks import loads_model
from homes import copy_home

from bot.ingest import ingest, ingest_sample
from bot.services import Services

# Under --import-mode=importlib test folders are not on sys.path; the web tests share web_harness.py.
sys.path.insert(0, str(Path(__file__).parent))
from web_harness import ADMIN_TOKEN, CHROMIUM, CHROMIUM_ARGS, HOSTILE_DOCUMENT, serving, web_settings  # noqa: E402


@pytest.fixture(scope="session")
def web_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("web") / "home"


@pytest.fixture(scope="session")
@loads_model
def services(web_home, sample_home, tmp_path_factory) -> Services:
    """The real core over the bundled sample and one hostile document. The sample's vectors come from
    the session's sample home (a copied home keeps them), so only the hostile document is embedded."""
    copy_home(sample_home, web_home)
    with pytest.MonkeyPatch.context() as mp:
        for key in [k for k in os.environ if k.startswith(("GRANTBOT_", "SLACK_"))]:
            mp.delenv(key)
        services = Services(web_settings(web_home))
        folder = tmp_path_factory.mktemp("hostile")
        (folder / "nettsikkerhet.txt").write_text(HOSTILE_DOCUMENT, encoding="utf-8")
        reports = [ingest_sample(services), ingest(services, [folder])]
    assert not any(r.failed for r in reports), [r.summary() for r in reports]
    return services


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


@pytest.fixture(scope="session")
def browser_url(services, tmp_path_factory) -> Iterator[str]:
    """A second app on the same catalogue with its own question log, so the dashboard the browser
    tests see (and screenshot) holds their questions only, not the API suite's random ones."""
    with serving(web_settings(tmp_path_factory.mktemp("browser") / "home"), services) as url:
        yield url



@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)")
    from playwright.sync_api import expect, sync_playwright

    # A loaded 2-core machine can take longer than the 5 s default to answer.
    expect.set_options(timeout=15_000)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, browser_url):
    """Opens pages in fresh browser contexts (a locale and width each); a JS error, a dialog or a CSP violation fails the test."""
    contexts, errors = [], []

    def open_page(locale: str = "en-GB", width: int = 1200):
        context = browser.new_context(base_url=browser_url, locale=locale, viewport={"width": width, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        # The pages must work under their own CSP: a blocked script or style is a failure.
        page.on("console", lambda msg: "Content Security Policy" in msg.text and errors.append(msg.text))
        page.on("dialog", lambda dialog: (errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
        return page

    yield open_page
    for context in contexts:
        context.close()
    assert not errors, errors


@pytest.fixture
def page(new_page):
    return new_page()
