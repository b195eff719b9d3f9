"""Where and how to send the application (postal address, e-mail, portal)."""

from __future__ import annotations

from knowledge.models import AddressFact, Document


def extract_application_address(doc: Document) -> AddressFact | None:
    """Where the application goes, as stated in the text; None when not stated."""
    return None
