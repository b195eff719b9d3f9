"""Only requests signed by Slack, within five minutes, reach a handler; every other one gets 401."""

from __future__ import annotations

import json
import time

import pytest
from slack_requests import SECRET, mention, signed_headers


def _event_body(text: str = "Når er fristen for kulturmidler?") -> str:
    return json.dumps({"type": "event_callback", "team_id": "T0TEST", "event_id": "Ev1", "event": mention(text)})


def _nothing_ran(slack_api, services) -> bool:
    time.sleep(0.3)  # long enough for a lazy listener to have started
    return services.asked == [] and slack_api.calls_to("chat.postMessage") == []


def test_a_replayed_request_older_than_five_minutes_is_refused(slack, slack_api, services):
    body = _event_body()
    stale = str(int(time.time()) - 6 * 60)

    response = slack.post(body, "application/json", signed_headers(body, timestamp=stale))

    assert response.status_code == 401
    assert _nothing_ran(slack_api, services)


def test_a_bad_signature_is_refused(slack, slack_api, services):
    body = _event_body()

    response = slack.post(body, "application/json", signed_headers(body, secret="not-the-secret"))

    assert response.status_code == 401
    assert _nothing_ran(slack_api, services)


def test_a_body_changed_after_signing_is_refused(slack, slack_api, services):
    headers = signed_headers(_event_body())

    response = slack.post(_event_body("<!channel> changed"), "application/json", headers)

    assert response.status_code == 401
    assert _nothing_ran(slack_api, services)


@pytest.mark.parametrize("timestamp", ["yesterday", "", "1e9", "12.5", "-1"])
def test_a_non_numeric_timestamp_is_refused_not_a_server_error(slack, slack_api, services, timestamp):
    body = _event_body()
    headers = {"X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": "v0=00"}

    response = slack.post(body, "application/json", headers)

    assert response.status_code == 401
    assert _nothing_ran(slack_api, services)


def test_missing_signature_headers_are_refused(slack, slack_api, services):
    assert slack.post(_event_body(), "application/json", headers={}).status_code == 401
    assert _nothing_ran(slack_api, services)


def test_slacks_url_verification_challenge_is_answered_when_signed(slack):
    body = json.dumps({"type": "url_verification", "token": "legacy", "challenge": "c-123"})

    response = slack.post(body, "application/json")

    assert response.status_code == 200
    assert response.json() == {"challenge": "c-123"}
    assert SECRET  # the same secret the app was configured with signed it
