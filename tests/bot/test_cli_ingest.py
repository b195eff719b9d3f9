"""`grantbot ingest` on first use: exit codes, one mention of a failing file, a size cap with a clear
message, no model loaded when nothing needs embedding, and Chroma's batch limit respected."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli.commands import app
from retrieval.embeddings import HashingEmbedder

SAMPLE = Path(__file__).resolve().parents[2] / "knowledge" / "sample"
SEED_0 = "000_1de9e93bc0097409.txt"


@pytest.fixture
def loads(monkeypatch) -> list[str]:
    """The model loads a run asked for; a fast embedder stands in for the model itself."""
    calls: list[str] = []

    def fake_load(settings):
        calls.append("load")
        return HashingEmbedder()

    monkeypatch.setattr("retrieval.index.load_embedder", fake_load)
    return calls


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.setenv("GRANTBOT_HOME", str(tmp_path / "home"))
    return lambda *args: CliRunner().invoke(app, [str(a) for a in args])


def test_a_failing_file_is_named_once_and_the_run_exits_1(tmp_path, run, loads):
    shutil.copy(SAMPLE / SEED_0, tmp_path / SEED_0)
    (tmp_path / "corrupt.pdf").write_bytes(b"%PDF-1.4\n this is not really a pdf")
    result = run("ingest", tmp_path / SEED_0, tmp_path / "corrupt.pdf")
    assert result.exit_code == 1
    assert result.stdout.startswith("added 1, updated 0, unchanged 0, failed 1")
    assert "failed: corrupt.pdf: not a readable PDF" in result.stdout
    assert result.stdout.count("corrupt.pdf") == 1


def test_an_empty_file_loads_no_model(tmp_path, run, loads):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = run("ingest", tmp_path / "empty.txt")
    assert result.exit_code == 1 and "failed: empty.txt: empty file" in result.stdout
    assert loads == []


def test_an_unchanged_file_loads_no_model(tmp_path, run, loads):
    shutil.copy(SAMPLE / SEED_0, tmp_path / SEED_0)
    assert run("ingest", tmp_path / SEED_0).exit_code == 0
    loads.clear()
    again = run("ingest", tmp_path / SEED_0)
    assert again.exit_code == 0 and again.stdout.startswith("added 0, updated 0, unchanged 1")
    assert loads == []


def test_the_same_files_from_another_folder_are_unchanged_and_load_no_model(tmp_path, run, loads):
    for folder in ("old", "new"):
        (tmp_path / folder).mkdir()
        shutil.copy(SAMPLE / SEED_0, tmp_path / folder / SEED_0)
    assert run("ingest", tmp_path / "old").exit_code == 0
    loads.clear()
    moved = run("ingest", tmp_path / "new")
    assert moved.exit_code == 0 and moved.stdout.startswith("added 0, updated 0, unchanged 1")
    assert loads == []


def test_a_5_mb_text_file_is_refused_at_once_with_the_cap_and_how_to_raise_it(tmp_path, run, loads):
    big = tmp_path / "logg.txt"
    paragraph = (SAMPLE / SEED_0).read_text(encoding="utf-8")
    big.write_text(paragraph * (5_000_000 // len(paragraph.encode("utf-8")) + 1), encoding="utf-8")
    shutil.copy(SAMPLE / SEED_0, tmp_path / SEED_0)
    result = run("ingest", big, tmp_path / SEED_0)
    assert result.exit_code == 1
    assert "failed: logg.txt: " in result.stdout and "GRANTBOT_MAX_DOCUMENT_CHARS" in result.stdout
    assert result.stdout.startswith("added 1,")


def test_a_file_over_the_store_batch_limit_goes_in_whole(tmp_path, settings):
    """More chunks than Chroma takes in one write (its limit was 5461) go in several writes."""
    from langchain_core.documents import Document as Chunk

    from retrieval.chroma_store import ChromaVectorStore

    store = ChromaVectorStore.from_settings(settings, "test-model")
    chunks = [Chunk(id=f"g-{n}", page_content=f"chunk {n}", metadata={"grant_id": "g"}) for n in range(6000)]
    vectors = HashingEmbedder(dimensions=8).embed_documents([c.page_content for c in chunks])
    store.add(chunks, vectors)
    assert store._collection.count() == 6000


