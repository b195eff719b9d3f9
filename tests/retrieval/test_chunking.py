"""Chunks are whole sentences, verbatim spans of the document, labelled with their grant."""

from knowledge.models import Document
from retrieval.chunking import MAX_CHARS, chunk_document, grant_of

TEXT = (
    "To millioner tilskuddkroner til kommuner som satser elektronisk\n\n"
    "Sosial- og helsedirektoratet har i 2004 satt av til sammen to millioner kroner for å stimulere "
    "kommunene til elektronisk samarbeid innen helse- og sosialsektoren. Nå er kriteriene for å bli "
    "fyrtårnskommune på plass. De fem fyrtårnskommunene skal følges opp over tre år. "
    "Frist for søknad er mandag 6. september 2004. Skriftlig søknad skal sendes: Sosial- og "
    "helsedirektoratet Avdeling IT-strategi og statistikk Postboks 8054 Dep. 0031 Oslo"
)


def document(text: str = TEXT) -> Document:
    return Document(source="000.txt", title="To millioner", text=text, language="nb", content_hash="x")


def test_every_chunk_is_a_verbatim_span_of_the_text():
    chunks = chunk_document(document(), "g0")
    assert len(chunks) > 1
    for chunk in chunks:
        m = chunk.metadata
        assert TEXT[m["start"] : m["end"]] == chunk.page_content


def test_chunks_carry_grant_source_title_language_and_position():
    chunks = chunk_document(document(), "g0")
    assert [c.metadata["chunk_index"] for c in chunks] == list(range(len(chunks)))
    assert {c.metadata["grant_id"] for c in chunks} == {"g0"}
    assert chunks[0].metadata | {"start": 0} == {
        "grant_id": "g0", "source": "000.txt", "title": "To millioner", "language": "nb",
        "chunk_index": 0, "start": 0, "end": chunks[0].metadata["end"],
    }
    assert chunks[1].id == "g0::1"


def test_a_chunk_id_names_its_grant():
    for grant in ("g0", "003_6397588da340b2da", "odd::id"):
        assert {grant_of(c.id) for c in chunk_document(document(), grant)} == {grant}


def test_chunks_never_cut_a_sentence():
    texts = [c.page_content for c in chunk_document(document(), "g0")]
    assert any("Frist for søknad er mandag 6. september 2004." in t for t in texts)
    assert all(not t.endswith("mandag 6.") for t in texts)


def test_chunks_stay_short_unless_one_sentence_is_long():
    long_text = " ".join(f"Setning nummer {i} handler om tilskudd til kommunene i Norge." for i in range(60))
    chunks = chunk_document(document(long_text), "g0")
    assert len(chunks) > 5
    assert all(len(c.page_content) <= MAX_CHARS for c in chunks)


def test_the_whole_text_is_covered():
    chunks = chunk_document(document(), "g0")
    assert chunks[0].metadata["start"] == 0
    assert chunks[-1].metadata["end"] == len(TEXT)
    ends = [c.metadata["end"] for c in chunks]
    starts = [c.metadata["start"] for c in chunks[1:]]
    assert all(s <= e for s, e in zip(starts, ends, strict=False))


def test_an_empty_document_has_no_chunks():
    assert chunk_document(document("   "), "g0") == []
