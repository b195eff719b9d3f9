"""The server's side of web ingest: the dashboard lists sources and changes, refreshes on request
and on a schedule, /grants marks a withdrawn announcement, and one writer per home."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import httpx
import pytest
from fake_site import OLD_DEADLINE, SEED_0, as_html, seed_text
from typer.testing import CliRunner

from bot.cli.commands import app
from bot.refresh import add_sources, refresh
from bot.refresh_schedule import parse_every
from bot.services import Services
from knowledge.errors import BadInput
from knowledge.write_lock import HomeBusy, write_lock

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from web_harness import ADMIN_TOKEN, serving  # noqa: E402

AUTH = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


def admin_settings(web_settings, **extra):
    return web_settings.model_copy(update={"admin_token": ADMIN_TOKEN, **extra})


def test_the_dashboard_lists_sources_refreshes_on_request_and_shows_the_change(site, web_settings, embedder):
    settings = admin_settings(web_settings)
    site.page("/a", as_html(seed_text(SEED_0)))
    add_sources(Services(settings, embedder=embedder), [site.url("/a")])
    with serving(settings, Services(settings, embedder=embedder)) as base:
        site.page("/a", as_html(seed_text(SEED_0).replace(OLD_DEADLINE, "tirsdag 15. mars 2005")))
        result = httpx.post(f"{base}/admin/refresh", headers=AUTH).json()
        view = httpx.get(f"{base}/admin/api/sources", headers=AUTH).json()
        refused = httpx.post(f"{base}/admin/refresh")
        grants = httpx.get(f"{base}/api/grants").json()
    assert result["updated"] == 1 and result["summary"].startswith("added 0, updated 1")
    assert view["sources"][0]["url"] == site.url("/a") and view["sources"][0]["status"] == "ok"
    assert view["sources"][0]["last_fetch"] and view["sources"][0]["pages"][0]["status"] == "updated"
    assert view["changes"][0]["changes"] == ["deadline 6 September 2004 → 15 March 2005"]
    assert view["refresh"]["last"]["updated"] == 1
    assert refused.status_code == 401
    assert grants[0]["deadlines"] == ["2005-03-15"] and grants[0]["withdrawn"] is False


def test_a_withdrawn_announcement_is_marked_on_the_grant_list_and_the_dashboard(site, web_settings, embedder):
    settings = admin_settings(web_settings)
    site.page("/a", as_html(seed_text(SEED_0)))
    add_sources(Services(settings, embedder=embedder), [site.url("/a")])
    del site.routes["/a"]
    refresh(Services(settings, embedder=embedder))
    with serving(settings, Services(settings, embedder=embedder)) as base:
        grants = httpx.get(f"{base}/api/grants").json()
        view = httpx.get(f"{base}/admin/api/sources", headers=AUTH).json()
        script = httpx.get(f"{base}/static/grants.js").text
    assert grants[0]["withdrawn"] is True and "g.withdrawn" in script
    assert view["withdrawn"][0]["source"] == site.url("/a")
    assert view["sources"][0]["pages"][0]["status"] == "withdrawn"


def test_serve_refreshes_on_the_schedule(site, web_settings, embedder, monkeypatch):
    monkeypatch.setattr("bot.refresh_schedule.MIN_EVERY_SECONDS", 0)
    settings = admin_settings(web_settings, refresh_every="1s")
    site.page("/a", as_html(seed_text(SEED_0)))
    add_sources(Services(settings, embedder=embedder), [site.url("/a")])
    site.page("/a", as_html(seed_text(SEED_0).replace(OLD_DEADLINE, "tirsdag 15. mars 2005")))
    with serving(settings, Services(settings, embedder=embedder)) as base:
        # The new deadline is served the moment the refresh's write lands, a little before the
        # refresh records its outcome: wait for both.
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            grants = httpx.get(f"{base}/api/grants").json()
            view = httpx.get(f"{base}/admin/api/sources", headers=AUTH).json()
            if grants[0]["deadlines"] == ["2005-03-15"] and view["refresh"]["last"]:
                break
            time.sleep(0.2)
    assert view["refresh"]["every"] == "1s" and view["refresh"]["last"]["updated"] == 1


@pytest.mark.parametrize(("value", "seconds"), [("6h", 21600), ("30m", 1800), ("90s", 90), ("1d", 86400),
                                                ("120", 120), (None, None), ("off", None)])
def test_the_refresh_period_is_read_with_its_unit(value, seconds):
    assert parse_every(value) == seconds


@pytest.mark.parametrize("value", ["often", "6 hours", "2s"])
def test_a_bad_or_hammering_refresh_period_is_refused(value):
    with pytest.raises(BadInput, match="GRANTBOT_REFRESH_EVERY"):
        parse_every(value)


def test_a_second_writer_is_refused_with_a_message_naming_the_first(site, web_settings, embedder):
    with write_lock(web_settings.home, "grantbot refresh"):
        with pytest.raises(HomeBusy, match=r"being written by grantbot refresh \(pid \d+"):
            refresh(Services(web_settings, embedder=embedder))


def test_the_cli_refresh_exits_1_while_another_process_writes(site, web_settings, monkeypatch):
    monkeypatch.setenv("GRANTBOT_HOME", str(web_settings.home))
    with write_lock(web_settings.home, "grantbot ingest"):
        result = CliRunner().invoke(app, ["refresh"])
    assert result.exit_code == 1
    assert "being written by grantbot ingest" in result.stderr and "run this again" in result.stderr
