"""Fixtures for web ingest: the fake site, and services with a fast embedder that counts its work."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bot.services import Services
from retrieval.embeddings import HashingEmbedder
from settings import Settings

# Under --import-mode=importlib test folders are not on sys.path; these tests share fake_site.py.
sys.path.insert(0, str(Path(__file__).parent))
from fake_site import Site  # noqa: E402


class CountingEmbedder(HashingEmbedder):
    """The hashing embedder, counting the passages it embeds (an unchanged page must cost none)."""

    def __init__(self) -> None:
        super().__init__()
        self.embedded = 0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.embedded += len(texts)
        return super().embed_documents(texts)


@pytest.fixture
def site():
    with Site() as s:
        yield s


@pytest.fixture
def web_settings(tmp_path) -> Settings:
    return Settings(home=tmp_path / "home", allow_private_urls=True, fetch_delay=0, fetch_timeout=1)


@pytest.fixture
def embedder() -> CountingEmbedder:
    return CountingEmbedder()


@pytest.fixture
def services(web_settings, embedder) -> Services:
    return Services(web_settings, embedder=embedder)

