"""What the bot said where: the threads it answers in and the answers behind its buttons."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from bot.models import Answer


def thread_key(channel: str, thread_ts: str) -> str:
    """The conversation key of a Slack thread (shared with the session store)."""
    return f"slack:{channel}:{thread_ts}"


@dataclass
class PostedAnswer:
    answer: Answer
    channel: str
    thread_ts: str | None  # None for ephemeral answers to the slash command


class ThreadMemory:
    """Answers posted in Slack, in SQLite under GRANTBOT_HOME (no user ids: those live hashed in the log)."""

    def __init__(self, home: Path, retention_days: int | None = None) -> None:
        Path(home).mkdir(parents=True, exist_ok=True)
        self.path = Path(home) / "slack.sqlite3"
        self.retention_days = retention_days
        with self._connect() as con:
            con.execute(
                "CREATE TABLE IF NOT EXISTS posted_answers (answer_id TEXT PRIMARY KEY, thread_key TEXT, "
                "channel TEXT NOT NULL, thread_ts TEXT, data TEXT NOT NULL, posted_at REAL NOT NULL)"
            )
            con.execute("CREATE INDEX IF NOT EXISTS posted_by_thread ON posted_answers (thread_key)")

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)

    def remember(self, ans: Answer, channel: str, thread_ts: str | None) -> None:
        """Keep an answer we posted, so its buttons and its thread can find it again."""
        key = thread_key(channel, thread_ts) if thread_ts else None
        now = time.time()
        with self._connect() as con:
            if self.retention_days is not None:  # questions are personal data: same retention as the log
                con.execute("DELETE FROM posted_answers WHERE posted_at < ?", (now - self.retention_days * 86400,))
            con.execute(
                "INSERT OR REPLACE INTO posted_answers VALUES (?, ?, ?, ?, ?, ?)",
                (ans.answer_id, key, channel, thread_ts, ans.model_dump_json(), now),
            )

    def follows(self, channel: str, thread_ts: str) -> bool:
        """Whether the bot has answered in this thread (so follow-ups need no @mention)."""
        with self._connect() as con:
            row = con.execute(
                "SELECT 1 FROM posted_answers WHERE thread_key = ? LIMIT 1", (thread_key(channel, thread_ts),)
            ).fetchone()
        return row is not None

    def posted(self, answer_id: str) -> PostedAnswer | None:
        """The answer behind a button, or None when it is unknown."""
        with self._connect() as con:
            row = con.execute(
                "SELECT data, channel, thread_ts FROM posted_answers WHERE answer_id = ?", (answer_id,)
            ).fetchone()
        return PostedAnswer(Answer.model_validate_json(row[0]), row[1], row[2]) if row else None
