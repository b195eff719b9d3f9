"""Shared fixtures: an isolated environment for every test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fixture_marks import loads_model

from settings import Settings

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def pytest_collection_modifyitems(items) -> None:
    for item in items:
        info = getattr(item, "_fixtureinfo", None)
        if info is None or item.get_closest_marker("model"):
            continue
        if any(getattr(defs[-1].func, "loads_model", False) for defs in info.name2fixturedefs.values() if defs):
            item.add_marker(pytest.mark.model)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path):
    """No test sees the developer's GRANTBOT_* or Slack variables, and each has its own home."""
    for key in list(os.environ):
        if key.startswith(("GRANTBOT_", "SLACK_")):
            monkeypatch.delenv(key)
    monkeypatch.setenv("GRANTBOT_HOME", str(tmp_path / "home"))


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(home=tmp_path / "home")


SAMPLE = Path(__file__).resolve().parents[1] / "knowledge" / "sample"


@pytest.fixture(scope="session")
@loads_model
def sample_home(tmp_path_factory) -> Path:
    """A home with the bundled sample ingested once for the whole run (real model, real Chroma)."""
    from bot.ingest import ingest_sample
    from bot.services import Services

    home = tmp_path_factory.mktemp("sample-home")
    report = ingest_sample(Services(Settings(home=home)))
    assert not report.failed, report.summary()
    return home


@pytest.fixture(scope="session")
@loads_model
def sample_services(sample_home):
    """Services over the ingested sample, shared by the tests that only read."""
    from bot.services import Services

    return Services(Settings(home=sample_home))
