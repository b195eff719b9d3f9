"""The buttons under an answer: feedback is logged, escalation reaches the directorate, quotes open."""

from __future__ import annotations

import json

import pytest
from slack_fake_api import WORKSPACE
from slack_requests import CASEWORKERS, mention
from sqlalchemy import create_engine, text

from settings import Settings

ASKED_AT = "1700000100.000100"

# The same specification on SQLite and on PostgreSQL (the database every process shares).
pytestmark = pytest.mark.usefixtures("any_database")


@pytest.fixture
def answered(slack, slack_api):
    """A mention answered in its thread; returns the answer's id and message ts."""
    slack.event(mention("Når er fristen for kulturmidler?", ts=ASKED_AT))
    [post] = slack_api.wait_for("chat.postMessage")
    buttons = next(b for b in post.params["blocks"] if b["type"] == "actions")["elements"]
    return buttons[0]["value"], "1700000000.000001"


def _rows(sql: str) -> list[tuple]:
    with create_engine(Settings().db_url).connect() as con:
        return [tuple(r) for r in con.execute(text(sql))]


def test_a_helpful_click_is_logged_and_thanked(slack, slack_api, answered):
    answer_id, message_ts = answered

    slack.click("grantbot_helpful", answer_id, message_ts, thread_ts=ASKED_AT)

    [thanks] = slack_api.wait_for("/actions/T0TEST/2/hook")
    assert thanks.params["text"] == "Takk for tilbakemeldingen."
    assert thanks.params["response_type"] == "ephemeral" and thanks.params["replace_original"] is False
    assert _rows("SELECT answer_id, helpful FROM feedback") == [(answer_id, 1)]


def test_not_helpful_is_logged_and_points_to_a_caseworker(slack, slack_api, answered):
    answer_id, message_ts = answered

    slack.click("grantbot_not_helpful", answer_id, message_ts, thread_ts=ASKED_AT)

    [reply] = slack_api.wait_for("/actions/T0TEST/2/hook")
    assert "Spør en saksbehandler" in reply.params["text"]
    assert _rows("SELECT answer_id, helpful FROM feedback") == [(answer_id, 0)]


def test_escalation_reaches_the_directorate_and_tells_the_asker_who_follows_up(slack, slack_api, answered):
    answer_id, message_ts = answered

    slack.click("grantbot_escalate", answer_id, message_ts, thread_ts=ASKED_AT)

    to_directorate, to_asker = slack_api.wait_for("chat.postMessage", count=3)[1:]
    posted = json.dumps(to_directorate.params["blocks"], ensure_ascii=False)
    assert to_directorate.params["channel"] == CASEWORKERS
    assert "<@U0ASKER>" in posted and ">Når er fristen for kulturmidler?" in posted
    assert ">Søknadsfristen er 1. mars 2027 [1]" in posted
    assert f"Kulturmidler 2027 · <{WORKSPACE}/archives/C0GENERAL/p1700000100000100|Åpne tråden>" in posted
    assert to_asker.params["thread_ts"] == ASKED_AT
    assert f"saksbehandlerne i <#{CASEWORKERS}>" in to_asker.params["text"]
    assert "Kari Nordmann, +4799740740" in to_asker.params["text"]
    assert _rows("SELECT answer_id, channel FROM escalations") == [(answer_id, "slack")]


def test_escalation_without_a_caseworker_channel_says_so_and_offers_the_contact(make_slack, slack_api, services,
                                                                                 monkeypatch):
    monkeypatch.delenv("GRANTBOT_SLACK_ESCALATION_CHANNEL")
    slack = make_slack(services)
    slack.event(mention("Når er fristen for kulturmidler?", ts=ASKED_AT))
    answer_id = slack_api.wait_for("chat.postMessage")[0].params["blocks"][-1]["elements"][0]["value"]

    slack.click("grantbot_escalate", answer_id, "1700000000.000001", thread_ts=ASKED_AT)

    reply = slack_api.wait_for("chat.postMessage", count=2)[1]
    assert reply.params["channel"] == "C0GENERAL"
    assert "Ingen saksbehandlerkanal" in reply.params["text"] and "Kari Nordmann" in reply.params["text"]


def test_show_quotes_opens_the_cited_sentences_verbatim(slack, slack_api, answered):
    answer_id, message_ts = answered

    slack.click("grantbot_quotes", answer_id, message_ts, thread_ts=ASKED_AT)

    [opened] = slack_api.wait_for("views.open")
    assert opened.params["trigger_id"] == "trigger.2"
    assert ">Frist for søknad er mandag 1. mars 2027." in json.dumps(opened.params["view"], ensure_ascii=False)


def test_a_click_on_an_unknown_answer_is_answered_politely(slack, slack_api):
    slack.click("grantbot_escalate", "no-such-answer", "1700000000.000001")

    [reply] = slack_api.wait_for("/actions/T0TEST/2/hook")
    assert reply.params["text"] == "I can no longer find that answer; please ask again."
    assert slack_api.calls_to("chat.postMessage") == []


def test_an_escalation_slack_refuses_tells_the_asker_nobody_was_notified(slack, slack_api, answered, caplog):
    answer_id, message_ts = answered
    slack_api.fail_next("chat.postMessage", status=200, error="not_in_channel")

    slack.click("grantbot_escalate", answer_id, message_ts, thread_ts=ASKED_AT)

    reply = slack_api.wait_for("chat.postMessage", count=3)[2]
    assert reply.params["thread_ts"] == ASKED_AT
    assert f"Jeg nådde ikke saksbehandlerne i <#{CASEWORKERS}>, så ingen ble varslet." in reply.params["text"]
    assert any("not_in_channel" in str(r.exc_info[1]) for r in caplog.records if r.exc_info)


def test_escalating_a_private_slash_command_answer_replies_privately(slack, slack_api):
    slack.command("Når er fristen for kulturmidler?")
    answer = slack_api.wait_for("/commands/T0TEST/1/hook")[0].params
    answer_id = answer["blocks"][-1]["elements"][0]["value"]

    slack.click("grantbot_escalate", answer_id, "1700000000.000009")

    [to_directorate] = slack_api.wait_for("chat.postMessage")
    [to_asker] = slack_api.wait_for("/actions/T0TEST/2/hook")
    assert to_directorate.params["channel"] == CASEWORKERS
    assert to_asker.params["response_type"] == "ephemeral"
    assert f"saksbehandlerne i <#{CASEWORKERS}>" in to_asker.params["text"]
    assert slack_api.calls_to("chat.getPermalink") == []  # a private answer has no thread to link


def test_an_alternative_asks_the_same_question_about_that_announcement_in_the_thread(slack, slack_api, services):
    slack.event(mention("Når er fristen for kulturmidler i andre runde?", ts=ASKED_AT))
    [post] = slack_api.wait_for("chat.postMessage")
    alternatives = next(b for b in post.params["blocks"] if b.get("block_id") == "grantbot_alternatives")
    [button] = alternatives["elements"]
    assert button["text"]["text"] == "Folkhälsa 2027"

    slack.click(button["action_id"], button["value"], "1700000000.000001", thread_ts=ASKED_AT)

    again = slack_api.wait_for("chat.postMessage", count=2)[1]
    assert again.params["thread_ts"] == ASKED_AT
    assert services.asked[-1] == ("Når er fristen for kulturmidler i andre runde?", "folkehalsa-2027")
