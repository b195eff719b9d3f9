"""Mentions and DMs are answered in their thread, with sources and buttons; follow-ups keep the grant."""

from __future__ import annotations

import json

import pytest
from slack_fake_api import BOT_USER_ID
from slack_requests import GENERAL, mention, message

# The same specification on SQLite and on PostgreSQL (the database every process shares).
pytestmark = pytest.mark.usefixtures("any_database")


def _actions(call) -> list[str]:
    blocks = call.params["blocks"]
    blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
    return [e["action_id"] for b in blocks if b["type"] == "actions" for e in b["elements"]]


def _block_text(call) -> str:
    return json.dumps(call.params["blocks"], ensure_ascii=False)


def test_a_mention_is_answered_in_its_thread_with_sources_and_buttons(slack, slack_api):
    response = slack.event(mention("Når er fristen for kulturmidler?", ts="1700000100.000100"))

    assert response.status_code == 200
    [post] = slack_api.wait_for("chat.postMessage")
    assert post.params["channel"] == GENERAL
    assert post.params["thread_ts"] == "1700000100.000100"
    text = _block_text(post)
    assert "Søknadsfristen er 1. mars 2027 [1]" in text
    assert "[1] <https://example.org/kulturmidler|Kulturmidler 2027>" in text
    assert "Åpen: neste frist 2027-03-01 (99 dager igjen)" in text
    assert _actions(post) == ["grantbot_helpful", "grantbot_not_helpful", "grantbot_escalate", "grantbot_quotes"]


def test_a_follow_up_in_the_thread_needs_no_mention_and_keeps_the_grant(slack, slack_api, services):
    slack.event(mention("Når er fristen for kulturmidler?", ts="1700000100.000100"), event_id="Ev1")
    slack_api.wait_for("chat.postMessage")

    slack.event(message("Og hvem er kontaktperson?", ts="1700000150.000100", thread_ts="1700000100.000100"),
                event_id="Ev2")

    follow_up = slack_api.wait_for("chat.postMessage", count=2)[1]
    assert follow_up.params["thread_ts"] == "1700000100.000100"
    assert services.asked[1] == ("Og hvem er kontaktperson?", "kulturmidler-2027")


def test_a_direct_message_is_answered_in_a_thread(slack, slack_api):
    slack.event(message("Når er fristen for kulturmidler?", ts="1700000300.000100", channel="D0ASKER",
                        channel_type="im"))

    [post] = slack_api.wait_for("chat.postMessage")
    assert (post.params["channel"], post.params["thread_ts"]) == ("D0ASKER", "1700000300.000100")


def test_channel_messages_outside_the_bots_threads_are_left_alone(slack, slack_api, services):
    slack.event(message("Kaffe?", ts="1700000400.000100"), event_id="Ev1")
    slack.event(message("I en annen tråd", ts="1700000401.000100", thread_ts="1700000399.000100"), event_id="Ev2")
    slack.event(mention("Når er fristen for kulturmidler?"), event_id="Ev3")  # a sentinel that is answered

    slack_api.wait_for("chat.postMessage")
    assert [q for q, _ in services.asked] == ["Når er fristen for kulturmidler?"]


def test_bot_messages_our_own_messages_and_edits_are_ignored(slack, slack_api, services):
    dm = {"channel": "D0ASKER", "channel_type": "im"}
    slack.event(message("fra en annen bot", ts="1.1", subtype="bot_message", bot_id="B0OTHER", **dm), event_id="E1")
    slack.event(message("vårt eget svar", ts="1.2", user=BOT_USER_ID, **dm), event_id="E2")
    slack.event(message("", ts="1.3", subtype="message_changed", **dm), event_id="E3")
    slack.event(message("sentinel", ts="1.4", **dm), event_id="E4")

    slack_api.wait_for("chat.postMessage")
    assert [q for q, _ in services.asked] == ["sentinel"]


def test_a_mention_inside_a_followed_thread_is_answered_once(slack, slack_api, services):
    slack.event(mention("Når er fristen for kulturmidler?", ts="1700000100.000100"), event_id="Ev1")
    slack_api.wait_for("chat.postMessage")
    again = mention("og beløpet?", ts="1700000200.000100", thread_ts="1700000100.000100")

    slack.event(again, event_id="Ev2")
    slack.event(message(again["text"], ts=again["ts"], thread_ts=again["thread_ts"]), event_id="Ev3")

    slack_api.wait_for("chat.postMessage", count=2)
    slack.event(mention("sentinel", ts="1700000300.000100"), event_id="Ev4")
    slack_api.wait_for("chat.postMessage", count=3)
    assert [q for q, _ in services.asked] == ["Når er fristen for kulturmidler?", "og beløpet?", "sentinel"]
