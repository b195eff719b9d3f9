"""Conversation state keyed by web session id or Slack thread, shared by processes on one home."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.models import Session


class SessionStore:
    """Sessions as JSON rows in SQLite under GRANTBOT_HOME."""

    def __init__(self, home: Path) -> None:
        Path(home).mkdir(parents=True, exist_ok=True)
        self.path = Path(home) / "sessions.sqlite3"
        with self._connect() as con:
            con.execute("CREATE TABLE IF NOT EXISTS sessions (key TEXT PRIMARY KEY, data TEXT NOT NULL)")

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)

    def get(self, key: str) -> Session:
        """The session for ``key``; a new empty one when there is none."""
        with self._connect() as con:
            row = con.execute("SELECT data FROM sessions WHERE key = ?", (key,)).fetchone()
        return Session.model_validate_json(row[0]) if row else Session()

    def put(self, key: str, session: Session) -> None:
        with self._connect() as con:
            con.execute(
                "INSERT INTO sessions (key, data) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET data = excluded.data",
                (key, session.model_dump_json()),
            )
