"""Slack retries an event up to three times and Bolt does not deduplicate: we answer each event once.

A delivery is claimed in the bot's one database before it is handled and marked done after, so a
retry that reaches another process (or machine) on the same database is not answered twice. A claim
whose process died before finishing expires, so Slack's next retry is answered instead of lost.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator

from slack_bolt import BoltResponse
from sqlalchemy import Boolean, Column, Float, String, Table, and_, delete, update

from bot.database import Database, metadata

_KEEP_SECONDS = 24 * 3600  # Slack stops retrying after about an hour; a day leaves ample margin
# Slack retries at once, after a minute and after five: a claim left by a dead process expires
# before the one-minute retry, and outlives any answer we would still be working on (seconds).
CLAIM_EXPIRES_SECONDS = 30.0

claims = Table(
    "claims", metadata,
    Column("key", String(255), primary_key=True),
    Column("claimed_at", Float, nullable=False, index=True),
    Column("done", Boolean, nullable=False),
)


class EventClaims:
    """Who handles which delivery: the unique insert decides, so processes sharing the database agree."""

    def __init__(self, db: Database, expires: float = CLAIM_EXPIRES_SECONDS,
                 clock: Callable[[], float] = time.time) -> None:
        self.db = db.ensure(claims)
        self.expires = expires
        self.clock = clock

    def claim(self, key: str) -> bool:
        """True when this caller should handle ``key``: nobody has, and nobody is (a claim older than
        ``expires`` that was never finished belonged to a process that died, and is taken over)."""
        now = self.clock()
        with self.db.engine.begin() as con:
            con.execute(delete(claims).where(claims.c.claimed_at < now - _KEEP_SECONDS))
            # RETURNING says whether a row was written: rowcount after ON CONFLICT differs by driver.
            new = self.db.insert(claims).values(key=key, claimed_at=now, done=False).on_conflict_do_nothing()
            if con.execute(new.returning(claims.c.key)).first() is not None:
                return True
            stale = and_(claims.c.key == key, claims.c.done.is_(False), claims.c.claimed_at < now - self.expires)
            taken = update(claims).where(stale).values(claimed_at=now).returning(claims.c.key)
            return con.execute(taken).first() is not None

    def finish(self, key: str) -> None:
        """The delivery was handled: later retries are skipped for good."""
        with self.db.engine.begin() as con:
            con.execute(update(claims).where(claims.c.key == key).values(done=True))

    def release(self, key: str) -> None:
        """Handling failed before anything was said: the next retry may try again."""
        with self.db.engine.begin() as con:
            con.execute(delete(claims).where(and_(claims.c.key == key, claims.c.done.is_(False))))

    @contextlib.contextmanager
    def handling(self, key: str) -> Iterator[bool]:
        """``with claims.handling(key) as mine: if mine: ...``: finished when the block ends, released
        when it raises."""
        mine = self.claim(key)
        try:
            yield mine
        except BaseException:
            if mine:
                self.release(key)
            raise
        if mine:
            self.finish(key)


def dedupe_middleware(seen: EventClaims) -> Callable[..., BoltResponse | None]:
    """Bolt global middleware: an ``event_id`` handled (or being handled) is acknowledged with 200
    and goes no further."""

    def skip_repeated_events(body: dict, next: Callable[[], None], logger) -> BoltResponse | None:
        event_id = body.get("event_id")
        if not event_id:
            return next()
        with seen.handling(f"event:{event_id}") as mine:
            if not mine:
                logger.info("Slack delivered event %s again; already handled", event_id)
                return BoltResponse(status=200, body="")
            return next()

    return skip_repeated_events
