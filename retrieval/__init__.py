"""Hybrid search over the grants' documents: dense embeddings in Chroma plus BM25, fused."""

from retrieval.models import GrantHit, Passage

__all__ = ["GrantHit", "HybridIndex", "Passage"]


def __getattr__(name: str):
    # HybridIndex is imported lazily: importing it pulls in chromadb, which takes seconds.
    if name == "HybridIndex":
        from retrieval.index import HybridIndex

        return HybridIndex
    raise AttributeError(name)
