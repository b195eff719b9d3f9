"""Money amounts with currency, including per-unit rates."""

from __future__ import annotations

from knowledge.models import AmountFact, Document


def extract_amounts(doc: Document) -> list[AmountFact]:
    """Money amounts with currency, including per-unit rates."""
    return []
