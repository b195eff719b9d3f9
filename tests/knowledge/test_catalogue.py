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


def test_the_writer_does_not_read_the_whole_catalogue_again_after_each_of_its_writes(tmp_path, monkeypatch):
    import knowledge.catalogue

    writer = Catalogue(tmp_path)
    for n in range(3):
        writer.put(*grant(f"g{n}"))
    reads = []
    real = knowledge.catalogue.json.loads
    monkeypatch.setattr(knowledge.catalogue.json, "loads", lambda text: reads.append(1) or real(text))
    for n in range(3, 40):
        assert writer.find_by_source(f"{n}.txt") is None
        writer.put(*grant(f"g{n}"))
    writer.remove("g0")
    assert reads == []  # an ingest of n documents stays linear in n
    assert len(Catalogue(tmp_path)) == 39  # and a reader sees every write


def test_the_list_of_grants_follows_every_change_its_own_writer_makes(tmp_path):
    catalogue = Catalogue(tmp_path)
    catalogue.put(*grant("b"))
    assert [r.id for r in catalogue.records()] == ["b"]
    catalogue.put(*grant("a"))
    listed = catalogue.records()
    assert [r.id for r in listed] == ["a", "b"]
    listed.clear()  # a caller's list is its own
    catalogue.remove("b")
    assert [r.id for r in catalogue.records()] == ["a"]


def test_what_is_derived_from_every_grant_is_worked_out_once_per_change(tmp_path):
    catalogue, computed = Catalogue(tmp_path), []

    def titles(records):
        computed.append(len(records))
        return [r.title for r in records]

    catalogue.put(*grant("b"))
    assert catalogue.derived("titles", titles) == ["b"]
    assert catalogue.derived("titles", titles) == ["b"] and computed == [1]
    catalogue.put(*grant("a"))
    assert catalogue.derived("titles", titles) == ["a", "b"] and computed == [1, 2]
    Catalogue(tmp_path).remove("b")  # another process
    assert catalogue.derived("titles", titles) == ["a"] and computed == [1, 2, 1]
