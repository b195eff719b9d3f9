"""The issuing body of an announcement and the country it belongs to."""

from __future__ import annotations

from knowledge.models import Document


def extract_issuer(doc: Document) -> str | None:
    """The public body that issues the grant, as named in the text or metadata."""
    return doc.issuer


def country_of(doc: Document) -> str | None:
    """NO, SE or DK: from the URL's domain when known, else from the language."""
    url = (doc.url or "").lower()
    for tld, country in ((".no/", "NO"), (".se/", "SE"), (".dk/", "DK")):
        if tld in url + "/":
            return country
    return {"nb": "NO", "nn": "NO", "sv": "SE", "da": "DK"}.get(doc.language)
