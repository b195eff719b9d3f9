"""Event claims answer "should I handle this delivery?" once per id, across processes sharing the
database, and give a delivery whose process died back to Slack's next retry."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.database import database_for
from bot.slack.dedupe import EventClaims
from settings import Settings

pytestmark = pytest.mark.usefixtures("any_database")


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def _claims(**kw) -> EventClaims:
    return EventClaims(database_for(Settings()), **kw)


def test_an_event_is_claimed_only_the_first_time():
    claims = _claims()

    assert [claims.claim("Ev1"), claims.claim("Ev1"), claims.claim("Ev2")] == [True, False, True]


def test_a_second_store_on_the_same_database_agrees():
    _claims().claim("Ev1")

    assert _claims().claim("Ev1") is False


def test_a_claim_never_finished_expires_so_the_retry_is_handled():
    clock = Clock()
    claims = _claims(expires=30, clock=clock)
    assert claims.claim("Ev1")  # ... and the process that claimed it dies here

    clock.now += 10
    assert claims.claim("Ev1") is False  # Slack's immediate retry: the claim may still be at work
    clock.now += 60
    assert claims.claim("Ev1") is True  # the one-minute retry takes it over
    assert claims.claim("Ev1") is False


def test_a_finished_claim_never_expires():
    clock = Clock()
    claims = _claims(expires=30, clock=clock)
    with claims.handling("Ev1") as mine:
        assert mine
    clock.now += 3600

    assert claims.claim("Ev1") is False


def test_a_handler_that_raises_gives_the_delivery_back():
    claims = _claims()
    with pytest.raises(RuntimeError), claims.handling("Ev1"):
        raise RuntimeError("Slack is down")

    assert claims.claim("Ev1") is True


_CLAIM = """
import sys
from bot.database import Database
from bot.slack.dedupe import EventClaims
claims = EventClaims(Database(sys.argv[1]))
print(" ".join(f"Ev{n}" for n in range(20) if claims.claim(f"Ev{n}")))
"""


def test_two_processes_racing_on_the_same_events_claim_each_once():
    url = database_for(Settings()).url
    racers = [subprocess.Popen([sys.executable, "-c", _CLAIM, url], stdout=subprocess.PIPE, text=True)
              for _ in range(2)]
    claimed = [out.split() for out, _ in (r.communicate(timeout=60) for r in racers)]

    assert sorted(claimed[0] + claimed[1]) == sorted(f"Ev{n}" for n in range(20))
