"""The weekly digest: `/tilskudd varsle <filters>` subscribes a channel, the fake Slack Web API gets exactly
one post per subscribed channel per week with a frozen clock, `varsle av` stops it, a restart keeps it.
Over the real sample: the samhandling call's deadlines are 24 March and 1 August 2011."""

from __future__ import annotations

import datetime as dt

import pytest
from slack_requests import GENERAL

from bot.slack.client import build_web_client
from bot.slack.digest import DigestStore, digest_request, run_due, subscribe_from_command
from settings import Settings

pytestmark = pytest.mark.model
CASEWORKERS_ROOM, SWEDISH_ROOM = "C0KOMMUNE", "C0SVENSKA"
MONDAY = dt.datetime(2011, 3, 14, 8, 0, tzinfo=dt.UTC)  # samhandling closes in 10 days


@pytest.fixture
def store(tmp_path) -> DigestStore:
    return DigestStore(tmp_path / "home")


@pytest.fixture
def client(slack_api):
    return build_web_client(Settings(slack_bot_token="xoxb-test", slack_api_url=f"{slack_api.url}/api/"))


def posts(slack_api, channel: str) -> list:
    return [c for c in slack_api.calls_to("chat.postMessage") if c.params.get("channel") == channel]


def test_the_digest_words_in_nb_sv_and_en_and_off():
    assert digest_request("varsle kommune") == ("nb", False, "kommune")
    assert digest_request("bevaka regioner") == ("sv", False, "regioner")
    assert digest_request("notify municipalities") == ("en", False, "municipalities")
    assert digest_request("varsle av") == ("nb", True, "av")
    assert digest_request("Når er fristen?") is None


def test_one_post_per_channel_per_week_unsubscribing_stops_it_and_a_restart_keeps_it(
        store, client, slack_api, sample_services):
    said = subscribe_from_command(store, sample_services, CASEWORKERS_ROOM, "varsle kommune", MONDAY.date())
    assert "ukentlig" in said and "for kommuner" in said
    subscribe_from_command(store, sample_services, SWEDISH_ROOM, "bevaka", MONDAY.date())

    assert run_due(store, sample_services, client, now=MONDAY) == 2
    assert run_due(store, sample_services, client, now=MONDAY + dt.timedelta(hours=1)) == 0
    assert run_due(store, sample_services, client, now=MONDAY + dt.timedelta(days=6)) == 0  # still that week
    assert len(posts(slack_api, CASEWORKERS_ROOM)) == 1 and len(posts(slack_api, SWEDISH_ROOM)) == 1
    post = posts(slack_api, CASEWORKERS_ROOM)[0].params
    assert "133 millioner kroner til samhandling" in str(post["blocks"]) and "10 dager igjen" in str(post["blocks"])

    restarted = DigestStore(store.path.parent)  # a new process over the same home
    assert set(restarted.all()) == {CASEWORKERS_ROOM, SWEDISH_ROOM}
    assert run_due(restarted, sample_services, client, now=MONDAY + dt.timedelta(days=2)) == 0

    assert "ikke lenger" in subscribe_from_command(restarted, sample_services, CASEWORKERS_ROOM, "varsle av", MONDAY.date())
    next_week = MONDAY + dt.timedelta(days=7)
    assert run_due(restarted, sample_services, client, now=next_week) == 1
    assert len(posts(slack_api, CASEWORKERS_ROOM)) == 1 and len(posts(slack_api, SWEDISH_ROOM)) == 2


def test_a_week_with_nothing_new_and_no_deadline_near_posts_nothing(store, client, slack_api, sample_services):
    subscribe_from_command(store, sample_services, GENERAL, "varsle kommune", MONDAY.date())
    quiet = dt.datetime(2030, 1, 7, 8, 0, tzinfo=dt.UTC)
    sample_services.catalogue.records()  # the grants were first seen long before 2030
    run_due(store, sample_services, client, now=quiet - dt.timedelta(days=30))
    assert run_due(store, sample_services, client, now=quiet) == 0


def test_the_slash_command_subscribes_the_channel_in_its_answer(make_slack, sample_services):
    settings = Settings()
    slack = make_slack(sample_services, settings)
    response = slack.command("varsle av")
    assert response.status_code == 200 and "ingen ukentlig" in response.text
    response = slack.command("notify municipalities")
    assert "weekly post" in response.text and "for municipalities" in response.text
    assert DigestStore(settings.home).all()[GENERAL]["filters"]["applicant_type"] == "municipality"


def _claim(home: str, queue) -> None:
    queue.put(DigestStore(home).claim("C1", "2024-W10"))


def test_a_channels_week_is_claimed_once_across_processes(tmp_path):
    """`serve --workers N`: every worker runs the schedule; one posts."""
    import multiprocessing

    from bot.discover_filters import DiscoverFilters

    DigestStore(tmp_path).subscribe("C1", DiscoverFilters(), "nb", "")
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    workers = [context.Process(target=_claim, args=(str(tmp_path), queue)) for _ in range(6)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(30)
    assert sorted(queue.get(timeout=5) for _ in workers) == [False] * 5 + [True]
