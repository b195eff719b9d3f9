"""Requests per client per minute, counted in the bot's one database so that every process serving
the same database (uvicorn workers, machines behind one proxy) enforces one limit, not one each."""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlalchemy import BigInteger, Column, Float, Integer, String, Table, delete, func, select, text

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
        mine = rate_hits.c.client == key
        with self.db.engine.begin() as con:
            if self.db.dialect == "postgresql":
                # Two processes counting one client at once would both see room for one more.
                con.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": key})
            con.execute(delete(rate_hits).where(mine, rate_hits.c.at <= now - WINDOW_SECONDS))
            count, oldest = con.execute(select(func.count(), func.min(rate_hits.c.at)).where(mine)).one()
            if count >= self.per_minute:
                return WINDOW_SECONDS - (now - oldest)
            con.execute(rate_hits.insert().values(client=key, at=now))
        self._calls += 1
        if self._calls % _SWEEP_EVERY == 0:
            with self.db.engine.begin() as con:
                con.execute(delete(rate_hits).where(rate_hits.c.at <= now - WINDOW_SECONDS))
        return None
