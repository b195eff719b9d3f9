"""The ``discover`` answer: the grants that match the question's filters, each with its deadline state,
its largest amount and who may apply, every fact cited from its own announcement."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bot.discover import MAX_LISTED, select_grants
from bot.discover_filters import DiscoverFilters, filters_from_question
from bot.grant_status import deadline_fact, grant_status, grant_summary, largest_amount, rolling_note
from bot.models import Citation
from bot.phrases import applicant_names, format_date, join_list, say
from bot.seams import Core
from knowledge.messages import message
from knowledge.models import GrantRecord


class SourcedCitations:
    """Numbered citations over several announcements: one ``[n]`` per distinct (source, quote)."""

    def __init__(self) -> None:
        self.items: list[Citation] = []

    def cite(self, record: GrantRecord, quote: str) -> str:
        quote = quote.strip()
        for c in self.items:
            if c.source == record.source and c.quote == quote:
                return f"[{c.n}]"
        n = len(self.items) + 1
        url = record.urls[0] if record.urls else None
        self.items.append(Citation(n=n, source=record.source, quote=quote, title=record.title, url=url))
        return f"[{n}]"


@dataclass
class DiscoverReply:
    lines: list[str]
    answered: bool
    grants: list[dict] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    filters: DiscoverFilters = field(default_factory=DiscoverFilters)


def compose_discover(question: str, language: str, today: dt.date, services: Core) -> DiscoverReply:
    """Read the filters from ``question``, list the matching grants (at most MAX_LISTED), cite each fact."""
    issuers = services.catalogue.derived("issuers", lambda records: sorted({r.issuer for r in records if r.issuer}))
    filters = filters_from_question(question, today, issuers)
    matching = select_grants(services, filters, today)
    searched = describe(filters, language)
    if not matching:
        return DiscoverReply([say(language, "discover_none", searched=searched)], answered=False, filters=filters)
    cites = SourcedCitations()
    shown = matching[:MAX_LISTED]
    lines = [say(language, "discover_found", searched=searched)]
    lines += [f"{i}. {_grant_line(r, language, today, cites)}" for i, r in enumerate(shown, 1)]
    if len(matching) > len(shown):
        lines.append(say(language, "discover_more", n=len(shown), total=len(matching)))
    return DiscoverReply(lines, True, [grant_summary(r, today) for r in shown], cites.items, filters)


def describe(filters: DiscoverFilters, language: str) -> str:
    """What was searched for, in words: "åpne nå, for kommuner, om «velferdsteknologi»"."""
    parts = []
    if filters.open:
        parts.append(say(language, "f_open"))
    if filters.closing_by:
        parts.append(say(language, "f_closing", date=format_date(filters.closing_by, language)))
    if filters.applicant_type:
        names = applicant_names(language)
        parts.append(say(language, "f_applicant", type=names[filters.applicant_type]))
    if filters.country:
        parts.append(say(language, "f_country", country=message(language, f"country.{filters.country}")))
    if filters.issuer:
        parts.append(say(language, "f_issuer", issuer=filters.issuer))
    if filters.year:
        parts.append(say(language, "f_year", year=filters.year))
    if filters.topic:
        parts.append(say(language, "f_topic", topic=filters.topic))
    if filters.include_closed and not filters.year:
        parts.append(say(language, "f_closed"))
    return ", ".join(parts) or say(language, "f_all")


def _grant_line(record: GrantRecord, language: str, today: dt.date, cites: SourcedCitations) -> str:
    parts = [_status_text(record, language, today, cites)]
    if top := largest_amount(record):
        parts.append(say(language, "g_amount", amount=top.text, cite=cites.cite(record, top.quote)))
    firsts = {}
    for a in record.applicant_types:
        firsts.setdefault(a.code, a)
    if firsts:
        names = applicant_names(language)
        types = [f"{names[code]} {cites.cite(record, a.quote)}" for code, a in firsts.items()]
        parts.append(say(language, "g_applicants", types=join_list(types, language)))
    return f"{record.title}: " + "; ".join(parts)


def _status_text(record: GrantRecord, language: str, today: dt.date, cites: SourcedCitations) -> str:
    status = grant_status(record, today)
    if status.state == "rolling":
        return say(language, "g_rolling", cite=cites.cite(record, rolling_note(record).quote))
    if status.state == "unknown":
        return say(language, "g_unknown")
    day = status.next_deadline if status.state == "open" else status.last_deadline
    fact = deadline_fact(record, day)
    values = {"date": format_date(fact.date, language), "cite": cites.cite(record, fact.quote)}
    if status.state == "closed":
        return say(language, "g_closed", **values)
    if status.days_left == 0:
        return say(language, "g_today", **values)
    return say(language, "g_open", days=status.days_left, **values)
