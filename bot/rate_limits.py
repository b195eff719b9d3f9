"""Requests per client per minute, counted in the bot's one database so that every process serving
the same database (uvicorn workers, machines behind one proxy) enforces one limit, not one each."""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
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
# Hits older than the window are swept now and then rather than per request (the counts read only
# the window): the sweep bounds the table.
_SWEEP_EVERY = 500

rate_hits = Table(
    "rate_hits", metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("client", String(128), nullable=False, index=True),
    Column("at", Float, nullable=False, index=True),
)
# Built once, their values bound at execution (see bot/sessions.py): every question runs them.
_LOCK = text("SELECT pg_advisory_xact_lock(hashtext(:k))")
_IN_WINDOW = (rate_hits.c.client == bindparam("key", type_=String)) & (rate_hits.c.at > bindparam("since", type_=Float))
# The hit is recorded only while the window has room: counting and recording in one statement is one
# round trip to the database (with the lock held) instead of three.
_HIT_IF_ROOM = rate_hits.insert().from_select(
    ["client", "at"],
    select(bindparam("key", type_=String), bindparam("now", type_=Float)).where(
        select(func.count()).where(_IN_WINDOW).scalar_subquery() < bindparam("limit", type_=Integer)),
).returning(rate_hits.c.id)  # not rowcount: through psycopg it was not 0 when nothing was inserted
_OLDEST = select(func.min(rate_hits.c.at)).where(_IN_WINDOW)
_SWEEP = delete(rate_hits).where(rate_hits.c.at <= bindparam("before", type_=Float))


class RateLimiter:
    """A sliding one-minute window of requests per client key."""

    def __init__(self, per_minute: int, db: Database, clock: Callable[[], float] = time.time) -> None:
        self.per_minute = per_minute
        self.db = db.ensure(rate_hits)
        self.clock = clock
        self._calls = 0

    def retry_after(self, key: str, con: Connection | None = None) -> float | None:
        """Record one request for ``key``; None when allowed, else seconds until the next is.
        ``con``: in the caller's transaction (see Database.begin), which holds PostgreSQL's lock on
        ``key`` until it ends."""
        now = self.clock()
        window = {"key": key, "since": now - WINDOW_SECONDS}
        with self.db.joined(con) as c:
            if self.db.dialect == "postgresql":
                # Two processes counting one client at once would both see room for one more. The
                # count is a statement after the lock's, so it sees what the last holder committed.
                c.execute(_LOCK, {"k": key})
            if c.execute(_HIT_IF_ROOM, {**window, "now": now, "limit": self.per_minute}).first() is None:
                oldest = c.execute(_OLDEST, window).scalar()
                return WINDOW_SECONDS if oldest is None else WINDOW_SECONDS - (now - oldest)
            self._calls += 1
            if self._calls % _SWEEP_EVERY == 0:
                # In the same transaction: SQLite lets one connection write at a time.
                c.execute(_SWEEP, {"before": now - WINDOW_SECONDS})
        return None
