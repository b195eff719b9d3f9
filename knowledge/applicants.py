"""Who may apply, as CONTRACT applicant type codes."""

from __future__ import annotations

from knowledge.models import ApplicantTypeFact, Document


def extract_applicants(doc: Document) -> list[ApplicantTypeFact]:
    """Who may apply, as CONTRACT applicant type codes."""
    return []
