"""What the bot said where: the threads it answers in and the answers behind its buttons."""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import Column, Float, String, Table, Text, delete, select

from bot.database import Database, metadata
from bot.models import Answer


def thread_key(channel: str, thread_ts: str) -> str:
    """The conversation key of a Slack thread (shared with the session store)."""
    return f"slack:{channel}:{thread_ts}"


@dataclass
class PostedAnswer:
    answer: Answer
    channel: str
    thread_ts: str | None  # None for ephemeral answers to the slash command


posted_answers = Table(
    "posted_answers", metadata,
    Column("answer_id", String(64), primary_key=True),
    Column("thread_key", String(255), index=True),
    Column("channel", String(64), nullable=False),
    Column("thread_ts", String(64)),
    Column("data", Text, nullable=False),
    Column("posted_at", Float, nullable=False, index=True),
)


class ThreadMemory:
    """Answers posted in Slack, in the bot's one database (no user ids: those live hashed in the log)."""

    def __init__(self, db: Database, retention_days: int | None = None) -> None:
        self.db = db.ensure(posted_answers)
        self.retention_days = retention_days

    def remember(self, ans: Answer, channel: str, thread_ts: str | None) -> None:
        """Keep an answer we posted, so its buttons and its thread can find it again."""
        key = thread_key(channel, thread_ts) if thread_ts else None
        now = time.time()
        row = {"answer_id": ans.answer_id, "thread_key": key, "channel": channel, "thread_ts": thread_ts,
               "data": ans.model_dump_json(), "posted_at": now}
        stmt = self.db.insert(posted_answers).values(row)
        stmt = stmt.on_conflict_do_update(index_elements=[posted_answers.c.answer_id],
                                          set_={k: stmt.excluded[k] for k in row if k != "answer_id"})
        with self.db.engine.begin() as con:
            if self.retention_days is not None:  # questions are personal data: same retention as the log
                old = posted_answers.c.posted_at < now - self.retention_days * 86400
                con.execute(delete(posted_answers).where(old))
            con.execute(stmt)

    def follows(self, channel: str, thread_ts: str) -> bool:
        """Whether the bot has answered in this thread (so follow-ups need no @mention)."""
        query = select(posted_answers.c.answer_id).where(
            posted_answers.c.thread_key == thread_key(channel, thread_ts)).limit(1)
        with self.db.engine.connect() as con:
            return con.execute(query).first() is not None

    def posted(self, answer_id: str) -> PostedAnswer | None:
        """The answer behind a button, or None when it is unknown."""
        query = select(posted_answers.c.data, posted_answers.c.channel, posted_answers.c.thread_ts).where(
            posted_answers.c.answer_id == answer_id)
        with self.db.engine.connect() as con:
            row = con.execute(query).first()
        return PostedAnswer(Answer.model_validate_json(row[0]), row[1], row[2]) if row else None
