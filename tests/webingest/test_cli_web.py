"""`grantbot ingest URL` and `grantbot sources`: exit codes and the lines they print."""

from __future__ import annotations

import json

import pytest
from fake_site import SEED_0, as_html, seed_text
from typer.testing import CliRunner

from bot.cli.commands import app
from retrieval.embeddings import HashingEmbedder


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.setenv("GRANTBOT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("GRANTBOT_FETCH_DELAY", "0")
    monkeypatch.setattr("retrieval.index.load_embedder", lambda settings: HashingEmbedder())
    return lambda *args: CliRunner().invoke(app, [str(a) for a in args])


def test_a_private_address_is_refused_without_the_setting_and_never_requested(site, run):
    site.page("/a", as_html(seed_text(SEED_0)))
    result = run("ingest", site.url("/a"))
    assert result.exit_code == 2 and not site.log
    assert "loopback or private address" in result.stderr and "GRANTBOT_ALLOW_PRIVATE_URLS" in result.stderr


def test_ingest_url_adds_the_page_and_a_missing_page_exits_1(site, run, monkeypatch):
    monkeypatch.setenv("GRANTBOT_ALLOW_PRIVATE_URLS", "1")
    site.page("/a", as_html(seed_text(SEED_0)))
    result = run("ingest", site.url("/a"), site.url("/missing"))
    assert result.exit_code == 1
    assert result.stdout.startswith("added 1, updated 0, unchanged 0, withdrawn 0, failed 1")
    assert f"failed: {site.url('/missing')}: not found (HTTP 404)" in result.stdout
    listed = json.loads(run("sources", "list", "--json").stdout)
    assert [s["url"] for s in listed] == [site.url("/a"), site.url("/missing")]
    assert run("sources", "remove", site.url("/missing")).exit_code == 0
    assert run("refresh").stdout.startswith("added 0, updated 0, unchanged 1, withdrawn 0, failed 0")


def test_an_address_that_is_not_http_is_bad_input(run):
    result = run("sources", "add", "ftp://example.org/utlysning")
    assert result.exit_code == 2 and "not an http or https address" in result.stderr
