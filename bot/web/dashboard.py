"""Read-side queries of the question log for the directorate's FAQ-deflection dashboard."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

from sqlalchemy import and_, exists, func, not_, select

from bot.question_log import QuestionLog, escalations, feedback, questions

WEEKS_SHOWN = 12
_WORD = re.compile(r"\w+")


def _normalise(text: str) -> str:
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    return " ".join(words)


def _trigrams(text: str) -> set[str]:
    padded = f"  {text} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


def _similarity(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def group_near_duplicates(texts: list[str], threshold: float = 0.5) -> list[dict]:
    """Groups of near-identical questions (character-trigram Jaccard), largest first.

    Trigrams rather than words, so "fristen" and "søknadsfristen" still overlap.
    Each group: {"question": most asked wording, "count", "variants": other wordings}.
    """
    counts = Counter(t.strip() for t in texts if t.strip())
    groups: list[tuple[set[str], Counter]] = []
    for text, n in counts.most_common():
        grams = _trigrams(_normalise(text))
        home = next((g for g in groups if _similarity(g[0], grams) >= threshold), None)
        if home is None:
            groups.append((grams, Counter({text: n})))
        else:
            home[1][text] += n
    result = [
        {"question": c.most_common(1)[0][0], "count": c.total(), "variants": [t for t, _ in c.most_common()[1:]]}
        for _, c in groups
    ]
    return sorted(result, key=lambda g: -g["count"])


def iso_week(day: dt.date) -> str:
    """The ISO week of ``day``, as 2026-W07."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _unhelpful():
    return exists().where(and_(feedback.c.answer_id == questions.c.answer_id, not_(feedback.c.helpful)))


def _escalated():
    return exists().where(escalations.c.answer_id == questions.c.answer_id)


class Dashboard:
    """What the dashboard shows, read from the shared question log."""

    def __init__(self, log: QuestionLog) -> None:
        self.engine = log.engine

    def deflection(self) -> dict:
        """Answered and neither marked unhelpful nor escalated, over all questions."""
        deflected = and_(questions.c.answered, not_(_unhelpful()), not_(_escalated()))
        with self.engine.connect() as con:
            total = con.execute(select(func.count()).select_from(questions)).scalar_one()
            good = con.execute(select(func.count()).select_from(questions).where(deflected)).scalar_one()
        return {"total": total, "deflected": good, "rate": good / total if total else None}

    def per_grant(self, titles: dict[str, str]) -> list[dict]:
        """Questions per grant, most asked first; questions about no single grant count as ``null``."""
        query = select(questions.c.grant_id, func.count()).group_by(questions.c.grant_id)
        with self.engine.connect() as con:
            rows = con.execute(query).all()
        counts = [{"grant_id": g, "title": titles.get(g, g) if g else None, "count": n} for g, n in rows]
        return sorted(counts, key=lambda r: (-r["count"], r["grant_id"] or ""))

    def per_week(self, today: dt.date, weeks: int = WEEKS_SHOWN) -> list[dict]:
        """Questions per ISO week for the last ``weeks`` weeks, oldest first, empty weeks included."""
        start = today - dt.timedelta(weeks=weeks - 1, days=today.weekday())
        query = select(questions.c.asked_at).where(questions.c.asked_at >= dt.datetime.combine(start, dt.time()))
        with self.engine.connect() as con:
            counts = Counter(iso_week(t.date()) for (t,) in con.execute(query))
        labels = [iso_week(start + dt.timedelta(weeks=i)) for i in range(weeks)]
        return [{"week": w, "count": counts.get(w, 0)} for w in labels]

    def top_unanswered(self, limit: int = 10, scan: int = 2000) -> list[dict]:
        """The most asked questions the sources could not answer, near-duplicates grouped."""
        query = (select(questions.c.question).where(not_(questions.c.answered))
                 .order_by(questions.c.asked_at.desc()).limit(scan))
        with self.engine.connect() as con:
            texts = [q for (q,) in con.execute(query)]
        return group_near_duplicates(texts)[:limit]

    def not_helpful(self, limit: int = 50) -> list[dict]:
        """Answers marked Not helpful, newest first, with the comment given."""
        query = (
            select(feedback.c.given_at, feedback.c.comment, questions.c.answer_id, questions.c.question,
                   questions.c.answer, questions.c.grant_id, questions.c.channel)
            .join(questions, questions.c.answer_id == feedback.c.answer_id)
            .where(not_(feedback.c.helpful)).order_by(feedback.c.given_at.desc()).limit(limit)
        )
        with self.engine.connect() as con:
            rows = con.execute(query).mappings().all()
        return [{**row, "given_at": row["given_at"].isoformat(timespec="seconds")} for row in rows]

    def summary(self, titles: dict[str, str], today: dt.date) -> dict:
        """Everything the dashboard page shows, in one JSON-ready dict."""
        return {
            "deflection": self.deflection(),
            "per_grant": self.per_grant(titles),
            "per_week": self.per_week(today),
            "top_unanswered": self.top_unanswered(),
            "not_helpful": self.not_helpful(),
        }

    def export_rows(self) -> Iterator[dict]:
        """Every logged question with its answer, feedback flags and comments, oldest first (CSV export)."""
        query = select(
            questions.c.answer_id, questions.c.asked_at, questions.c.channel, questions.c.language,
            questions.c.intent, questions.c.grant_id, questions.c.answered, questions.c.question,
            questions.c.answer, _unhelpful().label("not_helpful"), _escalated().label("escalated"),
        ).order_by(questions.c.asked_at)
        with self.engine.connect() as con:
            comments = self._comments(con)
            for row in con.execute(query).mappings():
                yield {**row, "asked_at": row["asked_at"].isoformat(timespec="seconds"),
                       "comment": "\n".join(comments.get(row["answer_id"], []))}

    @staticmethod
    def _comments(con) -> dict[str, list[str]]:
        # Read apart from the questions and joined here: an answer can get several comments, and
        # SQLite and PostgreSQL name their string aggregates differently.
        query = (select(feedback.c.answer_id, feedback.c.comment)
                 .where(feedback.c.comment.is_not(None), feedback.c.comment != "").order_by(feedback.c.given_at))
        comments: dict[str, list[str]] = {}
        for answer_id, comment in con.execute(query):
            comments.setdefault(answer_id, []).append(comment)
        return comments
