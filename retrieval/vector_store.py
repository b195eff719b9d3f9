"""The vector store seam, and the in-memory implementation used by tests and throwaway indexes."""

from __future__ import annotations

import math
from typing import Protocol

from langchain_core.documents import Document as Chunk


class VectorStore(Protocol):
    """Chunks with their embeddings, searchable by cosine similarity and removable by grant."""

    def add(self, chunks: list[Chunk], embeddings: list[list[float]]) -> None: ...

    def delete_grant(self, grant_id: str) -> None: ...

    def query(self, embedding: list[float], k: int, grant_id: str | None = None) -> list[tuple[Chunk, float]]:
        """The ``k`` nearest chunks with their cosine similarity, best first."""
        ...

    def nearest(self, embedding: list[float], k: int) -> list[tuple[str, float]]:
        """The ids of the ``k`` nearest chunks with their cosine similarity, best first: query()
        without the chunks' text and metadata, which are most of a query's cost."""
        ...

    def query_among(self, embedding: list[float], ids: list[str], k: int) -> list[tuple[Chunk, float]]:
        """The ``k`` nearest of the chunks ``ids`` (those of one grant), best first; unknown ids are
        skipped. Costs what those chunks cost, however many the store holds."""
        ...

    def grant_ids(self) -> set[str]: ...

    def entries(self) -> dict[str, tuple[str, str]]:
        """Every stored chunk: its id -> (grant id, text); for checking the store against the catalogue."""
        ...


def cosine(a: list[float], b: list[float]) -> float:
    """Cosine similarity of two vectors (0.0 when either is zero)."""
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


class InMemoryVectorStore:
    """A dict of chunks and vectors with exhaustive cosine search; gone when the process ends."""

    def __init__(self) -> None:
        self._rows: dict[str, tuple[Chunk, list[float]]] = {}

    def add(self, chunks: list[Chunk], embeddings: list[list[float]]) -> None:
        for chunk, vector in zip(chunks, embeddings, strict=True):
            self._rows[chunk.id] = (chunk, list(vector))

    def delete_grant(self, grant_id: str) -> None:
        self._rows = {i: row for i, row in self._rows.items() if row[0].metadata["grant_id"] != grant_id}

    def query(self, embedding: list[float], k: int, grant_id: str | None = None) -> list[tuple[Chunk, float]]:
        rows = [r for r in self._rows.values() if grant_id is None or r[0].metadata["grant_id"] == grant_id]
        scored = [(chunk, cosine(embedding, vector)) for chunk, vector in rows]
        return sorted(scored, key=lambda pair: -pair[1])[:k]

    def nearest(self, embedding: list[float], k: int) -> list[tuple[str, float]]:
        return [(chunk.id, score) for chunk, score in self.query(embedding, k)]

    def query_among(self, embedding: list[float], ids: list[str], k: int) -> list[tuple[Chunk, float]]:
        scored = [(self._rows[i][0], cosine(embedding, self._rows[i][1])) for i in dict.fromkeys(ids) if i in self._rows]
        return sorted(scored, key=lambda pair: -pair[1])[:k]

    def grant_ids(self) -> set[str]:
        return {chunk.metadata["grant_id"] for chunk, _ in self._rows.values()}

    def entries(self) -> dict[str, tuple[str, str]]:
        return {i: (chunk.metadata["grant_id"], chunk.page_content) for i, (chunk, _) in self._rows.items()}
