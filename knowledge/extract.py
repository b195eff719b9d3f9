"""Structured extraction: one Document in, one GrantRecord out."""

from __future__ import annotations

import re

from knowledge.addresses import extract_application_address
from knowledge.amounts import extract_amounts
from knowledge.applicants import extract_applicants
from knowledge.contacts import extract_contacts
from knowledge.deadline_notes import extract_deadline_notes
from knowledge.deadlines import extract_deadlines
from knowledge.issuers import country_of, extract_issuer
from knowledge.models import Document, GrantRecord

_URL = re.compile(r"https?://[^\s<>\"')\]]+")


def grant_id(source: str) -> str:
    """A stable, readable id from the document's file name or URL."""
    stem = re.sub(r"^https?://", "", source)
    stem = re.sub(r"\.(txt|md|html?|pdf)$", "", stem, flags=re.I)
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    return slug[:80] or "grant"


def extract_record(doc: Document) -> GrantRecord:
    """All facts of ``doc`` as a GrantRecord."""
    deadlines = extract_deadlines(doc)
    urls = list(dict.fromkeys(([doc.url] if doc.url else []) + [u.rstrip(".,;") for u in _URL.findall(doc.text)]))
    return GrantRecord(
        id=grant_id(doc.source),
        title=doc.title,
        source=doc.source,
        language=doc.language,
        country=country_of(doc),
        issuer=extract_issuer(doc),
        published=doc.published,
        deadlines=deadlines,
        deadline_notes=[] if deadlines else extract_deadline_notes(doc),
        amounts=extract_amounts(doc),
        applicant_types=extract_applicants(doc),
        contacts=extract_contacts(doc),
        application_address=extract_application_address(doc),
        urls=urls,
        url=doc.url,
        content_hash=doc.content_hash,
    )
