"""Which grants match a set of filters on a day: the deterministic filters first, then the topic,
whose words rank the remaining grants by retrieval; a grant with no match on the topic is left out."""

from __future__ import annotations

import datetime as dt

from bot.discover_filters import DiscoverFilters
from bot.grant_status import GrantStatus, grant_status
from bot.seams import Core
from knowledge.models import GrantRecord
from retrieval.index import CONFIDENCE_THRESHOLD

MAX_LISTED = 10  # a chat answer lists at most this many, best first; it never pads the list


def select_grants(services: Core, filters: DiscoverFilters, today: dt.date, limit: int | None = None) -> list[GrantRecord]:
    """The grants that pass ``filters`` on ``today``, best first: by topic relevance when a topic is
    given, else open calls by nearest deadline, then rolling, undated and closed ones."""
    records = services.catalogue.records()
    known = deadline_states(services, today)  # of the catalogue as it was a moment ago: one may be new
    statuses = {r.id: known.get(r.id) or grant_status(r, today) for r in records}
    kept = [r for r in records if _passes(r, statuses[r.id], filters, today)]
    if filters.topic:
        order = _topic_order(services, filters.topic, {r.id for r in kept})
        kept = sorted((r for r in kept if r.id in order), key=lambda r: order[r.id])
    else:
        kept.sort(key=lambda r: _calendar_key(statuses[r.id]))
    return kept[:limit] if limit is not None else kept


def deadline_states(services: Core, today: dt.date) -> dict[str, GrantStatus]:
    """Every grant's deadline state on ``today``, worked out once per day and change of the catalogue."""
    return services.catalogue.derived(("deadline states", today), lambda records: {
        r.id: grant_status(r, today) for r in records})


def _passes(record: GrantRecord, status: GrantStatus, f: DiscoverFilters, today: dt.date) -> bool:
    if f.grant_id is not None and record.id != f.grant_id:
        return False
    if record.withdrawn:  # its publisher took it down: no longer a grant anyone can apply for
        return False
    if f.open and status.state not in ("open", "rolling"):
        return False
    if f.closing_by is not None and not any(today <= d.date <= f.closing_by for d in record.deadlines):
        return False
    if not f.include_closed and status.state == "closed":
        return False
    if f.year is not None and not _of_year(record, f.year):
        return False
    if f.applicant_type is not None and f.applicant_type not in record.applicant_codes():
        return False
    if f.country is not None and record.country != f.country:
        return False
    return f.issuer is None or f.issuer.casefold() in (record.issuer or "").casefold()


def _of_year(record: GrantRecord, year: int) -> bool:
    """A deadline in that year, or published then: "lyst ut i 2024"."""
    return any(d.date.year == year for d in record.deadlines) or bool(record.published and record.published.year == year)


def _calendar_key(status: GrantStatus) -> tuple:
    rank = {"open": 0, "rolling": 1, "unknown": 2, "closed": 3}[status.state]
    if status.state == "open":
        return rank, status.next_deadline
    if status.state == "closed":  # the most recently closed first
        return rank, "".join(chr(0x10FFFF - ord(c)) for c in status.last_deadline or "")
    return rank, ""


def _topic_order(services: Core, topic: str, candidates: set[str]) -> dict[str, int]:
    """The candidates that match the topic, in retrieval order. A match is a topic word (or its Nordic
    term from the glossary) in the announcement, or a passage close enough in meaning that the index
    is confident the topic is about the grant."""
    if not candidates:
        return {}
    index = services.index
    hits = index.search_grants(topic, k=len(services.catalogue))
    words = index.lexical_query(topic)
    matching = [h.grant_id for h in hits if h.grant_id in candidates
                and (h.confidence >= CONFIDENCE_THRESHOLD or index.documents.coverage(words, h.grant_id) > 0)]
    return {gid: rank for rank, gid in enumerate(matching)}
