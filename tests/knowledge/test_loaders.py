"""Loading files of every supported kind, in the encodings offices produce, with clear failures."""

from __future__ import annotations

import datetime as dt

import pytest
from pdf_bytes import pdf

from knowledge.errors import LoadError
from knowledge.loaders import decode, iter_files, load_file, split_front_matter

DEADLINE = "Søknadsfristen for tilskuddsåret 2019 er 10. desember 2018."




def test_pdf_text_is_read(tmp_path):
    path = tmp_path / "utlysning.pdf"
    path.write_bytes(pdf(["Tilskudd til inkludering av barn", DEADLINE]))
    raw = load_file(path)
    assert raw.source == "utlysning.pdf"
    assert "Tilskudd til inkludering av barn" in raw.text and DEADLINE in raw.text


def test_truncated_pdf_fails_with_a_one_line_reason(tmp_path):
    path = tmp_path / "cut.pdf"
    path.write_bytes(pdf([DEADLINE])[:200])
    with pytest.raises(LoadError) as err:
        load_file(path)
    assert str(err.value).startswith("cut.pdf: not a readable PDF, damaged or truncated")
    assert "\n" not in str(err.value)


def test_garbage_named_pdf_fails_with_a_reason(tmp_path):
    path = tmp_path / "fake.pdf"
    path.write_bytes(b"<html>this is not a pdf</html>")
    with pytest.raises(LoadError, match=r"^fake\.pdf: not a readable PDF"):
        load_file(path)


@pytest.mark.parametrize("content", [b"", b"  \n\n ", b"\xef\xbb\xbf\n"])
def test_empty_file_fails_with_a_reason(tmp_path, content):
    path = tmp_path / "tom.txt"
    path.write_bytes(content)
    with pytest.raises(LoadError, match=r"^tom\.txt: "):
        load_file(path)


def test_unsupported_file_type_is_named(tmp_path):
    path = tmp_path / "utlysning.docx"
    path.write_bytes(b"PK")
    with pytest.raises(LoadError, match=r"^utlysning\.docx: unsupported file type \.docx"):
        load_file(path)


def test_html_page_gives_its_content_and_title(tmp_path):
    path = tmp_path / "side.html"
    path.write_text(
        "<html><head><meta charset='utf-8'><title>Tilskudd til inkludering av barn</title>"
        "<meta property='og:site_name' content='Sørreisa kommune'></head><body>"
        "<main><h1>Tilskudd til inkludering av barn</h1><p>" + DEADLINE + "</p>"
        "<ul><li>Hvem kan søke: Offentlige instanser, private aktører og frivillige organisasjoner "
        "kan søke om midler.</li></ul></main></body></html>",
        encoding="utf-8",
    )
    raw = load_file(path)
    assert DEADLINE in raw.text
    assert raw.meta["title"] == "Tilskudd til inkludering av barn"
    assert raw.meta["issuer"] == "Sørreisa kommune"
    assert "published" not in raw.meta  # the deadline in the body is not a publication date


def test_cp1252_text_is_decoded(tmp_path):
    text = "Ansökan – senast 15 mars 2009 «IT i kommunal vård och omsorg». Søknad: Ærø, Åland."
    path = tmp_path / "brev.txt"
    path.write_bytes(text.encode("cp1252"))
    assert load_file(path).text == text


def test_utf8_bom_is_dropped():
    assert decode("\ufeffØker tilskuddet".encode()) == "Øker tilskuddet"


def test_windows_line_ends_become_newlines():
    assert decode("Målgruppe\r\nKommuner\r\n".encode()) == "Målgruppe\nKommuner\n"


def test_markdown_front_matter_becomes_metadata(tmp_path):
    path = tmp_path / "side.md"
    path.write_text(
        "---\nurl: https://www.sst.dk/da/Puljer/Sundhedsfremme\npublished: 2021-10-01\n---\n"
        "Sundhedsfremme og sygdomsforebyggelse 2022\n",
        encoding="utf-8",
    )
    raw = load_file(path)
    assert raw.meta == {
        "url": "https://www.sst.dk/da/Puljer/Sundhedsfremme",
        "published": dt.date(2021, 10, 1),
    }
    assert raw.text == "Sundhedsfremme og sygdomsforebyggelse 2022\n"


def test_text_without_front_matter_is_left_whole():
    assert split_front_matter("--- ikke front matter\nTekst") == ({}, "--- ikke front matter\nTekst")


def test_folders_expand_to_supported_visible_files(tmp_path):
    for name in ("b.txt", "a.md", "c.pdf", "notes.docx", ".hidden.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in iter_files([tmp_path])] == ["a.md", "b.txt", "c.pdf"]


def test_pdf_lines_broken_inside_a_sentence_are_joined(tmp_path):
    path = tmp_path / "brev.pdf"
    path.write_bytes(
        pdf(["Tilskudd til kommuner", "Søknaden skal sendes til", "kommunen innen 1. mars 2024."])
    )
    assert (
        load_file(path).text == "Tilskudd til kommuner\nSøknaden skal sendes til kommunen innen 1. mars 2024."
    )


def test_utf8_with_one_stray_cp1252_byte_stays_utf8():
    data = (
        "Søknadsfrist for tilskuddsåret er 10. desember. Søk på nettsiden før fristen.".encode()
        + b" \x96 slutt"
    )
    assert decode(data).startswith("Søknadsfrist for tilskuddsåret er 10. desember.")


def test_pdf_text_has_single_spaces_so_a_quote_matches_the_loaded_text(tmp_path):
    # pypdf writes a space for every positioning gap; the loaded text says each word once, one space apart.
    path = tmp_path / "bidrag.pdf"
    path.write_bytes(pdf(["Bidrag  till  kommuner   ", "Kontakt:  Anna  Svensson, tel. 08-123 456"]))
    text = load_file(path).text
    assert "Bidrag till kommuner" in text
    assert "Kontakt: Anna Svensson, tel. 08-123 456" in text
    assert "  " not in text and " \n" not in text
