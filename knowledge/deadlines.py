"""Application deadlines stated in the text (never report deadlines)."""

from __future__ import annotations

from knowledge.models import DeadlineFact, Document


def extract_deadlines(doc: Document) -> list[DeadlineFact]:
    """Application deadlines stated in the text (never report deadlines)."""
    return []
