"""A local stand-in for Slack's Web API (bolt-python's tests/mock_web_api_server, as a class).

It listens on 127.0.0.1 on a free port, answers the methods the bot uses the way Slack does
(HTTP 200 with ``{"ok": ...}``, 429 with Retry-After when told to), and records every call,
including posts to ``response_url`` paths, so tests can assert on what the bot sent.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl

BOT_USER_ID = "U0BOT"
WORKSPACE = "https://grantbot-test.slack.com"


@dataclass
class Call:
    method: str  # "chat.postMessage", or the path of a response_url post
    params: dict
    token: str | None
    at: float = field(default_factory=time.monotonic)


class FakeSlackAPI:
    """Slack's Web API, faked: ``with FakeSlackAPI(token) as slack: ... slack.wait_for("chat.postMessage")``."""

    def __init__(self, token: str = "xoxb-test") -> None:
        self.token = token
        self.calls: list[Call] = []
        self._failures: dict[str, list[tuple[int, dict, str]]] = {}
        self._ts = itertools.count(1)
        self._changed = threading.Condition()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> FakeSlackAPI:
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def fail_next(self, method: str, status: int = 429, headers: dict | None = None, error: str = "ratelimited"):
        """Answer the next call of ``method`` with ``ok: false`` (default: HTTP 429, retry after 1 s)."""
        default = {"Retry-After": "1"} if status == 429 else {}
        self._failures.setdefault(method, []).append((status, default if headers is None else headers, error))

    def calls_to(self, method: str) -> list[Call]:
        with self._changed:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 15.0) -> list[Call]:
        """The calls to ``method`` once there are at least ``count``; AssertionError after ``timeout``."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while len(found := [c for c in self.calls if c.method == method]) < count:
                if (remaining := deadline - time.monotonic()) <= 0:
                    raise AssertionError(f"{count} call(s) to {method} expected, got {len(found)}: {self.calls}")
                self._changed.wait(remaining)
        return found

    def record(self, call: Call) -> None:
        with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    def failure_for(self, method: str) -> tuple[int, dict, str] | None:
        queue = self._failures.get(method)
        return queue.pop(0) if queue else None

    def reply(self, method: str, params: dict, token: str | None) -> dict:
        """What Slack answers to ``method`` (only the fields the bot reads, plus ok)."""
        if token != self.token:
            return {"ok": False, "error": "invalid_auth" if token else "not_authed"}
        ts = f"1700000000.{next(self._ts):06d}"
        if method == "auth.test":
            return {"ok": True, "url": WORKSPACE + "/", "team": "Test", "user": "grantbot",
                    "team_id": "T0TEST", "user_id": BOT_USER_ID, "bot_id": "B0BOT"}
        if method == "chat.postMessage":
            return {"ok": True, "channel": params.get("channel"), "ts": ts,
                    "message": {"text": params.get("text"), "ts": ts, "bot_id": "B0BOT"}}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": ts}
        if method == "chat.getPermalink":
            message = str(params.get("message_ts", "")).replace(".", "")
            return {"ok": True, "channel": params.get("channel"),
                    "permalink": f"{WORKSPACE}/archives/{params.get('channel')}/p{message}"}
        if method == "views.open":
            return {"ok": True, "view": {"id": "V0TEST", **_as_dict(params.get("view"))}}
        return {"ok": True}


def _as_dict(value) -> dict:
    return json.loads(value) if isinstance(value, str) else dict(value or {})


def _handler_for(api: FakeSlackAPI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # keep test output clean
            pass

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
            is_json = "json" in (self.headers.get("Content-Type") or "")
            params = (json.loads(raw) if raw else {}) if is_json else dict(parse_qsl(raw))
            auth = self.headers.get("Authorization") or ""
            token = auth.removeprefix("Bearer ") or params.get("token")
            method = self.path.removeprefix("/api/") if self.path.startswith("/api/") else self.path
            api.record(Call(method, params, token))
            if failure := api.failure_for(method):
                status, headers, error = failure
                self._send(status, {"ok": False, "error": error}, headers)
            elif self.path.startswith("/api/"):
                self._send(200, api.reply(method, params, token))
            else:  # a response_url: Slack answers plain "ok"
                self._send(200, None)

        def _send(self, status: int, body: dict | None, headers: dict | None = None) -> None:
            data = json.dumps(body).encode() if body is not None else b"ok"
            self.send_response(status)
            self.send_header("Content-Type", "application/json" if body is not None else "text/plain")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

    return Handler
