"""The composition root and `grantbot serve`: one app for pages, API and Slack; retention; readiness."""

from __future__ import annotations

import datetime as dt
import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from sqlalchemy import update
from web_harness import serving, web_settings

from bot.models import Answer
from bot.question_log import QuestionLog, questions
from bot.web.security import CSP


def test_every_response_carries_strict_security_headers_and_no_cors(client):
    for response in (client.get("/"), client.get("/api/grants"), client.post("/api/ask", json={})):
        assert response.headers["content-security-policy"] == CSP
        assert "'unsafe-inline'" not in CSP and "frame-ancestors 'none'" in CSP
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "access-control-allow-origin" not in response.headers
    preflight = client.options("/api/ask", headers={"origin": "https://evil.example",
                                                     "access-control-request-method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers


def test_static_files_are_served_by_exact_name_only(client):
    assert client.get("/static/chat.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/static/..%2Fweb_app.py").status_code == 404
    assert client.get("/static/missing.js").json() == {"error": "No static file 'missing.js'"}


def test_slack_events_are_served_by_the_same_app_when_slack_is_configured(services, tmp_path):
    settings = web_settings(tmp_path / "home", slack_signing_secret="secret", slack_bot_token="xoxb-test",
                            slack_api_url="http://127.0.0.1:9/")
    with serving(settings, services) as url:
        unsigned = httpx.post(f"{url}/slack/events", json={"type": "url_verification", "challenge": "c"})
    with serving(web_settings(tmp_path / "plain"), services) as url:
        absent = httpx.post(f"{url}/slack/events", json={})
    assert unsigned.status_code in (401, 403)
    assert absent.status_code == 404


def test_retention_deletes_old_log_entries_when_the_app_starts(services, tmp_path):
    settings = web_settings(tmp_path / "home", retention_days=30)
    log = QuestionLog(settings)
    for answer_id in ("old", "new"):
        log.log_answer(Answer(answer_id=answer_id, question="q", language="nb", intent="other", answered=False,
                              answer=""), channel="web")
    with log.engine.begin() as con:
        con.execute(update(questions).where(questions.c.answer_id == "old")
                    .values(asked_at=dt.datetime.now() - dt.timedelta(days=31)))
    with serving(settings, services):
        deadline = time.monotonic() + 10
        while log.has_answer("old") and time.monotonic() < deadline:
            time.sleep(0.05)
    assert not log.has_answer("old") and log.has_answer("new")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_grantbot_serve_answers_healthz_once_ready_serves_the_chat_and_keeps_idle_connections(services):
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GRANTBOT_", "SLACK_"))}
    env.update(GRANTBOT_HOME=str(services.settings.home), HF_HUB_OFFLINE="1")
    command = [str(Path(sys.executable).parent / "grantbot"), "serve", "--port", str(port)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        health = _wait_for_health(f"http://127.0.0.1:{port}", process)
        assert health.json()["grants"] == len(services.grants())
        assert "<h1" in httpx.get(f"http://127.0.0.1:{port}/").text
        # A client may reuse a connection it left idle for 5 s (httpx's default): the server must not be
        # closing it just then.
        connection = http.client.HTTPConnection("127.0.0.1", port)
        for pause in (0, 6):  # on a closed connection the second request raises RemoteDisconnected
            time.sleep(pause)
            connection.request("GET", "/healthz")
            assert connection.getresponse().read() == health.content
        connection.close()
    finally:
        process.terminate()
        process.wait(timeout=20)


def _wait_for_health(url: str, process: subprocess.Popen) -> httpx.Response:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read().decode()
        try:
            response = httpx.get(f"{url}/healthz", timeout=2)
            if response.status_code == 200:
                return response
        except httpx.TransportError:
            pass
        time.sleep(0.25)
    raise AssertionError("grantbot serve never became healthy")
