"""The grant list as the web shows it: each CONTRACT grants record plus its deadline status, and the
filters of /api/grants, /deadlines.ics and /grants.atom read from the query string."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query

from bot.discover import select_grants
from bot.discover_filters import DiscoverFilters
from bot.grant_status import grant_status, largest_amount
from bot.seams import Core
from bot.web.models import parse_iso_date
from knowledge.errors import BadInput
from knowledge.models import ApplicantType, Country, GrantRecord


@dataclass
class GrantQuery:
    """The filters of one request and the day they are applied on."""

    filters: DiscoverFilters
    today: dt.date
    filtered: bool  # False: no filter given, the whole catalogue in its own order (CONTRACT)

    def select(self, services: Core) -> list[GrantRecord]:
        if not self.filtered:
            return services.catalogue.records()
        return select_grants(services, self.filters, self.today)


def grant_query(
    open: Annotated[bool | None, Query(description="true: only calls open on `today` (a dated deadline ahead, or rolling)")] = None,
    closing_within_days: Annotated[int | None, Query(ge=0, le=3660, description="only deadlines from `today` to `today` + N days")] = None,
    applicant_type: Annotated[ApplicantType | None, Query(description="only grants this kind of applicant may apply for")] = None,
    country: Annotated[Country | None, Query(description="NO, SE or DK")] = None,
    issuer: Annotated[str | None, Query(min_length=1, max_length=200, description="part of the issuer's name")] = None,
    q: Annotated[str | None, Query(min_length=1, max_length=200, description="a topic: its words rank the grants; no match, not listed")] = None,
    year: Annotated[int | None, Query(ge=1900, le=2100, description="a deadline or the publication in that year")] = None,
    closed: Annotated[bool, Query(description="false: leave out calls whose deadlines have all passed")] = True,
    grant_id: Annotated[str | None, Query(min_length=1, max_length=128, description="only this grant")] = None,
    today: Annotated[str | None, Query(description="YYYY-MM-DD; default the real current date")] = None,
) -> GrantQuery:
    """The query parameters shared by the grant list, the calendar and the feed."""
    try:
        day = parse_iso_date(today) if today is not None else dt.date.today()
    except ValueError as exc:
        raise BadInput(f"today: {exc}") from None
    filters = DiscoverFilters(
        open=bool(open), closing_by=day + dt.timedelta(days=closing_within_days) if closing_within_days is not None else None,
        applicant_type=applicant_type, country=country, issuer=issuer.strip() if issuer else None,
        year=year, topic=q.strip() if q and q.strip() else None, include_closed=closed, grant_id=grant_id,
    )
    filtered = filters != DiscoverFilters(include_closed=True)
    return GrantQuery(filters, day, filtered)


GrantFilters = Annotated[GrantQuery, Depends(grant_query)]


def grant_rows(records: list[GrantRecord], today: dt.date) -> list[dict]:
    """CONTRACT grants records, each with ``deadline_status`` (its ``state``: open, rolling, closed or
    unknown, and ``last_deadline``) and ``max_amount`` added (extra fields are allowed)."""
    rows = []
    for record in records:
        top = largest_amount(record)
        rows.append({
            **record.to_contract(),
            "deadline_status": grant_status(record, today).model_dump(),
            "max_amount": {"value": top.value, "currency": top.currency, "text": top.text} if top else None,
        })
    return rows
