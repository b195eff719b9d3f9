"""Conversation state keyed by web session id or Slack thread, in the bot's one database, so any
process (of any machine sharing GRANTBOT_DATABASE_URL) can take the next question."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Connection, DateTime, String, Table, Text, bindparam, delete, select

from bot.database import Database, metadata
from bot.models import Session

sessions = Table(
    "sessions", metadata,
    Column("key", String(255), primary_key=True),
    Column("data", Text, nullable=False),
    Column("updated_at", DateTime, nullable=False, index=True),
)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class SessionStore:
    """Sessions as JSON rows."""

    def __init__(self, db: Database) -> None:
        self.db = db.ensure(sessions)
        # Built once, their values bound at execution: building a statement with its values in it
        # cost more than running it (0.7 of 0.8 ms a put on SQLite), on every question.
        self._get = select(sessions.c.data).where(sessions.c.key == bindparam("wanted"))
        upsert = self.db.insert(sessions)
        self._put = upsert.on_conflict_do_update(
            index_elements=[sessions.c.key], set_={"data": upsert.excluded.data, "updated_at": upsert.excluded.updated_at})

    def get(self, key: str, con: Connection | None = None) -> Session:
        """The session for ``key``; a new empty one when there is none. ``con``: read in the caller's
        transaction (see Database.begin)."""
        with self.db.joined(con) as c:
            data = c.execute(self._get, {"wanted": key}).scalar()
        return Session.model_validate_json(data) if data else Session()

    def put(self, key: str, session: Session, con: Connection | None = None) -> None:
        """Store ``session`` under ``key``; with ``con``, in the caller's transaction (see Database.begin)."""
        row = {"key": key, "data": session.model_dump_json(), "updated_at": _now()}
        with self.db.joined(con) as c:
            c.execute(self._put, row)

    def purge_older_than(self, days: int) -> int:
        """Forget conversations idle for ``days`` (they hold what people asked about)."""
        cutoff = _now() - dt.timedelta(days=days)
        with self.db.engine.begin() as con:
            return con.execute(delete(sessions).where(sessions.c.updated_at < cutoff)).rowcount
