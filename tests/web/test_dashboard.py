"""The dashboard's numbers, read from a question log built by hand."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from sqlalchemy import update

from bot.models import Answer, GrantRef
from bot.question_log import QuestionLog, questions
from bot.web.admin import csv_safe, to_csv
from bot.web.dashboard import Dashboard, group_near_duplicates, iso_week

# The same specification on SQLite and on PostgreSQL (the database every process shares).
pytestmark = pytest.mark.usefixtures("any_database")


def _answer(answer_id: str, question: str, answered: bool = True, grant: str | None = "g1") -> Answer:
    ref = GrantRef(id=grant, title=f"Title of {grant}", source=f"{grant}.txt") if grant else None
    return Answer(answer_id=answer_id, question=question, language="nb", intent="deadline", answered=answered,
                  answer="Svar [1].", grant=ref)


def _log(settings, *answers: Answer) -> QuestionLog:
    log = QuestionLog(settings)
    for a in answers:
        log.log_answer(a, channel="web")
    return log


def test_deflection_counts_answered_questions_not_marked_unhelpful_nor_escalated(settings):
    log = _log(settings, _answer("a", "q1"), _answer("b", "q2"), _answer("c", "q3"), _answer("d", "q4", False))
    log.log_feedback("a", helpful=True)
    log.log_feedback("b", helpful=False, comment="Feil frist")
    log.log_escalation("c", channel="slack")
    assert Dashboard(log).deflection() == {"total": 4, "deflected": 1, "rate": 0.25}


def test_deflection_of_an_empty_log_is_unknown_not_zero(settings):
    assert Dashboard(QuestionLog(settings)).deflection() == {"total": 0, "deflected": 0, "rate": None}


def test_questions_per_grant_come_most_asked_first_with_titles(settings):
    log = _log(settings, _answer("a", "q", grant="g1"), _answer("b", "q", grant="g2"),
               _answer("c", "q", grant="g2"), _answer("d", "q", grant=None))
    rows = Dashboard(log).per_grant({"g1": "Første", "g2": "Andre"})
    assert rows == [{"grant_id": "g2", "title": "Andre", "count": 2},
                    {"grant_id": None, "title": None, "count": 1},
                    {"grant_id": "g1", "title": "Første", "count": 1}]


def test_questions_per_week_cover_the_last_twelve_weeks_including_empty_ones(settings):
    log = _log(settings, _answer("a", "q"), _answer("b", "q"), _answer("old", "q"))
    with log.engine.begin() as con:
        con.execute(update(questions).where(questions.c.answer_id == "old")
                    .values(asked_at=dt.datetime(2020, 1, 1)))
    weeks = Dashboard(log).per_week(dt.date.today())
    assert len(weeks) == 12 and weeks[-1] == {"week": iso_week(dt.date.today()), "count": 2}
    assert sum(w["count"] for w in weeks) == 2


def test_near_duplicate_unanswered_questions_are_grouped():
    groups = group_near_duplicates([
        "Kan private bedrifter søke?", "kan private bedrifter søke", "Kan private bedrifter søke ?",
        "Hva er telefonnummeret til saksbehandler?", "Kan private bedrifter søke?",
    ])
    assert groups[0] == {"question": "Kan private bedrifter søke?", "count": 4,
                         "variants": ["kan private bedrifter søke", "Kan private bedrifter søke ?"]}
    assert groups[1]["count"] == 1


def test_top_unanswered_reads_only_questions_the_sources_could_not_answer(settings):
    log = _log(settings, _answer("a", "Hvem kan søke?"), _answer("b", "Finnes det en mal?", False),
               _answer("c", "Finnes det en mal?", False), _answer("d", "finnes det en mal", False))
    assert Dashboard(log).top_unanswered() == [
        {"question": "Finnes det en mal?", "count": 3, "variants": ["finnes det en mal"]}]


def test_not_helpful_lists_the_question_answer_and_comment(settings):
    log = _log(settings, _answer("a", "Når er fristen?"))
    log.log_feedback("a", helpful=False, comment="Fristen er feil")
    [row] = Dashboard(log).not_helpful()
    assert (row["question"], row["comment"], row["answer"]) == ("Når er fristen?", "Fristen er feil", "Svar [1].")


def test_csv_export_has_one_row_per_question_with_flags_and_no_formulas(settings):
    log = _log(settings, _answer("a", "=HYPERLINK(\"x\")"), _answer("b", "Vanlig spørsmål"))
    log.log_feedback("a", helpful=False)
    text = to_csv(Dashboard(log).export_rows())
    lines = text.strip().splitlines()
    assert lines[0].startswith("answer_id,asked_at,channel")
    assert len(lines) == 3 and "'=HYPERLINK" in text
    assert csv_safe("-1+2") == "'-1+2" and csv_safe(5) == 5


def test_csv_export_carries_each_answer_and_the_comments_given_on_it(settings):
    log = _log(settings, _answer("a", "Når er fristen?"), _answer("b", "Hvem kan søke?"))
    log.log_feedback("a", helpful=False, comment="Fristen er feil")
    log.log_feedback("a", helpful=False, comment="=Og beløpet mangler")
    rows = list(csv.DictReader(io.StringIO(to_csv(Dashboard(log).export_rows()))))
    assert [(r["question"], r["answer"], r["comment"]) for r in rows] == [
        ("Når er fristen?", "Svar [1].", "Fristen er feil\n=Og beløpet mangler"),
        ("Hvem kan søke?", "Svar [1].", ""),
    ]


def test_retention_deletes_entries_older_than_the_period(settings):
    log = _log(settings, _answer("old", "q"), _answer("new", "q"))
    log.log_feedback("old", helpful=False)
    with log.engine.begin() as con:
        con.execute(update(questions).where(questions.c.answer_id == "old")
                    .values(asked_at=dt.datetime.now() - dt.timedelta(days=40)))
    assert log.purge_older_than(30) == 1
    assert [r["answer_id"] for r in Dashboard(log).export_rows()] == ["new"]
