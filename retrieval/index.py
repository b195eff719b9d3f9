"""The hybrid index: dense (embeddings in a vector store) plus lexical (BM25), fused.

Passages are ranked by reciprocal rank fusion of their dense, stem and n-gram ranks; grants by a
weighted fusion of scaled scores over chunk, title and whole-document signals (see GRANT_WEIGHTS).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from langchain_core.documents import Document as Chunk

from knowledge.errors import GrantbotError
from knowledge.models import Document, GrantRecord
from knowledge.settings import Settings
from retrieval.chunking import chunk_document
from retrieval.embeddings import Embedder, load_embedder, model_name
from retrieval.fusion import best_scores, normalized_score_fusion, ranked, reciprocal_rank_fusion
from retrieval.glossary import nordic_terms
from retrieval.lexical import Bm25Index
from retrieval.models import GrantHit, Passage
from retrieval.vector_store import VectorStore

CANDIDATES = 100  # chunks taken from each signal before fusion
PASSAGES_PER_GRANT = 3
# Signal weights of the grant-level fusion. The default model knows English only, so the lexical
# signals carry Nordic questions: the grant's name (title, URL), then the whole document, whose
# BM25 rewards a question's place, year and topic words even when no one chunk holds them all.
GRANT_WEIGHTS = {
    "dense": 0.1, "grams": 0.25, "title": 0.5, "title_grams": 1.0, "document": 1.0, "document_grams": 0.5,
}
# Confidence that a question is about a grant at all: logistic in the share of its content words
# the grant's document holds (IDF-weighted), the best passage's cosine similarity, and how far the
# signals agree on the grant (its fused score over the most it could get). Fitted by logistic
# regression on the evaluation questions and off-topic ones (benchmarks/bench_retrieval.py).
CONFIDENCE = {"coverage": 2.5, "dense": 1.0, "agreement": 8.0, "bias": -7.0}
CONFIDENCE_THRESHOLD = 0.4


def _embedding_text(chunk: Chunk) -> str:
    # The title tells the model which grant a chunk belongs to ("Frist for søknad er ..." alone does not).
    return f"{chunk.metadata['title']}\n{chunk.page_content}"


class ModelMismatch(GrantbotError):
    """The index was built with another embedding model than the one the settings select."""

    def __init__(self, built: str, wanted: str) -> None:
        super().__init__(
            f"The search index was built with the embedding model {built!r}, but this run uses {wanted!r}: "
            "rebuild it with `grantbot ingest --reindex` (or set GRANTBOT_EMBEDDING_MODEL back)"
        )


class HybridIndex:
    """Grants' chunks in a vector store and a BM25 index under ``settings.home``, searched together.

    The home records which embedding model built the vectors (``index.json``): vectors of two models
    are not comparable, so opening an index with another model raises ModelMismatch unless
    ``rebuild`` is set (``grantbot ingest --reindex``), never a silent mix.
    """

    def __init__(
        self,
        settings: Settings,
        embedder: Embedder | None = None,
        store: VectorStore | None = None,
        rebuild: bool = False,
    ) -> None:
        self.settings = settings
        home = settings.ensure_home()
        self.model = model_name(settings) if embedder is None else getattr(embedder, "model_name", type(embedder).__name__)
        self._marker = home / "index.json"
        self.lexical = Bm25Index(home / "lexical" / "chunks")
        self.titles = Bm25Index(home / "lexical" / "titles")
        self.documents = Bm25Index(home / "lexical" / "documents")
        built = self.built_with()
        if built is not None and built != self.model and not rebuild:
            raise ModelMismatch(built, self.model)
        self.embedder = embedder or load_embedder(settings)
        self.store = store if store is not None else self._chroma(settings, self.model)

    def built_with(self) -> str | None:
        """The model that built this home's vectors; None for a new home."""
        if self._marker.is_file():
            return json.loads(self._marker.read_text(encoding="utf-8")).get("embedding_model")
        # A home from before the marker: its vectors came from the English MiniLM model.
        return "all-MiniLM-L6-v2" if self.lexical.grant_ids() else None

    def _record_model(self) -> None:
        if not self._marker.is_file() or self.built_with() != self.model:
            self._marker.write_text(json.dumps({"embedding_model": self.model}), encoding="utf-8")

    @staticmethod
    def _chroma(settings: Settings, model: str) -> VectorStore:
        from retrieval.chroma_store import ChromaVectorStore

        return ChromaVectorStore.from_settings(settings, model)

    @contextmanager
    def batch(self) -> Iterator[HybridIndex]:
        """Within it, replace() and remove() save the lexical index once, at the end."""
        with self.lexical.deferred(), self.titles.deferred(), self.documents.deferred():
            yield self

    def replace(self, record: GrantRecord, document: Document) -> int:
        """(Re)index one grant: its old chunks go first, so none is left stale; returns the chunk count."""
        self.remove(record.id)
        self._record_model()
        chunks = chunk_document(document, record.id)
        if chunks:
            self.store.add(chunks, self.embedder.embed_documents([_embedding_text(c) for c in chunks]))
        self.lexical.add(chunks)
        self.titles.add([_grant_entry(record, document, _title_text(record, document))])
        self.documents.add([_grant_entry(record, document, f"{_title_text(record, document)}\n{document.text}")])
        return len(chunks)

    def replace_many(self, pairs: Iterable[tuple[GrantRecord, Document]]) -> int:
        """replace() each pair, saving the lexical index once; returns the total chunk count."""
        with self.batch():
            return sum(self.replace(record, document) for record, document in pairs)

    def remove(self, grant_id: str) -> None:
        """Forget a grant entirely."""
        self.store.delete_grant(grant_id)
        self.lexical.delete_grant(grant_id)
        self.titles.delete_grant(grant_id)
        self.documents.delete_grant(grant_id)

    def grant_ids(self) -> set[str]:
        """Grants indexed in both halves: after a model change the vectors are gone and need a re-ingest."""
        return self.lexical.grant_ids() & self.store.grant_ids()

    def search(self, query: str, k: int = 8, grant_id: str | None = None) -> list[Passage]:
        """The ``k`` best passages by fused rank; ``grant_id`` restricts the search to one grant."""
        self._refresh()
        return self._search(query, self.embedder.embed_query(query), k, grant_id)

    def search_grants(self, query: str, k: int = 5) -> list[GrantHit]:
        """The ``k`` grants the question most likely is about, best first, each with its best passages."""
        self._refresh()
        vector = self.embedder.embed_query(query)
        lexical_query = f"{query} {nordic_terms(query)}".strip()
        fused = normalized_score_fusion(self._grant_signals(lexical_query, vector), GRANT_WEIGHTS)
        return [self._hit(query, vector, g, fused[g]) for g in ranked(fused)[:k]]

    def _refresh(self) -> None:
        for lexical in (self.lexical, self.titles, self.documents):
            lexical.refresh()

    def relevance(self, query: str, hit: GrantHit) -> float:
        """0..1 confidence that ``query`` is about the grant of ``hit`` (above CONFIDENCE_THRESHOLD: on topic)."""
        dense = max((p.dense_score for p in hit.passages), default=0.0)
        agreement = hit.score / sum(GRANT_WEIGHTS.values())
        return _confidence(self.documents.coverage(query, hit.grant_id), dense, agreement)

    def _search(self, query: str, vector: list[float], k: int, grant_id: str | None) -> list[Passage]:
        signals = self._chunk_signals(query, vector, grant_id)
        fused = reciprocal_rank_fusion([[c.id for c, _ in hits] for hits in signals.values()])
        found = {name: {c.id: (c, s) for c, s in hits} for name, hits in signals.items()}
        return [_passage(cid, fused[cid], found) for cid in ranked(fused)[:k]]

    def _chunk_signals(self, query: str, vector: list[float], grant_id: str | None) -> dict[str, list]:
        return {
            "dense": self.store.query(vector, CANDIDATES, grant_id),
            "words": self.lexical.query(query, CANDIDATES, grant_id, field="words"),
            "grams": self.lexical.query(query, CANDIDATES, grant_id, field="grams"),
        }

    def _grant_signals(self, query: str, vector: list[float]) -> dict[str, dict[str, float]]:
        def grants(hits: list[tuple[Chunk, float]]) -> dict[str, float]:
            return best_scores((c.metadata["grant_id"], s) for c, s in hits)

        return {
            "dense": grants(self.store.query(vector, CANDIDATES)),
            "grams": grants(self.lexical.query(query, CANDIDATES, field="grams")),
            "title": grants(self.titles.query(query, CANDIDATES, field="words")),
            "title_grams": grants(self.titles.query(query, CANDIDATES, field="grams")),
            "document": grants(self.documents.query(query, CANDIDATES, field="words")),
            "document_grams": grants(self.documents.query(query, CANDIDATES, field="grams")),
        }

    def _hit(self, query: str, vector: list[float], grant_id: str, score: float) -> GrantHit:
        passages = self._search(query, vector, PASSAGES_PER_GRANT, grant_id)
        hit = GrantHit(grant_id=grant_id, score=score, passages=passages)
        hit.confidence = self.relevance(query, hit)
        return hit


def _passage(chunk_id: str, score: float, found: dict[str, dict[str, tuple[Chunk, float]]]) -> Passage:
    chunk = next(found[n][chunk_id][0] for n in found if chunk_id in found[n])
    m = chunk.metadata
    return Passage(
        grant_id=m["grant_id"], source=m["source"], title=m["title"], text=chunk.page_content,
        start=m["start"], end=m["end"], chunk_index=m["chunk_index"], language=m["language"], score=score,
        lexical_score=found["words"].get(chunk_id, (None, 0.0))[1],
        dense_score=found["dense"].get(chunk_id, (None, 0.0))[1],
    )


def _title_text(record: GrantRecord, document: Document) -> str:
    # The grant's name and address are what askers quote; a URL slug often spells out the name.
    return " ".join(filter(None, [record.title, document.title, document.url, document.issuer]))


def _grant_entry(record: GrantRecord, document: Document, text: str) -> Chunk:
    meta = {"grant_id": record.id, "source": document.source, "title": document.title, "language": document.language}
    return Chunk(id=record.id, page_content=text, metadata=meta)


def _confidence(coverage: float, dense: float, agreement: float) -> float:
    c = CONFIDENCE
    z = c["coverage"] * coverage + c["dense"] * dense + c["agreement"] * agreement + c["bias"]
    return 1.0 / (1.0 + math.exp(-z))
