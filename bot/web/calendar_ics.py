"""The deadlines as an iCalendar feed (RFC 5545, written with the ``icalendar`` package): one all-day
event per application deadline, carrying the grant's title, the verbatim sentence and the
announcement's address. UIDs and stamps depend only on the grant and the date, so a subscribed
calendar updates its events instead of duplicating them."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar, Event

from knowledge.models import Document, GrantRecord

# The event's name in the announcement's own language: the calendar shows it next to the title.
_DEADLINE_WORD = {"nb": "Søknadsfrist", "nn": "Søknadsfrist", "sv": "Sista ansökningsdag", "da": "Ansøgningsfrist",
                  "en": "Application deadline"}


def event_uid(grant_id: str, day: dt.date) -> str:
    """Stable across requests and restarts: the grant and the date, nothing else."""
    return f"{grant_id}-{day:%Y%m%d}@grantbot"


def deadlines_calendar(
    grants: list[tuple[GrantRecord, Document]], base_url: str, seen: dict[str, dt.datetime], name: str = "grantbot"
) -> bytes:
    """The calendar of every dated deadline of ``grants``; ``seen`` stamps each event (DTSTAMP)."""
    cal = Calendar()
    cal.add("prodid", "-//grantbot//deadlines//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    # Clients that honour it look again daily: deadlines change when an announcement is re-ingested.
    cal.add("refresh-interval", dt.timedelta(days=1), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "P1D")
    for record, document in grants:
        by_day = {}
        for d in sorted(record.deadlines, key=lambda d: d.date):
            by_day.setdefault(d.date, d)
        for day, fact in by_day.items():
            cal.add_component(_event(record, document, day, fact.quote, base_url, seen.get(record.id)))
    return cal.to_ical()


def _event(record: GrantRecord, document: Document, day: dt.date, quote: str, base_url: str,
           seen: dt.datetime | None) -> Event:
    event = Event()
    event.add("uid", event_uid(record.id, day))
    event.add("dtstamp", seen or dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC))
    event.add("dtstart", day)  # a date, not a time: VALUE=DATE, an all-day event
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy
    event.add("summary", f"{_DEADLINE_WORD.get(record.language, 'Deadline')}: {record.title}")
    address = document.url or (record.urls[0] if record.urls else None)
    ask = f"{base_url.rstrip('/')}/?grant={record.id}"
    lines = [f"«{quote}»", "", f"{record.title} ({record.issuer or record.source})"]
    lines += [address] if address else []
    lines += ["", f"grantbot: {ask}"]
    event.add("description", "\n".join(lines))
    event.add("url", address or ask)
    event.add("categories", ["grant deadline"])
    return event
