"""The grants as an Atom feed (RFC 4287): newest first, an entry per new or changed announcement.

Written with the standard library's ElementTree: an Atom document is a handful of elements, and
ElementTree escapes every text, so an announcement's markup stays characters.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import xml.etree.ElementTree as ET

from bot.grant_status import grant_status, largest_amount
from knowledge.models import Document, GrantRecord

ATOM = "http://www.w3.org/2005/Atom"


def grants_feed(
    grants: list[tuple[GrantRecord, Document]], seen: dict[str, dt.datetime], base_url: str, query: str, today: dt.date
) -> bytes:
    """The feed of ``grants``; ``seen`` dates each version (an entry's ``updated``)."""
    base = base_url.rstrip("/")
    suffix = f"?{query}" if query else ""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "id", f"{base}/grants.atom{suffix}")
    _text(feed, "title", "grantbot: grants")
    ordered = sorted(grants, key=lambda g: (seen[g[0].id], g[0].id), reverse=True)
    newest = seen[ordered[0][0].id] if ordered else dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    _text(feed, "updated", newest.isoformat())
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", type="application/atom+xml", href=f"{base}/grants.atom{suffix}")
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=f"{base}/grants{suffix}")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "grantbot")
    _text(feed, "generator", "grantbot")
    for record, document in ordered:
        feed.append(_entry(record, document, seen[record.id], base, today))
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def entry_id(record: GrantRecord) -> str:
    """One id per version of an announcement: a changed announcement is a new entry."""
    version = hashlib.sha256((record.content_hash or record.source).encode()).hexdigest()[:16]
    return f"urn:grantbot:grant:{record.id}:{version}"


def _entry(record: GrantRecord, document: Document, seen: dt.datetime, base: str, today: dt.date) -> ET.Element:
    entry = ET.Element(f"{{{ATOM}}}entry")
    _text(entry, "id", entry_id(record))
    _text(entry, "title", record.title)
    _text(entry, "updated", seen.isoformat())
    if record.published:
        _text(entry, "published", dt.datetime.combine(record.published, dt.time(), dt.UTC).isoformat())
    address = document.url or (record.urls[0] if record.urls else None)
    ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=address or f"{base}/?grant={record.id}")
    ET.SubElement(entry, f"{{{ATOM}}}link", rel="related", type="text/calendar",
                  href=f"{base}/deadlines.ics?grant_id={record.id}")
    if record.issuer:
        author = ET.SubElement(entry, f"{{{ATOM}}}author")
        _text(author, "name", record.issuer)
    _text(entry, "summary", _summary(record, today))
    return entry


def _summary(record: GrantRecord, today: dt.date) -> str:
    status = grant_status(record, today)
    lines = [f"Deadline status: {status.state}" + (f", next deadline {status.next_deadline}" if status.next_deadline else "")]
    lines += [f"«{d.quote}»" for d in {d.quote: d for d in record.deadlines}.values()]
    if top := largest_amount(record):
        lines.append(f"Largest amount: {top.text} «{top.quote}»")
    if record.applicant_codes():
        lines.append("Who may apply: " + ", ".join(record.applicant_codes()))
    lines.append(f"Source: {record.source}")
    return "\n".join(lines)


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    element.text = text
    return element
