"""Every Slack exchange lands in the question log the FAQ dashboard reads, with the user id hashed."""

from __future__ import annotations

import pytest
from slack_requests import ASKER, mention
from sqlalchemy import create_engine, text

from bot.question_log import hash_user
from settings import Settings

# The same specification on SQLite and on PostgreSQL (the database every process shares).
pytestmark = pytest.mark.usefixtures("any_database")


def test_question_answer_grant_language_and_latency_are_logged_with_a_hashed_user(slack, slack_api):
    slack.event(mention("Når er fristen for kulturmidler?"))
    slack_api.wait_for("chat.postMessage")

    with create_engine(Settings().db_url).connect() as con:
        row = con.execute(text(
            "SELECT channel, user_hash, question, answer, grant_id, language, latency_ms FROM questions")).one()

    assert row.channel == "slack"
    assert row.user_hash == hash_user(ASKER) and ASKER not in row.user_hash
    assert row.question == "Når er fristen for kulturmidler?"
    assert row.answer.startswith("Søknadsfristen er 1. mars 2027 [1]")
    assert (row.grant_id, row.language, row.latency_ms) == ("kulturmidler-2027", "nb", 12.5)


def test_a_slash_command_question_is_logged_too(slack, slack_api):
    slack.command("Når er fristen for kulturmidler?")
    slack_api.wait_for("/commands/T0TEST/1/hook")

    with create_engine(Settings().db_url).connect() as con:
        assert con.execute(text("SELECT channel, user_hash FROM questions")).one() == ("slack", hash_user(ASKER))
