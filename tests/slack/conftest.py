"""A real Bolt app behind POST /slack/events, talking to a local fake of Slack's Web API."""

from __future__ import annotations

import sys
from pathlib import Path

# pytest runs with --import-mode=importlib, which puts no test folder on sys.path; the helpers
# (fake Slack API, fake services, signed requests) live beside this file and are imported by name.
sys.path.insert(0, str(Path(__file__).parent))

import pytest  # noqa: E402
from fastapi import FastAPI
from slack_fake_api import FakeSlackAPI
from slack_fake_services import FakeServices
from slack_requests import CASEWORKERS, SECRET, SlackClient
from starlette.testclient import TestClient

from bot.slack.http_mode import build_slack_router
from settings import Settings


@pytest.fixture
def slack_api():
    with FakeSlackAPI(token="xoxb-test") as api:
        yield api


@pytest.fixture
def slack_env(monkeypatch, slack_api):
    """The environment an operator sets (README.md, Slack), pointed at the fake Slack."""
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SECRET)
    monkeypatch.setenv("SLACK_API_URL", f"{slack_api.url}/api/")
    monkeypatch.setenv("GRANTBOT_SLACK_ESCALATION_CHANNEL", CASEWORKERS)


@pytest.fixture
def services() -> FakeServices:
    return FakeServices()


@pytest.fixture
def make_slack(slack_env, slack_api):
    """Build the bot over ``services`` (FakeServices or the real Services) and return a signed-request client."""
    clients = []

    def make(services, settings: Settings | None = None) -> SlackClient:
        app = FastAPI()
        app.include_router(build_slack_router(settings or Settings(), services))
        clients.append(TestClient(app))
        return SlackClient(clients[-1], slack_api.url)

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def slack(make_slack, services) -> SlackClient:
    return make_slack(services)
