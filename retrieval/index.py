"""The hybrid index: dense (embeddings in a vector store) plus lexical (BM25), fused by rank."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from langchain_core.documents import Document as Chunk

from knowledge.models import Document, GrantRecord
from knowledge.settings import Settings
from retrieval.chunking import chunk_document
from retrieval.embeddings import Embedder, load_embedder, model_name
from retrieval.fusion import best_per_group, ranked, reciprocal_rank_fusion
from retrieval.lexical import Bm25Index
from retrieval.models import GrantHit, Passage
from retrieval.vector_store import VectorStore

CANDIDATES = 100  # chunks taken from each signal before fusion
PASSAGES_PER_GRANT = 3
# Signal weights in the grant-level fusion. The default model knows English only, so the
# lexical signals (stems, compounds, the grant's title) carry Nordic questions.
WEIGHTS = {"dense": 1.0, "words": 1.0, "grams": 1.0, "title": 0.5}
# Confidence that a question is about a grant at all: logistic in the share of its content
# words the grant holds (IDF-weighted) and the best passage's cosine similarity.
CONFIDENCE = {"coverage": 6.0, "dense": 6.0, "bias": -5.0}
CONFIDENCE_THRESHOLD = 0.5


def _embedding_text(chunk: Chunk) -> str:
    # The title tells the model which grant a chunk belongs to ("Frist for søknad er ..." alone does not).
    return f"{chunk.metadata['title']}\n{chunk.page_content}"


class HybridIndex:
    """Grants' chunks in a vector store and a BM25 index under ``settings.home``, searched together."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None, store: VectorStore | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or load_embedder(settings)
        self.store = store if store is not None else self._chroma(settings, embedder)
        home = settings.ensure_home()
        self.lexical = Bm25Index(home / "lexical" / "chunks")
        self.titles = Bm25Index(home / "lexical" / "titles")

    @staticmethod
    def _chroma(settings: Settings, embedder: Embedder | None) -> VectorStore:
        from retrieval.chroma_store import ChromaVectorStore

        model = model_name(settings) if embedder is None else type(embedder).__name__
        return ChromaVectorStore.from_settings(settings, model)

    @contextmanager
    def batch(self) -> Iterator[HybridIndex]:
        """Within it, replace() and remove() save the lexical index once, at the end."""
        with self.lexical.deferred(), self.titles.deferred():
            yield self

    def replace(self, record: GrantRecord, document: Document) -> int:
        """(Re)index one grant: its old chunks go first, so none is left stale; returns the chunk count."""
        self.remove(record.id)
        chunks = chunk_document(document, record.id)
        if chunks:
            self.store.add(chunks, self.embedder.embed_documents([_embedding_text(c) for c in chunks]))
        self.lexical.add(chunks)
        self.titles.add([_title_entry(record, document)])
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

    def grant_ids(self) -> set[str]:
        return self.lexical.grant_ids()

    def search(self, query: str, k: int = 8, grant_id: str | None = None) -> list[Passage]:
        """The ``k`` best passages by fused rank; ``grant_id`` restricts the search to one grant."""
        signals = self._signals(query, grant_id)
        fused = reciprocal_rank_fusion([[c.id for c, _ in hits] for hits in signals.values()])
        return [self._passage(cid, fused[cid], signals) for cid in ranked(fused)[:k]]

    def search_grants(self, query: str, k: int = 5) -> list[GrantHit]:
        """The ``k`` grants the question most likely is about, best first, each with its best passages."""
        signals = self._signals(query, None)
        grant_of = {c.id: c.metadata["grant_id"] for hits in signals.values() for c, _ in hits}
        rankings = [best_per_group([c.id for c, _ in signals[s]], grant_of) for s in ("dense", "words", "grams")]
        rankings.append([c.metadata["grant_id"] for c, _ in self.titles.query(query, CANDIDATES)])
        weights = [WEIGHTS[s] for s in ("dense", "words", "grams", "title")]
        grants = reciprocal_rank_fusion(rankings, weights)
        chunk_fused = reciprocal_rank_fusion([[c.id for c, _ in hits] for hits in signals.values()])
        return [self._hit(query, g, grants[g], chunk_fused, grant_of, signals) for g in ranked(grants)[:k]]

    def relevance(self, query: str, hit: GrantHit) -> float:
        """0..1 confidence that ``query`` is about the grant of ``hit`` (above CONFIDENCE_THRESHOLD: on topic)."""
        dense = max((p.dense_score for p in hit.passages), default=0.0)
        return _confidence(self.lexical.coverage(query, hit.grant_id), dense)

    def _signals(self, query: str, grant_id: str | None) -> dict[str, list[tuple[Chunk, float]]]:
        vector = self.embedder.embed_query(query)
        return {
            "dense": self.store.query(vector, CANDIDATES, grant_id),
            "words": self.lexical.query(query, CANDIDATES, grant_id, field="words"),
            "grams": self.lexical.query(query, CANDIDATES, grant_id, field="grams"),
        }

    def _hit(self, query, grant_id, score, chunk_fused, grant_of, signals) -> GrantHit:
        own = {cid: s for cid, s in chunk_fused.items() if grant_of[cid] == grant_id}
        passages = [self._passage(cid, own[cid], signals) for cid in ranked(own)[:PASSAGES_PER_GRANT]]
        hit = GrantHit(grant_id=grant_id, score=score, passages=passages)
        hit.confidence = self.relevance(query, hit)
        return hit

    @staticmethod
    def _passage(chunk_id: str, score: float, signals: dict[str, list[tuple[Chunk, float]]]) -> Passage:
        found = {name: {c.id: (c, s) for c, s in hits} for name, hits in signals.items()}
        chunk = next(found[n][chunk_id][0] for n in found if chunk_id in found[n])
        m = chunk.metadata
        return Passage(
            grant_id=m["grant_id"], source=m["source"], title=m["title"], text=chunk.page_content,
            start=m["start"], end=m["end"], chunk_index=m["chunk_index"], language=m["language"], score=score,
            lexical_score=found["words"].get(chunk_id, (None, 0.0))[1],
            dense_score=found["dense"].get(chunk_id, (None, 0.0))[1],
        )


def _title_entry(record: GrantRecord, document: Document) -> Chunk:
    # The grant's name and address are what askers quote; a URL slug often spells out the name.
    text = " ".join(filter(None, [record.title, document.title, document.url, document.issuer]))
    meta = {"grant_id": record.id, "source": document.source, "title": document.title, "language": document.language}
    return Chunk(id=record.id, page_content=text, metadata=meta)


def _confidence(coverage: float, dense: float) -> float:
    z = CONFIDENCE["coverage"] * coverage + CONFIDENCE["dense"] * dense + CONFIDENCE["bias"]
    return 1.0 / (1.0 + math.exp(-z))
