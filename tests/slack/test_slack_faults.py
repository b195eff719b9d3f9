"""Slack under faults: a delivery whose process died is answered on Slack's retry, a double click
escalates once, and mentions written in an announcement reach Slack as plain characters."""

from __future__ import annotations

import json
import time

import pytest
from slack_fake_services import FakeServices
from slack_requests import CASEWORKERS, GENERAL, mention
from sqlalchemy import create_engine, text

from bot.database import database_for
from bot.slack.dedupe import EventClaims
from settings import Settings

pytestmark = pytest.mark.usefixtures("any_database")
ASKED_AT = "1700000100.000100"


def _claimed_by_a_process_that_died(seconds_ago: float, *keys: str) -> None:
    dead = EventClaims(database_for(Settings()), clock=lambda: time.time() - seconds_ago)
    for key in keys:
        assert dead.claim(key)  # ... and nothing more: no answer, no finish


def test_an_event_whose_process_died_before_answering_is_answered_on_slacks_retry(slack, slack_api):
    _claimed_by_a_process_that_died(65, "event:Ev0001", f"message:{GENERAL}:{ASKED_AT}")

    response = slack.event(mention("Når er fristen for kulturmidler?", ts=ASKED_AT), retry_num=1)

    assert response.status_code == 200
    [post] = slack_api.wait_for("chat.postMessage")
    assert post.params["thread_ts"] == ASKED_AT


def test_a_retry_while_the_first_delivery_may_still_be_answering_is_not_answered_twice(slack, slack_api, services):
    _claimed_by_a_process_that_died(2, "event:Ev0001")

    assert slack.event(mention("Når er fristen for kulturmidler?", ts=ASKED_AT), retry_num=1).status_code == 200

    time.sleep(1)
    assert slack_api.calls_to("chat.postMessage") == [] and services.asked == []


def _escalations() -> list[tuple]:
    with create_engine(Settings().db_url).connect() as con:
        return [tuple(r) for r in con.execute(text("SELECT answer_id FROM escalations"))]


def test_ask_a_caseworker_clicked_twice_escalates_once(slack, slack_api):
    slack.event(mention("Når er fristen for kulturmidler?", ts=ASKED_AT))
    [post] = slack_api.wait_for("chat.postMessage")
    answer_id = next(b for b in post.params["blocks"] if b["type"] == "actions")["elements"][0]["value"]

    slack.click("grantbot_escalate", answer_id, "1700000000.000001", thread_ts=ASKED_AT)
    slack_api.wait_for("chat.postMessage", count=3)
    slack.click("grantbot_escalate", answer_id, "1700000000.000001", thread_ts=ASKED_AT)

    [again] = slack_api.wait_for("/actions/T0TEST/2/hook")
    assert again.params["text"] == "Dette spørsmålet er allerede sendt til saksbehandlerne."
    to_caseworkers = [c for c in slack_api.calls_to("chat.postMessage") if c.params["channel"] == CASEWORKERS]
    assert len(to_caseworkers) == 1 and _escalations() == [(answer_id,)]


PINGS = "Kontakt <!channel> og <!here> eller <@U0BOSS> før fristen."


def test_mentions_written_in_an_announcement_reach_slack_inert(make_slack, slack_api):
    slack = make_slack(FakeServices(quote=PINGS))
    slack.event(mention("Når er fristen for kulturmidler?", ts=ASKED_AT))
    [post] = slack_api.wait_for("chat.postMessage")
    answer_id = next(b for b in post.params["blocks"] if b["type"] == "actions")["elements"][0]["value"]
    slack.click("grantbot_escalate", answer_id, "1700000000.000001", thread_ts=ASKED_AT)
    slack.click("grantbot_quotes", answer_id, "1700000000.000001", thread_ts=ASKED_AT)
    slack_api.wait_for("chat.postMessage", count=3)
    slack_api.wait_for("views.open")

    sent = [json.dumps(c.params, ensure_ascii=False) for c in slack_api.calls
            if c.method in ("chat.postMessage", "views.open")]
    assert len(sent) == 4 and all("&lt;!channel&gt;" in s or "<@U0ASKER>" in s for s in sent)
    for payload in sent:
        assert "<!channel>" not in payload and "<!here>" not in payload and "<@U0BOSS>" not in payload
        assert '"link_names"' not in payload and '"parse": "full"' not in payload
