"""Which grant a question is about: the search's best grant, or the session's for a follow-up."""

from __future__ import annotations

from dataclasses import dataclass

from bot.models import Session

# Below this retrieval confidence a question is about none of our grants (off-topic).
OFF_TOPIC_BELOW = 0.35
# A follow-up stays on the session's grant unless another grant is found at least this confidently.
SWITCH_ABOVE = 0.75


@dataclass
class Resolution:
    grant_id: str | None
    confidence: float
    passages: list


def resolve_grant(index, question: str, session: Session | None, known: set[str]) -> Resolution:
    """The grant ``question`` is about, with the passages that matched it."""
    hits = index.search_grants(question, k=3)
    top = hits[0] if hits else None
    confidence = float(getattr(top, "confidence", 0.0)) if top else 0.0
    current = session.grant_id if session and session.grant_id in known else None
    if current and (top is None or top.grant_id == current or confidence < SWITCH_ABOVE):
        same = next((h for h in hits if h.grant_id == current), None)
        passages = same.passages if same else index.search(question, k=6, grant_id=current)
        return Resolution(current, max(confidence, 0.5), passages)
    if top is None or confidence < OFF_TOPIC_BELOW:
        return Resolution(None, confidence, [])
    return Resolution(top.grant_id, confidence, top.passages)
