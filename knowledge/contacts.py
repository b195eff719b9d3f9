"""People and channels presented as contacts for the grant (not a publication's own footer)."""

from __future__ import annotations

from knowledge.models import ContactFact, Document


def extract_contacts(doc: Document) -> list[ContactFact]:
    """People and channels presented as contacts for the grant (not a publication's own footer)."""
    return []
