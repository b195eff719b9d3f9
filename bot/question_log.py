"""The question log behind FAQ deflection: questions, answers, feedback and escalations.

In the bot's one database (bot/database.py): SQLite under GRANTBOT_HOME by default, PostgreSQL or
any SQLAlchemy URL through GRANTBOT_DATABASE_URL. Both channels (web, Slack) write here; the
dashboard reads it.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    DateTime,
    Float,
    Integer,
    String,
    Table,
    Text,
    delete,
    insert,
)

from bot.database import Database, database_for, metadata
from bot.models import Answer
from settings import Settings

questions = Table(
    "questions", metadata,
    Column("answer_id", String(64), primary_key=True),
    Column("asked_at", DateTime, nullable=False, index=True),
    Column("channel", String(16), nullable=False),
    Column("user_hash", String(64)),
    Column("question", Text, nullable=False),
    Column("language", String(8)),
    Column("intent", String(32)),
    Column("grant_id", String(128), index=True),
    Column("answered", Boolean, nullable=False),
    Column("answer", Text),
    Column("latency_ms", Float),
)
feedback = Table(
    "feedback", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("answer_id", String(64), nullable=False, index=True),
    Column("given_at", DateTime, nullable=False),
    Column("helpful", Boolean, nullable=False),
    Column("comment", Text),
)
escalations = Table(
    "escalations", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("answer_id", String(64), nullable=False, index=True),
    Column("escalated_at", DateTime, nullable=False),
    Column("channel", String(16), nullable=False),
    Column("note", Text),
)
_LOG_ANSWER = insert(questions)


def hash_user(user_id: str | None) -> str | None:
    """User ids are stored hashed, never in the clear."""
    return hashlib.sha256(user_id.encode()).hexdigest() if user_id else None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class QuestionLog:
    """Append-only log of what people ask and how it went."""

    def __init__(self, settings: Settings, db: Database | None = None) -> None:
        self.db = (db or database_for(settings)).ensure(questions, feedback, escalations)
        self.engine = self.db.engine

    def log_answer(self, ans: Answer, channel: str, user_id: str | None = None, con: Connection | None = None) -> None:
        """Log one answer; with ``con``, in the caller's transaction (see Database.begin)."""
        # The values bound at execution, not built into the statement: see SessionStore.
        with self.db.joined(con) as c:
            c.execute(_LOG_ANSWER, dict(
                answer_id=ans.answer_id, asked_at=_now(), channel=channel, user_hash=hash_user(user_id),
                question=ans.question, language=ans.language, intent=ans.intent,
                grant_id=ans.grant.id if ans.grant else None, answered=ans.answered, answer=ans.answer,
                latency_ms=ans.latency_ms,
            ))

    def log_feedback(self, answer_id: str, helpful: bool, comment: str | None = None) -> None:
        with self.engine.begin() as con:
            con.execute(insert(feedback).values(
                answer_id=answer_id, given_at=_now(), helpful=helpful, comment=comment))

    def log_escalation(self, answer_id: str, channel: str, note: str | None = None) -> None:
        with self.engine.begin() as con:
            con.execute(insert(escalations).values(
                answer_id=answer_id, escalated_at=_now(), channel=channel, note=note))

    def has_answer(self, answer_id: str) -> bool:
        with self.engine.connect() as con:
            return con.execute(questions.select().where(questions.c.answer_id == answer_id)).first() is not None

    def purge_older_than(self, days: int) -> int:
        """Delete entries older than ``days`` (GDPR retention); returns how many questions went."""
        cutoff = _now() - dt.timedelta(days=days)
        with self.engine.begin() as con:
            con.execute(delete(feedback).where(feedback.c.given_at < cutoff))
            con.execute(delete(escalations).where(escalations.c.escalated_at < cutoff))
            return con.execute(delete(questions).where(questions.c.asked_at < cutoff)).rowcount
