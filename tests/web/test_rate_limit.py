"""The per-client rate limiter: a sliding one-minute window, counted per key in the shared database."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

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


def test_many_at_once_from_several_limiters_let_exactly_the_limit_through():
    # As several processes would: each limiter its own, all counting one client at the same moment.
    clock = Clock()
    limiters = [_limiter(10, clock) for _ in range(4)]
    with ThreadPoolExecutor(8) as pool:
        waits = list(pool.map(lambda n: limiters[n % 4].retry_after("a"), range(40)))
    assert waits.count(None) == 10
    assert set(waits) == {None, 60}


def test_a_hit_counted_in_a_callers_transaction_counts_once_that_commits():
    clock = Clock()
    limiter = _limiter(1, clock)
    db = database_for(Settings())
    with db.begin() as con:
        assert limiter.retry_after("a", con) is None
        assert limiter.retry_after("a", con) == 60  # the same transaction sees its own hit
    assert limiter.retry_after("a") == 60
    with pytest.raises(RuntimeError), db.begin() as con:
        assert limiter.retry_after("b", con) is None
        raise RuntimeError("the request failed before it was answered")
    assert limiter.retry_after("b") is None  # the rolled-back hit never counted
