"""`grantbot slack` refuses to start without its secrets: exit 2 and one line naming the fix."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time

import httpx
import pytest
from slack_fake_services import FakeServices
from slack_requests import signed_headers
from starlette.testclient import TestClient
from typer.testing import CliRunner

from bot.cli.commands import app
from bot.launch import http_app
from settings import Settings


def _run() -> tuple[int, str]:
    result = CliRunner().invoke(app, ["slack"])
    return result.exit_code, result.stderr


def test_without_a_bot_token_it_exits_2_naming_the_variable(monkeypatch):
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "s")

    assert _run() == (2, "Error: SLACK_BOT_TOKEN is not set: see the Slack section of README.md\n")


def test_http_mode_without_a_signing_secret_exits_2(monkeypatch):
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")

    assert _run() == (2, "Error: SLACK_SIGNING_SECRET is not set: see the Slack section of README.md\n")


@pytest.mark.parametrize("app_token", [None, "xapp-test"], ids=["http mode", "socket mode"])
def test_a_token_slack_rejects_is_a_start_up_error(monkeypatch, slack_api, app_token):
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-wrong")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "s")
    monkeypatch.setenv("SLACK_API_URL", f"{slack_api.url}/api/")
    if app_token:
        monkeypatch.setenv("SLACK_APP_TOKEN", app_token)

    assert _run() == (2, "Error: SLACK_BOT_TOKEN was rejected by Slack (invalid_auth)\n")
    assert [c.method for c in slack_api.calls] == ["auth.test"]


def test_an_unreachable_slack_api_is_a_start_up_error(monkeypatch):
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "s")
    monkeypatch.setenv("SLACK_API_URL", "http://127.0.0.1:9/api/")

    code, stderr = _run()
    assert code == 2 and stderr.startswith("Error: Cannot reach the Slack API at http://127.0.0.1:9/api/")
    assert stderr.count("\n") == 1


def test_http_mode_serves_slack_events_from_the_one_web_app(slack_env):
    body = json.dumps({"type": "url_verification", "token": "legacy", "challenge": "c-1"})

    with TestClient(http_app(Settings(), FakeServices())) as http:
        response = http.post("/slack/events", content=body,
                             headers={"Content-Type": "application/json", **signed_headers(body)})

    assert response.json() == {"challenge": "c-1"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_listening(port: int, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return
        time.sleep(0.1)
    raise AssertionError(f"grantbot slack did not start: {process.stderr.read() if process.stderr else ''}")


def test_grantbot_slack_in_http_mode_serves_signed_events_on_a_real_port(slack_env, slack_api):
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-c", "from bot.cli import main; main()", "slack", "--port",
                                str(port)], env=os.environ.copy(), stderr=subprocess.PIPE, text=True)
    try:
        _wait_until_listening(port, process)
        body = json.dumps({"type": "url_verification", "token": "legacy", "challenge": "c-2"})
        url = f"http://127.0.0.1:{port}/slack/events"
        signed = httpx.post(url, content=body, headers={"Content-Type": "application/json", **signed_headers(body)})
        unsigned = httpx.post(url, content=body, headers={"Content-Type": "application/json"})
    finally:
        process.terminate()
        process.communicate(timeout=10)

    assert signed.json() == {"challenge": "c-2"}
    assert unsigned.status_code == 401
    assert slack_api.calls_to("auth.test")  # the token was checked at start-up
