"""The per-client rate limiter: a sliding one-minute window, counted per key."""

from __future__ import annotations

from bot.web.security import RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_limit_holds_per_client_within_a_minute():
    clock = Clock()
    limiter = RateLimiter(per_minute=2, clock=clock)
    assert limiter.retry_after("a") is None and limiter.retry_after("a") is None
    clock.now += 15
    assert limiter.retry_after("a") == 45
    assert limiter.retry_after("b") is None


def test_requests_older_than_a_minute_no_longer_count():
    clock = Clock()
    limiter = RateLimiter(per_minute=1, clock=clock)
    assert limiter.retry_after("a") is None
    clock.now += 60
    assert limiter.retry_after("a") is None
