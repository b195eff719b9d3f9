"""Conversation state keyed by web session id or Slack thread, in the bot's one database, so any
process (of any machine sharing GRANTBOT_DATABASE_URL) can take the next question."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, DateTime, String, Table, Text, delete, select

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

    def get(self, key: str) -> Session:
        """The session for ``key``; a new empty one when there is none."""
        with self.db.engine.connect() as con:
            data = con.execute(select(sessions.c.data).where(sessions.c.key == key)).scalar()
        return Session.model_validate_json(data) if data else Session()

    def put(self, key: str, session: Session) -> None:
        row = {"key": key, "data": session.model_dump_json(), "updated_at": _now()}
        stmt = self.db.insert(sessions).values(row)
        stmt = stmt.on_conflict_do_update(index_elements=[sessions.c.key],
                                          set_={"data": stmt.excluded.data, "updated_at": stmt.excluded.updated_at})
        with self.db.engine.begin() as con:
            con.execute(stmt)

    def purge_older_than(self, days: int) -> int:
        """Forget conversations idle for ``days`` (they hold what people asked about)."""
        cutoff = _now() - dt.timedelta(days=days)
        with self.db.engine.begin() as con:
            return con.execute(delete(sessions).where(sessions.c.updated_at < cutoff)).rowcount
