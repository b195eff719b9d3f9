"""The per-client rate limiter: a sliding one-minute window, counted per key in the shared database."""

from __future__ import annotations

import pytest

from bot.database import database_for
from bot.rate_limits import RateLimiter
from settings import Settings

pytestmark = pytest.mark.usefixtures("any_database")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _limiter(per_minute: int, clock: Clock) -> RateLimiter:
    return RateLimiter(per_minute, database_for(Settings()), clock=clock)


def test_the_limit_holds_per_client_within_a_minute():
    clock = Clock()
    limiter = _limiter(2, clock)
    assert limiter.retry_after("a") is None and limiter.retry_after("a") is None
    clock.now += 15
    assert limiter.retry_after("a") == 45
    assert limiter.retry_after("b") is None


def test_requests_older_than_a_minute_no_longer_count():
    clock = Clock()
    limiter = _limiter(1, clock)
    assert limiter.retry_after("a") is None
    clock.now += 60
    assert limiter.retry_after("a") is None


def test_two_limiters_on_one_database_share_the_count():
    clock = Clock()
    first, second = _limiter(2, clock), _limiter(2, clock)
    assert first.retry_after("a") is None and second.retry_after("a") is None

    assert first.retry_after("a") == 60 and second.retry_after("a") == 60
