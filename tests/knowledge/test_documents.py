"""From a raw file to a Document: cleaned text, a title for people, a language."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.documents import build_document
from knowledge.loaders import load_file
from knowledge.titles import choose_title

SAMPLE = Path(__file__).resolve().parents[2] / "knowledge" / "sample"


def _doc(prefix: str):
    return build_document(load_file(next(SAMPLE.glob(f"{prefix}_*.txt"))))


@pytest.mark.parametrize(
    ("prefix", "title", "language"),
    [
        ("000", "To millioner tilskuddkroner til kommuner som satser elektronisk", "nb"),
        ("001", "Möjlighet att ansöka om pengar för regional kommun-samverkan inom IT-området", "sv"),
        ("002", "133 millioner kroner til samhandling", "nb"),
        ("003", "Øker tilskuddet i Helseteknologiordningen", "nb"),
        ("004", "95 mill til samhandling i helsesektoren", "nb"),
    ],
)
def test_each_seed_gets_its_headline_as_title_and_its_language(prefix, title, language):
    doc = _doc(prefix)
    assert (doc.title, doc.language) == (title, language)


def test_front_matter_title_wins(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(
        "---\ntitle: Folkhälsobidrag 2021\nurl: https://www.example.se/folkhalsobidrag\n---\n"
        "Folkhälsobidrag\n\nInför 2021 är det möjligt för ideella organisationer att ansöka om medel.\n",
        encoding="utf-8",
    )
    assert build_document(load_file(page)).title == "Folkhälsobidrag 2021"


def test_the_line_named_by_the_url_is_the_title_not_the_site_notice_above_it():
    # Opening of a Socialstyrelsen press page as scraped.
    text = (
        "Vi har just nu problem med sökfunktionen på webbplatsen\n\n"
        "Tack för ditt tålamod.\n\n"
        "10 miljarder i statsbidrag för merkostnader – delas ut i två steg\n\n"
        "Publicerad:\n"
    )
    url = "https://www.socialstyrelsen.se/pressrum/press/10-miljarder-i-statsbidrag-for-merkostnader--delas-ut-i-tva-steg/"
    assert choose_title(text, url) == "10 miljarder i statsbidrag för merkostnader – delas ut i två steg"


def test_a_page_starting_with_a_generic_heading_is_titled_from_its_url_with_letters_restored():
    # Opening of a Helsedirektoratet page: the first heading is generic.
    text = (
        "For å skrive en god søknad eller rapport er det viktig at du kjenner regelverket for tilskuddet godt.\n\n"
        "Mål for ordningen\n\n"
        "Stimulere til innovative anskaffelser av velferdsteknologi og møteplasser i forbindelse med slike "
        "prosesser.\n"
    )
    url = "https://helsedirektoratet.no/tilskudd/moteplasser-for-innovative-anskaffelser-av-velferdsteknologi"
    assert choose_title(text, url) == "Møteplasser for innovative anskaffelser av velferdsteknologi"


def test_danish_and_norwegian_ascii_spellings_in_urls_are_respelt():
    text = (
        "Søknadsfristen er tidligere år satt til 30. april.\n\nDette gjelder følgende tilskuddsordninger:\n"
    )
    url = "https://www.enebakk.kommune.no/frist-for-aa-soeke-grunnstoenader-15-juni-2020.6296513-312733.html"
    assert choose_title(text, url) == "Frist for å søke grunnstønader 15 juni 2020"


def test_a_url_of_cms_words_is_not_used_as_title():
    text = "Bidrag inom välfärdssektorn\n\nBidrag delas inte ut till enskilda sektioner inom föreningar.\n"
    assert choose_title(text, "https://www.kronoby.fi/bidrag-new-block-page") == "Bidrag inom välfärdssektorn"


def test_without_url_the_heading_before_the_first_paragraph_is_the_title():
    # A letter: addressees first, then the heading and its paragraph.
    text = (
        "Avd för vård och omsorg\nCatharina Mann\nKommunstyrelsen\n\nFör kännedom:\n\n"
        "Möjlighet att ansöka om pengar för regional IT-samverkan\n"
        "De 10 miljoner kr som disponeras för regional IT-samverkan mellan kommunerna och dessa och "
        "landstingen kommer att användas som stimulansmedel för att stödja och förstärka samverkan.\n"
    )
    assert choose_title(text) == "Möjlighet att ansöka om pengar för regional IT-samverkan"


def test_every_sentence_of_a_built_document_is_quotable_from_the_file():
    paths = sorted(SAMPLE.glob("*.txt"))
    assert paths
    for path in paths:
        raw = load_file(path)
        doc = build_document(raw)
        assert all(line in raw.text for line in doc.text.splitlines())
