"""The Chroma vector store: embedded (PersistentClient under the home) or a server (HttpClient).

chromadb's own collection API is used rather than langchain_chroma's wrapper: the wrapper
embeds texts itself, while the index embeds a contextualised text (title + chunk) and stores
the verbatim chunk, and needs delete-by-grant and the list of grants, which the wrapper lacks.
"""

from __future__ import annotations

import hashlib
import threading
import warnings
from collections import OrderedDict
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings
from langchain_core.documents import Document as Chunk

from settings import Settings

_SPACE = "cosine"
# Candidates the HNSW search explores. Chroma's default (100) equals the 100 nearest chunks the
# dense signal takes, and then misses about 1 in 100 of them: measured on the dev corpus (1 409
# chunks), 54 of the 6 000 true nearest of 60 questions, and a different few in each process, so
# the same question could get another answer after a restart. At 400 none was missed.
SEARCH_EF = 400
# Grants whose chunk vectors query_among keeps between questions (see there): ~8 chunks of 384
# floats a grant, so about 6 MB.
_GRANTS_KEPT = 256
# Question vectors whose nearest chunks nearest() keeps (see there): 100 ids and similarities each.
_QUESTIONS_KEPT = 256


class _Recent:
    """The last ``size`` results of a read, by key, until the store is written.

    A read begun before a write is not kept after it: ``began()`` before reading, ``keep()`` after.
    """

    def __init__(self, size: int) -> None:
        self._size = size
        self._kept: OrderedDict = OrderedDict()
        self._lock = threading.Lock()
        self._writes = 0

    def get(self, key):
        with self._lock:
            kept = self._kept.get(key)
            if kept is not None:
                self._kept.move_to_end(key)
            return kept

    def began(self) -> int:
        with self._lock:
            return self._writes

    def keep(self, key, value, began: int) -> None:
        with self._lock:
            if began != self._writes:
                return  # written meanwhile: right for this read, not for the next
            self._kept[key] = value
            while len(self._kept) > self._size:
                self._kept.popitem(last=False)

    def forget(self) -> None:
        with self._lock:
            self._kept.clear()
            self._writes += 1


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

    def __init__(self, client: chromadb.ClientAPI, name: str, settings: Settings | None = None) -> None:
        self._name = name
        self._settings = settings
        # Emptied whenever this store or another process writes. One grant's chunks as query_among
        # read them from Chroma: ids -> (ids found, vectors, their norms, texts, metadata).
        self._chunks = _Recent(_GRANTS_KEPT)
        # A question vector's nearest chunks: (vector, k) -> [(id, similarity)].
        self._nearest = _Recent(_QUESTIONS_KEPT)
        self._open(client)

    def _open(self, client: chromadb.ClientAPI) -> None:
        self._collection = client.get_or_create_collection(
            self._name, configuration={"hnsw": {"space": _SPACE, "ef_search": SEARCH_EF}}, embedding_function=None
        )
        if self._hnsw().get("ef_search") != SEARCH_EF:  # a store made before it was set
            self._collection.modify(configuration={"hnsw": {"ef_search": SEARCH_EF}})
        # Chroma refuses larger writes ("Batch size of 21846 is greater than max batch size of 5461").
        self._max_batch = client.get_max_batch_size()

    @classmethod
    def from_settings(cls, settings: Settings, model: str) -> ChromaVectorStore:
        """The store the settings select (embedded or server)."""
        return cls(make_client(settings), collection_name(settings, model), settings)

    def reopen(self) -> None:
        """See what another process wrote since this store was opened.

        An embedded Chroma answers queries from a nearest-neighbour index it loaded into memory, so
        vectors that `grantbot ingest` or `refresh` added in another process stay invisible to a
        running server until the store is opened anew (their rows are in its SQLite at once). The
        client cache chromadb keeps per path is dropped for this path, so the new client loads the
        store from disk; the old one is left to queries still running on it.
        """
        self._forget_kept()
        if self._settings is None or self._settings.chroma_url:
            return  # a Chroma server is one process: its clients always see its latest state
        from chromadb.api.shared_system_client import SharedSystemClient  # on use: only the embedded store

        path = str(self._settings.home / "chroma")
        with SharedSystemClient._refcount_lock:
            for identifier in [i for i in SharedSystemClient._identifier_to_system if i == path]:
                SharedSystemClient._identifier_to_system.pop(identifier, None)
                SharedSystemClient._identifier_to_refcount.pop(identifier, None)
        self._open(make_client(self._settings))

    @property
    def space(self) -> str:
        """The distance function the collection was created with."""
        return self._hnsw()["space"]

    def _hnsw(self) -> dict:
        # Reading the configuration makes chromadb warn of its own legacy embedding-function field
        # (DeprecationWarning), though the collection is made with none: nothing for us to change.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            return dict(self._collection.configuration["hnsw"])

    def _forget_kept(self) -> None:
        self._chunks.forget()
        self._nearest.forget()

    def add(self, chunks: list[Chunk], embeddings: list[list[float]]) -> None:
        self._forget_kept()
        for start in range(0, len(chunks), self._max_batch):
            part = chunks[start : start + self._max_batch]
            self._collection.upsert(
                ids=[c.id for c in part],
                embeddings=embeddings[start : start + self._max_batch],
                documents=[c.page_content for c in part],
                metadatas=[c.metadata for c in part],
            )

    def delete_grant(self, grant_id: str) -> None:
        self._forget_kept()
        self._collection.delete(where={"grant_id": grant_id})

    def query(self, embedding: list[float], k: int, grant_id: str | None = None) -> list[tuple[Chunk, float]]:
        # No count() first: Chroma (1.x) returns what it holds when asked for more, and counting
        # scans the collection on every query (4 ms at 22 000 chunks).
        if k <= 0:
            return []
        where = {"grant_id": grant_id} if grant_id else None
        res = self._collection.query(query_embeddings=[embedding], n_results=k, where=where)
        rows = zip(res["ids"][0], res["documents"][0], res["metadatas"][0], res["distances"][0], strict=True)
        # Chroma's cosine distance is 1 - cosine similarity.
        return [(Chunk(id=i, page_content=d, metadata=dict(m)), 1.0 - dist) for i, d, m, dist in rows]

    def nearest(self, embedding: list[float], k: int) -> list[tuple[str, float]]:
        """Kept for the last _QUESTIONS_KEPT question vectors: a question asked again (the same
        words, so the same vector) is not searched again until the store is written. A search costs
        about 3 ms of CPU with a Chroma server (its HTTP round trip, the server's work) and came
        first in every question; this helps only when questions repeat."""
        if k <= 0:
            return []
        key = (np.asarray(embedding, dtype=np.float64).tobytes(), k)
        kept = self._nearest.get(key)
        if kept is not None:
            return list(kept)
        began = self._nearest.began()
        # Fetching 100 rows' text and metadata costs four times the search itself (13 of 17 ms at
        # 22 000 chunks).
        res = self._collection.query(query_embeddings=[embedding], n_results=k, include=["distances"])
        found = [(i, 1.0 - dist) for i, dist in zip(res["ids"][0], res["distances"][0], strict=True)]
        self._nearest.keep(key, tuple(found), began)
        return found

    def query_among(self, embedding: list[float], ids: list[str], k: int) -> list[tuple[Chunk, float]]:
        # Chroma's own filtered query (where= or ids=) grows with the collection (22 ms at 22 000
        # chunks, 5 ms at 1 400), while fetching a few rows by id does not (2 ms): the few
        # similarities are computed here. They agree with Chroma's to within 1e-6.
        ids = list(dict.fromkeys(ids))
        if not ids or k <= 0:
            return []
        found, vectors, lengths, documents, metadatas = self._chunks_of(ids)
        if not found:
            return []
        query = np.asarray(embedding, dtype=np.float64)
        norms = lengths * np.linalg.norm(query)
        similarity = np.divide(vectors @ query, norms, out=np.zeros(len(norms)), where=norms > 0)
        rows = list(zip(found, documents, metadatas, similarity.tolist(), strict=True))
        order = {i: n for n, i in enumerate(ids)}
        rows.sort(key=lambda row: (-row[3], order[row[0]]))  # equals in the order asked for, as in memory
        return [(Chunk(id=i, page_content=d, metadata=dict(m)), s) for i, d, m, s in rows[:k]]

    def _chunks_of(self, ids: list[str]) -> tuple:
        """The chunks ``ids`` as Chroma holds them: ids found, vectors, their norms, texts, metadata.

        Kept for the last _GRANTS_KEPT grants asked about: a Chroma read costs about 1 ms of CPU
        whatever it reads, and came on every question after the grant was chosen. This helps only
        when a grant is asked about again (a conversation's follow-ups, the grants many ask about at
        once); a write by this store or, seen through reopen(), by another process empties it.
        """
        key = tuple(ids)
        kept = self._chunks.get(key)
        if kept is not None:
            return kept
        began = self._chunks.began()
        got = self._collection.get(ids=ids, include=["embeddings", "documents", "metadatas"])
        vectors = np.asarray(got["embeddings"], dtype=np.float64) if got["ids"] else np.zeros((0, 0))
        kept = (got["ids"], vectors, np.linalg.norm(vectors, axis=1), got["documents"], got["metadatas"])
        self._chunks.keep(key, kept, began)
        return kept

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
