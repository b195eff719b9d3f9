"""Shared fixtures: an isolated environment for every test."""

from __future__ import annotations

import os

import pytest

from knowledge.settings import Settings

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


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
