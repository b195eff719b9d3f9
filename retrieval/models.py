"""What a search returns: verbatim passages and grants ranked by their best passages."""

from __future__ import annotations

from pydantic import BaseModel


class Passage(BaseModel):
    """A verbatim span ``text == document.text[start:end]`` of one grant's document, with its scores."""

    grant_id: str
    source: str
    title: str
    text: str
    start: int
    end: int
    chunk_index: int = 0
    language: str = "nb"
    score: float = 0.0  # fused score (reciprocal rank fusion)
    lexical_score: float = 0.0  # raw BM25 score of the word index
    dense_score: float = 0.0  # cosine similarity of query and passage embeddings


class GrantHit(BaseModel):
    """One grant, its fused score and a 0..1 confidence that the question is about it.

    Passages are not part of it: they are fetched (``HybridIndex.search`` with its ``grant_id``)
    for the one grant that is chosen, not for every candidate.
    """

    grant_id: str
    score: float
    confidence: float = 0.0
    dense: float = 0.0  # cosine similarity of the question and the grant's best chunk
    source: str = ""
    title: str = ""
