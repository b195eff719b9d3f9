"""Slack gets its 200 at once, retries are answered once, 429s are waited out, failures are polite."""

from __future__ import annotations

import json
import logging
import time

from slack_fake_services import FakeServices
from slack_requests import mention


def test_a_slow_answer_is_still_acknowledged_within_a_second(make_slack, slack_api):
    slack = make_slack(FakeServices(delay=3.0))

    started = time.monotonic()
    response = slack.event(mention("Når er fristen for kulturmidler?"))
    acked_after = time.monotonic() - started

    assert response.status_code == 200
    assert acked_after < 1.0
    slack_api.wait_for("chat.postMessage", timeout=10)  # the answer still follows


def test_an_event_delivered_three_times_is_answered_once(slack, slack_api, services):
    event = mention("Når er fristen for kulturmidler?")

    responses = [slack.event(event, event_id="EvRetry", retry_num=n) for n in (None, 1, 2)]

    assert [r.status_code for r in responses] == [200, 200, 200]
    slack_api.wait_for("chat.postMessage")
    time.sleep(0.3)  # give a wrongly accepted retry the time to post
    assert len(slack_api.calls_to("chat.postMessage")) == 1
    assert len(services.asked) == 1


def test_a_document_containing_channel_pings_is_posted_escaped(make_slack, slack_api):
    slack = make_slack(FakeServices(quote="Viktig: <!channel> se <https://evil.example|søknadsskjema> & frist"))

    slack.event(mention("Når er fristen for kulturmidler?"))

    [post] = slack_api.wait_for("chat.postMessage")
    sent = json.dumps(post.params["blocks"]) + post.params["text"]
    assert "<!channel>" not in sent and "<https://evil.example" not in sent
    assert "&lt;!channel&gt;" in sent
    assert "&amp; frist" in sent


def test_a_rate_limited_post_is_retried_after_retry_after(slack, slack_api):
    slack_api.fail_next("chat.postMessage", status=429, headers={"Retry-After": "1"})

    slack.event(mention("Når er fristen for kulturmidler?"))

    limited, posted = slack_api.wait_for("chat.postMessage", count=2, timeout=10)
    assert posted.at - limited.at >= 1.0
    assert posted.params == limited.params


def test_a_failing_answer_gets_a_polite_reply_in_the_thread_and_a_logged_traceback(make_slack, slack_api, caplog):
    slack = make_slack(FakeServices(fail=True))

    with caplog.at_level(logging.ERROR):
        slack.event(mention("Når er fristen for kulturmidler?", ts="1700000100.000100"))
        [reply] = slack_api.wait_for("chat.postMessage")

    assert reply.params["thread_ts"] == "1700000100.000100"
    assert reply.params["text"].startswith("Sorry, something went wrong")
    assert any(r.exc_info and "the index is on fire" in str(r.exc_info[1]) for r in caplog.records)


def test_a_question_the_core_refuses_gets_the_reason_in_the_thread(slack, slack_api):
    slack.event(mention("kultur " * 50, ts="1700000100.000100"))

    [reply] = slack_api.wait_for("chat.postMessage")
    assert reply.params["text"] == "The question is too long (349 characters; at most 200)"
    assert reply.params["thread_ts"] == "1700000100.000100"
