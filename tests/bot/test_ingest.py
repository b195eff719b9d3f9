"""Ingest: idempotent by content, replacing changed documents, reporting broken ones."""

import shutil
from pathlib import Path

import pytest

from bot.ingest import ingest
from bot.services import Services
from knowledge.errors import BadInput
from retrieval.embeddings import HashingEmbedder
from settings import Settings

SAMPLE = Path(__file__).resolve().parents[2] / "knowledge" / "sample"
SEED_0 = "000_1de9e93bc0097409.txt"
SEED_1 = "001_1a68e8f698feec8c.txt"


@pytest.fixture
def folder(tmp_path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in (SEED_0, SEED_1):
        shutil.copy(SAMPLE / name, docs / name)
    return docs


def services(tmp_path, home: str = "home") -> Services:
    # What ingest keeps, replaces and reports is under test here, not the model (the sample home, the
    # haystack and the serve tests ingest with it): the hashing embedder keeps each ingest well under a second.
    return Services(Settings(home=tmp_path / home), embedder=HashingEmbedder())


def test_second_ingest_of_the_same_files_changes_nothing(tmp_path, folder):
    first = ingest(services(tmp_path), [folder])
    again = ingest(services(tmp_path), [folder])
    assert sorted(first.added) == [SEED_0, SEED_1]
    assert sorted(again.unchanged) == [SEED_0, SEED_1] and not again.added and not again.updated


def test_changed_document_replaces_its_record_and_leaves_no_stale_chunks(tmp_path, folder):
    ingest(services(tmp_path), [folder])
    path = folder / SEED_0
    text = path.read_text(encoding="utf-8").replace("mandag 6. september 2004", "fredag 1. oktober 2004")
    path.write_text(text.replace("fyrtårn", "lyktestolpe"), encoding="utf-8")
    report = ingest(services(tmp_path), [folder])
    fresh = services(tmp_path)
    record = fresh.catalogue.find_by_source(SEED_0)
    assert report.updated == [SEED_0] and record.deadline_dates() == ["2004-10-01"]
    passages = fresh.index.search("fyrtårn fyrtårnskommune", k=50, grant_id=record.id)
    assert passages and not any("fyrtårn" in p.text for p in passages)


def test_a_broken_file_is_reported_and_the_good_ones_still_go_in(tmp_path, folder):
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n this is not really a pdf")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    report = ingest(services(tmp_path), [folder])
    assert sorted(report.added) == [SEED_0, SEED_1]
    assert sorted(name for name, _ in report.failed) == ["broken.pdf", "empty.txt"]
    assert all(reason for _, reason in report.failed)


def test_a_missing_path_is_bad_input(tmp_path):
    with pytest.raises(BadInput, match="No such file or folder"):
        ingest(services(tmp_path), [tmp_path / "nope"])


def test_two_homes_never_see_each_others_grants(tmp_path, folder):
    ingest(services(tmp_path, "a"), [folder / SEED_0])
    other = services(tmp_path, "b")
    assert other.grants() == [] and other.index.grant_ids() == set()


def test_an_ingest_killed_half_way_keeps_what_went_in_and_the_next_run_finishes(tmp_path, folder, monkeypatch):
    from retrieval.index import HybridIndex

    real_replace = HybridIndex.replace
    calls = []

    def dies_on_the_second(self, record, document):
        calls.append(record.id)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the process is stopped half way
        return real_replace(self, record, document)

    monkeypatch.setattr(HybridIndex, "replace", dies_on_the_second)
    with pytest.raises(KeyboardInterrupt):
        ingest(services(tmp_path), [folder])
    monkeypatch.setattr(HybridIndex, "replace", real_replace)
    report = ingest(services(tmp_path), [folder])
    fresh = services(tmp_path)
    assert sorted(report.added + report.updated + report.unchanged) == [SEED_0, SEED_1]
    assert len(fresh.grants()) == 2 and fresh.index.grant_ids() == {r.id for r in fresh.grants()}
    assert fresh.answer("Når er søknadsfristen for å bli fyrtårnskommune?").facts.deadlines == ["2004-09-06"]
