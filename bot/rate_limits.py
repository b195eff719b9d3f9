"""Requests per client per minute, counted in the bot's one database so that every process serving
the same database (uvicorn workers, machines behind one proxy) enforces one limit, not one each."""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    Integer,
    String,
    Table,
    bindparam,
    delete,
    func,
    select,
    text,
)

from bot.database import Database, metadata

WINDOW_SECONDS = 60.0
# Old hits of every client are swept now and then rather than per request: the per-client
# delete keeps each client's count exact, the sweep bounds the table.
_SWEEP_EVERY = 500

rate_hits = Table(
    "rate_hits", metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("client", String(128), nullable=False, index=True),
    Column("at", Float, nullable=False, index=True),
)
# Built once, their values bound at execution (see bot/sessions.py): every question runs them.
_LOCK = text("SELECT pg_advisory_xact_lock(hashtext(:k))")
_MINE = rate_hits.c.client == bindparam("key")
_FORGET = delete(rate_hits).where(_MINE, rate_hits.c.at <= bindparam("before"))
_COUNT = select(func.count(), func.min(rate_hits.c.at)).where(_MINE)
_HIT = rate_hits.insert()


class RateLimiter:
    """A sliding one-minute window of requests per client key."""

    def __init__(self, per_minute: int, db: Database, clock: Callable[[], float] = time.time) -> None:
        self.per_minute = per_minute
        self.db = db.ensure(rate_hits)
        self.clock = clock
        self._calls = 0

    def retry_after(self, key: str) -> float | None:
        """Record one request for ``key``; None when allowed, else seconds until the next is."""
        now = self.clock()
        with self.db.engine.begin() as con:
            if self.db.dialect == "postgresql":
                # Two processes counting one client at once would both see room for one more.
                con.execute(_LOCK, {"k": key})
            con.execute(_FORGET, {"key": key, "before": now - WINDOW_SECONDS})
            count, oldest = con.execute(_COUNT, {"key": key}).one()
            if count >= self.per_minute:
                return WINDOW_SECONDS - (now - oldest)
            con.execute(_HIT, {"client": key, "at": now})
        self._calls += 1
        if self._calls % _SWEEP_EVERY == 0:
            with self.db.engine.begin() as con:
                con.execute(delete(rate_hits).where(rate_hits.c.at <= now - WINDOW_SECONDS))
        return None
