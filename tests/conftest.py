"""Shared fixtures: an isolated environment for every test."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fixture_marks import loads_model
from homes import Remembered, built_once

from settings import Settings

# Under --import-mode=importlib no test folder is on sys.path; pg_server.py lives beside this file.
sys.path.insert(0, str(Path(__file__).parent))
from pg_server import PostgresServer, server_binaries  # noqa: E402

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def pytest_collection_modifyitems(items) -> None:
    for item in items:
        info = getattr(item, "_fixtureinfo", None)
        if info is None or item.get_closest_marker("model"):
            continue
        if any(getattr(defs[-1].func, "loads_model", False) for defs in info.name2fixturedefs.values() if defs):
            item.add_marker(pytest.mark.model)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path):
    """No test sees the developer's GRANTBOT_* or Slack variables, and each has its own home."""
    for key in list(os.environ):
        if key.startswith(("GRANTBOT_", "SLACK_")):
            monkeypatch.delenv(key)
    monkeypatch.setenv("GRANTBOT_HOME", str(tmp_path / "home"))


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(home=tmp_path / "home")


SAMPLE = Path(__file__).resolve().parents[1] / "knowledge" / "sample"


@pytest.fixture(scope="session")
@loads_model
def sample(tmp_path_factory) -> Path:
    """The bundled sample ingested once for the whole run (real model, real Chroma): the home, and the
    vectors the model gave the sample's chunks (``vectors.json``)."""
    from bot.ingest import ingest_sample
    from bot.services import Services
    from retrieval.embeddings import load_embedder

    def build(folder: Path) -> None:
        model = Remembered(load_embedder(Settings()))
        report = ingest_sample(Services(Settings(home=folder / "home"), embedder=model))
        assert not report.failed, report.summary()
        (folder / "vectors.json").write_text(json.dumps(model.vectors), encoding="utf-8")

    return built_once(tmp_path_factory, "sample", build)


@pytest.fixture(scope="session")
def sample_home(sample) -> Path:
    """The sample's home, shared by the tests that only read it; tests that add to it take a copy
    (homes.copy_home)."""
    return sample / "home"


@pytest.fixture(scope="session")
def sample_model(sample):
    """The real model holding the sample's vectors: ingesting the sample into another vector store (a
    Chroma server) gives it the same vectors without computing them again."""
    from retrieval.embeddings import load_embedder

    return Remembered(load_embedder(Settings()), json.loads((sample / "vectors.json").read_text(encoding="utf-8")))


@pytest.fixture(scope="session")
@loads_model
def sample_services(sample_home):
    """Services over the ingested sample, shared by the tests that only read."""
    from bot.services import Services

    return Services(Settings(home=sample_home))


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL server for the whole run (Debian's postgresql package; `make postgres`)."""
    if server_binaries() is None:
        pytest.skip("PostgreSQL is not installed: `make postgres` (apt-get install postgresql) runs these")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed: pip install -e '.[postgres]'")
    with PostgresServer(in_memory=True) as server:
        yield server


@pytest.fixture(params=["sqlite", "postgresql"])
def any_database(request, monkeypatch) -> str | None:
    """Runs a test once on the default SQLite and once on a fresh PostgreSQL database
    (GRANTBOT_DATABASE_URL), so both backends meet the same specification."""
    if request.param == "sqlite":
        return None
    url = request.getfixturevalue("postgres_server").new_database()
    monkeypatch.setenv("GRANTBOT_DATABASE_URL", url)
    return url


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real Chroma server on a free port; yields its URL."""
    exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
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
