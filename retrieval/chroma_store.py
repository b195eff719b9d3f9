"""The Chroma vector store: embedded (PersistentClient under the home) or a server (HttpClient).

chromadb's own collection API is used rather than langchain_chroma's wrapper: the wrapper
embeds texts itself, while the index embeds a contextualised text (title + chunk) and stores
the verbatim chunk, and needs delete-by-grant and the list of grants, which the wrapper lacks.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlparse

import chromadb
from chromadb.config import Settings as ChromaSettings
from langchain_core.documents import Document as Chunk

from knowledge.settings import Settings

_SPACE = "cosine"


def collection_name(settings: Settings, model: str) -> str:
    """One collection per model, and per home on a shared server, which keeps homes apart there.

    The embedded store lives inside its home, so its name leaves the home's path out: a copied or
    moved home keeps its vectors.
    """
    home = str(settings.home.resolve()) if settings.chroma_url else ""
    key = f"{home}|{model}|{settings.embedding_passage_prefix}"
    return "grantbot-" + hashlib.sha256(key.encode()).hexdigest()[:16]


def make_client(settings: Settings) -> chromadb.ClientAPI:
    """An HttpClient for GRANTBOT_CHROMA_URL, else a PersistentClient under ``home/chroma``."""
    options = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(
            host=url.hostname or "localhost",
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=options,
        )
    path = settings.ensure_home() / "chroma"
    return chromadb.PersistentClient(path=str(path), settings=options)


class ChromaVectorStore:
    """Chunks in one Chroma collection with cosine distance set explicitly."""

    def __init__(self, client: chromadb.ClientAPI, name: str) -> None:
        self._collection = client.get_or_create_collection(
            name, configuration={"hnsw": {"space": _SPACE}}, embedding_function=None
        )

    @classmethod
    def from_settings(cls, settings: Settings, model: str) -> ChromaVectorStore:
        """The store the settings select (embedded or server)."""
        return cls(make_client(settings), collection_name(settings, model))

    @property
    def space(self) -> str:
        """The distance function the collection was created with."""
        return self._collection.configuration["hnsw"]["space"]

    def add(self, chunks: list[Chunk], embeddings: list[list[float]]) -> None:
        if not chunks:
            return
        self._collection.upsert(
            ids=[c.id for c in chunks],
            embeddings=embeddings,
            documents=[c.page_content for c in chunks],
            metadatas=[c.metadata for c in chunks],
        )

    def delete_grant(self, grant_id: str) -> None:
        self._collection.delete(where={"grant_id": grant_id})

    def query(self, embedding: list[float], k: int, grant_id: str | None = None) -> list[tuple[Chunk, float]]:
        n = min(k, self._collection.count())
        if n <= 0:
            return []
        where = {"grant_id": grant_id} if grant_id else None
        res = self._collection.query(query_embeddings=[embedding], n_results=n, where=where)
        rows = zip(res["ids"][0], res["documents"][0], res["metadatas"][0], res["distances"][0], strict=True)
        # Chroma's cosine distance is 1 - cosine similarity.
        return [(Chunk(id=i, page_content=d, metadata=dict(m)), 1.0 - dist) for i, d, m, dist in rows]

    def grant_ids(self) -> set[str]:
        metas = self._collection.get(include=["metadatas"])["metadatas"] or []
        return {m["grant_id"] for m in metas}

    def entries(self, page: int = 5000) -> dict[str, tuple[str, str]]:
        out: dict[str, tuple[str, str]] = {}
        for offset in range(0, self._collection.count(), page):
            got = self._collection.get(include=["documents", "metadatas"], limit=page, offset=offset)
            for i, text, meta in zip(got["ids"], got["documents"], got["metadatas"], strict=True):
                out[i] = (meta["grant_id"], text)
        return out
