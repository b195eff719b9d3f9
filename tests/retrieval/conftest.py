"""Fixtures for the retrieval tests: the bundled seed announcements, fake and real embedders, a Chroma server."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real Chroma server on a free port; yields its URL."""
    exe = shutil.which("chroma") or str(Path(__import__("sys").executable).parent / "chroma")
    if not Path(exe).exists():
        pytest.skip("the chroma executable is not installed")
    port = _free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen(
        [exe, "run", "--path", str(path), "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        _wait_for(port, proc)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _wait_for(port: int, proc: subprocess.Popen, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("the chroma server exited at start")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError("the chroma server did not start")
