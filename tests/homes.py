"""Homes for tests: the sample ingested once per run (the model embeds its chunks once), and copies of it.

A copied home keeps its catalogue, vectors and indexes, so ingesting the same documents into it again
(from any folder) embeds nothing: a test that needs the sample plus a few pages of its own embeds only
those pages. A test that needs the sample in another vector store (a Chroma server) ingests it with
``Remembered``: the real model, holding the vectors it gave the sample's chunks when the home was built.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

# The question log (the copy starts with none), the write lock and half-written files are not the home's
# content. The vector store's own SQLite file (chroma/chroma.sqlite3) is, and is copied.
NOT_COPIED = shutil.ignore_patterns("questions.sqlite3*", "*.lock", "*.json.tmp")


def copy_home(home: Path, to: Path) -> Path:
    """A copy of ``home`` at ``to`` (which must not exist yet), its question log left behind."""
    shutil.copytree(home, to, ignore=NOT_COPIED)
    return to


def built_once(tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]) -> Path:
    """A folder that ``build`` fills once per test run. Under pytest-xdist the first worker to ask builds it
    in the run's shared folder while the others wait on a lock, and every worker gets its own copy: one
    embedding of the documents per run, and no vector store open in two processes."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        folder = tmp_path_factory.mktemp(name)
        build(folder)
        return folder
    shared = tmp_path_factory.getbasetemp().parent / name  # above each worker's own temporary folder
    with open(shared.with_name(f"{name}.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not shared.exists():
            building = shared.with_name(f"{name}.building")
            shutil.rmtree(building, ignore_errors=True)  # a worker that failed half way
            building.mkdir()
            build(building)
            building.rename(shared)
    return copy_home(shared, tmp_path_factory.mktemp(name) / name)


class Remembered:
    """The real embedding model, remembering every passage vector it gives: a text it has embedded
    before gets the same vector again without the model computing it."""

    def __init__(self, model, vectors: dict[str, list[float]] | None = None) -> None:
        self.model = model
        self.model_name = model.model_name  # the store records the real model: serve processes open it
        self.vectors = dict(vectors or {})

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        new = [t for t in dict.fromkeys(texts) if t not in self.vectors]
        if new:
            self.vectors.update(zip(new, self.model.embed_documents(new), strict=True))
        return [self.vectors[t] for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.model.embed_query(text)
