"""Slack's requests to the bot, built and signed the way Slack does (v0 HMAC-SHA256 over the raw body)."""

from __future__ import annotations

import json
import time
from urllib.parse import urlencode

from slack_fake_api import BOT_USER_ID
from slack_sdk.signature import SignatureVerifier
from starlette.testclient import TestClient

SECRET = "test-signing-secret"
ASKER = "U0ASKER"
GENERAL = "C0GENERAL"
CASEWORKERS = "C0CASEWORK"


def signed_headers(body: str, timestamp: str | None = None, secret: str = SECRET) -> dict[str, str]:
    """The two headers Slack adds: the request time and the signature over ``v0:time:body``."""
    timestamp = timestamp or str(int(time.time()))
    signature = SignatureVerifier(secret).generate_signature(timestamp=timestamp, body=body)
    return {"X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": signature}


def mention(text: str, ts: str = "1700000100.000100", thread_ts: str | None = None, user: str = ASKER) -> dict:
    event = {"type": "app_mention", "user": user, "text": f"<@{BOT_USER_ID}> {text}", "ts": ts,
             "channel": GENERAL, "event_ts": ts}
    return event | ({"thread_ts": thread_ts} if thread_ts else {})


def message(text: str, ts: str, channel: str = GENERAL, channel_type: str = "channel",
            thread_ts: str | None = None, **extra) -> dict:
    event = {"type": "message", "user": ASKER, "text": text, "ts": ts, "channel": channel,
             "channel_type": channel_type, "event_ts": ts}
    return event | ({"thread_ts": thread_ts} if thread_ts else {}) | extra


class SlackClient:
    """Delivers signed Events API, slash command and interactivity requests to POST /slack/events."""

    def __init__(self, http: TestClient, slack_url: str) -> None:
        self.http, self.slack_url = http, slack_url

    def post(self, body: str, content_type: str, headers: dict | None = None):
        headers = {"Content-Type": content_type, **(signed_headers(body) if headers is None else headers)}
        return self.http.post("/slack/events", content=body.encode(), headers=headers)

    def event(self, event: dict, event_id: str = "Ev0001", retry_num: int | None = None):
        body = json.dumps({"token": "legacy", "team_id": "T0TEST", "api_app_id": "A0APP", "type": "event_callback",
                           "event_id": event_id, "event_time": int(time.time()), "event": event,
                           "authorizations": [{"team_id": "T0TEST", "user_id": BOT_USER_ID, "is_bot": True}]})
        headers = signed_headers(body)
        if retry_num is not None:
            headers |= {"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": "http_timeout"}
        return self.post(body, "application/json", headers)

    def command(self, text: str, command: str = "/tilskudd"):
        form = {"command": command, "text": text, "team_id": "T0TEST", "channel_id": GENERAL, "user_id": ASKER,
                "trigger_id": "trigger.1", "response_url": f"{self.slack_url}/commands/T0TEST/1/hook"}
        return self.post(urlencode(form), "application/x-www-form-urlencoded")

    def interaction(self, payload: dict):
        payload = {"team": {"id": "T0TEST"}, "user": {"id": ASKER}, "api_app_id": "A0APP", **payload}
        return self.post(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")

    def click(self, action_id: str, answer_id: str, message_ts: str, thread_ts: str | None = None):
        container = {"type": "message", "channel_id": GENERAL, "message_ts": message_ts, "is_ephemeral": False}
        return self.interaction({
            "type": "block_actions", "trigger_id": "trigger.2", "container": container,
            "channel": {"id": GENERAL}, "message": {"ts": message_ts, "thread_ts": thread_ts, "text": "…"},
            "response_url": f"{self.slack_url}/actions/T0TEST/2/hook",
            "actions": [{"type": "button", "action_id": action_id, "block_id": "grantbot_answer",
                         "value": answer_id, "action_ts": "1700000200.1"}],
        })

    def submit(self, view: dict, values: dict):
        """Submit ``view`` (as views.open received it) with ``values`` as its state."""
        submitted = view | {"id": "V0TEST", "state": {"values": values}}
        return self.interaction({"type": "view_submission", "trigger_id": "trigger.3", "view": submitted})
