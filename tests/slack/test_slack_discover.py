""""Which grants …?" in Slack: the list in Block Kit with an *Ask about it* button per grant, and the
calendar link when the bot knows its public address."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.slack.blocks import ALTERNATIVE, answer_blocks

pytestmark = pytest.mark.model


def test_each_listed_grant_is_a_section_with_an_ask_about_it_button(sample_services):
    ans = sample_services.answer("Hvilke tilskudd kan kommunen søke på nå?", today=dt.date(2004, 9, 1))
    blocks = answer_blocks(ans, "https://grants.example.org")
    listed = [b for b in blocks if b.get("accessory")]
    assert len(listed) == len(ans.grants) == 3
    for n, (block, grant) in enumerate(zip(listed, ans.grants, strict=True)):
        assert block["accessory"]["action_id"] == f"{ALTERNATIVE}_{n}"
        assert block["accessory"]["value"] == f"{ans.answer_id}|{grant['id']}"
        assert block["accessory"]["text"]["text"] == "Spør om det"
        assert grant["title"] in block["text"]["text"]
    calendar = str(blocks)
    assert "<https://grants.example.org/deadlines.ics?open=true&applicant_type=municipality|" in calendar
    assert len(blocks) <= 50


def test_ask_about_it_asks_about_that_grant(sample_services):
    ans = sample_services.answer("Hvilke tilskudd kan kommunen søke på nå?", today=dt.date(2004, 9, 1))
    picked = ans.grants[1]["id"]
    about = sample_services.answer(ans.question, today=dt.date(2004, 9, 1), grant_id=picked)
    assert about.grant.id == picked and about.intent == "overview"
