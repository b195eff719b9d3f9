"""A grant as the lists show it (discover answers, /grants, the calendar, the feed): its deadline
state on a day, its largest amount and who may apply, each with the sentence it rests on."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from bot.models import DeadlineStatus
from knowledge.deadline_cues import ROLLING
from knowledge.models import OFFERED_ROLES, AmountFact, Fact, GrantRecord

State = Literal["open", "rolling", "closed", "unknown"]


class GrantStatus(DeadlineStatus):
    """``DeadlineStatus`` plus the state a list needs: ``open`` (a dated deadline on or after the
    day), ``rolling`` (applications taken at any time), ``closed`` (every dated deadline passed,
    ``last_deadline`` the latest) or ``unknown`` (the announcement gives no date)."""

    state: State
    last_deadline: str | None = None
    open: bool | None = None  # type: ignore[assignment]  # None: not known from the announcement


def rolling_note(record: GrantRecord) -> Fact | None:
    """The sentence saying applications are taken at any time ("Søknader behandles fortløpende")."""
    return next((n for n in record.deadline_notes if ROLLING.search(n.quote)), None)


def grant_status(record: GrantRecord, today: dt.date) -> GrantStatus:
    """The grant's deadline state on ``today`` (the deadline day itself still open)."""
    days = sorted({d.date for d in record.deadlines})
    upcoming = [d for d in days if d >= today]
    if upcoming:
        return GrantStatus(state="open", open=True, next_deadline=upcoming[0].isoformat(),
                           days_left=(upcoming[0] - today).days, last_deadline=days[-1].isoformat())
    if rolling_note(record):
        return GrantStatus(state="rolling", open=True)
    if days:
        return GrantStatus(state="closed", open=False, last_deadline=days[-1].isoformat())
    return GrantStatus(state="unknown")


def deadline_fact(record: GrantRecord, day: str | None) -> Fact | None:
    """The sentence stating the deadline ``day`` (ISO)."""
    return next((d for d in record.deadlines if d.date.isoformat() == day), None)


# Amounts that are not what one applicant can get: a rate is per unit, a share is a percentage, and an
# award reports what someone was given. The amount roles (total, max per applicant, applied for) will
# refine this; callers ask this one function.


def largest_amount(record: GrantRecord) -> AmountFact | None:
    """The largest sum an applicant can get (the call's total or a cap per applicant), with its
    sentence: never what was applied for, awarded or mentioned in passing."""
    sums = [a for a in record.amounts if a.currency != "%" and a.role in OFFERED_ROLES]
    return max(sums, key=lambda a: a.value, default=None)


def grant_summary(record: GrantRecord, today: dt.date) -> dict:
    """The discover ``grants`` item: ``{"id", "title", "source", "deadline_status", "deadlines",
    "max_amount", "applicant_types"}`` plus ``issuer``, ``country`` and ``url``."""
    top = largest_amount(record)
    return {
        "id": record.id,
        "title": record.title,
        "source": record.source,
        "deadline_status": grant_status(record, today).model_dump(),
        "deadlines": record.deadline_dates(),
        "max_amount": {"value": top.value, "currency": top.currency, "text": top.text} if top else None,
        "applicant_types": record.applicant_codes(),
        "issuer": record.issuer,
        "country": record.country,
        "url": record.urls[0] if record.urls else None,
    }
