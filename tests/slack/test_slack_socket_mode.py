"""Socket Mode is the same Bolt app behind another adapter: no signing secret, same answers in threads."""

from __future__ import annotations

from slack_bolt.adapter.socket_mode.internals import run_bolt_app
from slack_requests import mention
from slack_sdk.socket_mode.request import SocketModeRequest

from bot.slack.app import build_slack_app
from settings import Settings


def _envelope(event: dict, event_id: str, retry: int | None = None) -> SocketModeRequest:
    payload = {"type": "event_callback", "team_id": "T0TEST", "api_app_id": "A0APP", "event_id": event_id,
               "event": event}
    return SocketModeRequest(type="events_api", envelope_id=f"env-{event_id}", payload=payload,
                             retry_attempt=retry)


def test_an_event_over_the_socket_is_answered_in_its_thread_without_a_signing_secret(
        slack_env, monkeypatch, slack_api, services):
    monkeypatch.delenv("SLACK_SIGNING_SECRET")
    app = build_slack_app(Settings(), services, socket_mode=True)

    response = run_bolt_app(app, _envelope(mention("Når er fristen for kulturmidler?", ts="1700000100.000100"), "E1"))

    assert response.status == 200
    [post] = slack_api.wait_for("chat.postMessage")
    assert post.params["thread_ts"] == "1700000100.000100"


def test_a_retried_socket_event_is_answered_once(slack_env, slack_api, services):
    app = build_slack_app(Settings(), services, socket_mode=True)
    event = mention("Når er fristen for kulturmidler?")

    for retry in (None, 1, 2):
        run_bolt_app(app, _envelope(event, "E1", retry))

    slack_api.wait_for("chat.postMessage")
    assert len(services.asked) == 1
