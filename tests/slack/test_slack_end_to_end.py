"""The real core behind Slack: the bundled sample ingested, the real model, answers cited in the thread."""

from __future__ import annotations

import json

import pytest
from slack_requests import mention, message
from sqlalchemy import create_engine, text

from eligibility.models import Profile
from settings import Settings

pytestmark = pytest.mark.model
ASKED_AT = "1700000100.000100"


def test_a_mention_gets_the_cited_deadline_and_a_follow_up_stays_on_that_grant(make_slack, slack_api,
                                                                               sample_services):
    slack = make_slack(sample_services)

    slack.event(mention("Når er søknadsfristen for å bli fyrtårnskommune?", ts=ASKED_AT), event_id="Ev1")
    first = slack_api.wait_for("chat.postMessage", timeout=60)[0]
    slack.event(message("Hvem kan vi kontakte?", ts="1700000200.000100", thread_ts=ASKED_AT), event_id="Ev2")
    second = slack_api.wait_for("chat.postMessage", count=2, timeout=60)[1]

    shown = json.dumps(first.params["blocks"], ensure_ascii=False)
    assert "Søknadsfristen er 6. september 2004 [1]" in shown
    # The page has no address of its own: its title, never the press release its text links to.
    assert "[1] To millioner tilskuddkroner til kommuner som satser elektronisk" in shown
    assert "odin.dep.no" not in shown and "000_1de9e93bc0097409.txt" not in shown
    assert second.params["thread_ts"] == ASKED_AT
    with create_engine(Settings().db_url).connect() as con:
        grants = [r[0] for r in con.execute(text("SELECT grant_id FROM questions ORDER BY asked_at"))]
    assert len(grants) == 2 and grants[0] is not None and grants[0] == grants[1]


def test_the_self_check_on_a_sample_grant_posts_every_rule(make_slack, slack_api, sample_services):
    slack = make_slack(sample_services)
    grant = sample_services.grants()[0]

    slack.command("sjekk")
    view = slack_api.wait_for("views.open", timeout=30)[0].params["view"]
    slack.submit(view, {"grant": {"value": {"type": "static_select", "selected_option": {"value": grant.id}}},
                        "applicant_type": {"value": {"type": "static_select",
                                                     "selected_option": {"value": "municipality"}}}})

    [posted] = slack_api.wait_for("chat.postMessage", timeout=30)
    result = sample_services.check(grant.id, Profile(applicant_type="municipality"), language="nb")
    assert result.rules
    shown = json.dumps(posted.params["blocks"], ensure_ascii=False)
    assert grant.title[:40] in shown
    for rule in result.rules:  # each clause with its reason, in the modal's language
        assert rule.reason in shown
