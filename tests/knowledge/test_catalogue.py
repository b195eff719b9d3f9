"""The catalogue on disk."""

from knowledge.catalogue import Catalogue
from knowledge.models import Document, GrantRecord


def grant(gid: str) -> tuple[GrantRecord, Document]:
    doc = Document(source=f"{gid}.txt", title=gid, text="Frist for søknad er mandag 6. september 2004.",
                   language="nb", content_hash=gid)
    return GrantRecord(id=gid, title=gid, source=doc.source, language="nb"), doc


def test_a_catalogue_sees_grants_another_process_added_later(tmp_path):
    serving, ingesting = Catalogue(tmp_path), Catalogue(tmp_path)
    assert serving.records() == []
    ingesting.put(*grant("a"))
    assert [r.id for r in serving.records()] == ["a"]


def test_removed_grant_is_gone_for_every_reader(tmp_path):
    first, second = Catalogue(tmp_path), Catalogue(tmp_path)
    first.put(*grant("a"))
    first.put(*grant("b"))
    assert len(second) == 2
    first.remove("a")
    assert [r.id for r in second.records()] == ["b"] and "a" not in first
