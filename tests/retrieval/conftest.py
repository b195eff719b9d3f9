"""Fixtures for the retrieval tests: the bundled seed announcements, fake and real embedders, a Chroma server."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixture_marks import loads_model

import knowledge
from knowledge.documents import build_document
from knowledge.extract import extract_record
from knowledge.loaders import iter_files, load_file
from knowledge.models import Document, GrantRecord
from retrieval.embeddings import HashingEmbedder

SAMPLE = Path(knowledge.__file__).parent / "sample"


@pytest.fixture(scope="session")
def seeds() -> list[tuple[GrantRecord, Document]]:
    """The five bundled announcements as (record, document) pairs."""
    docs = [build_document(load_file(p)) for p in iter_files([SAMPLE])]
    return [(extract_record(d), d) for d in docs]


@pytest.fixture
def hashing() -> HashingEmbedder:
    return HashingEmbedder()


@pytest.fixture(scope="session")
@loads_model
def real_embedder():
    """The bundled multilingual-e5-small model, loaded once per test session."""
    from retrieval.embeddings import load_embedder
    from settings import Settings

    return load_embedder(Settings())
