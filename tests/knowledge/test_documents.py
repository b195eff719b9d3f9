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


def test_a_line_of_dates_above_a_call_is_not_its_title():
    # Opening of an ngobridges event page as scraped; its address names nothing ("/events/view/15").
    text = (
        "The Nordic Council of Ministers New is announcing a new round of grant applications\n\n"
        "December 31, 2017 — February 16, 2018\n"
        "The Baltic Sea Region and with North-West Russia., Russia\n\n"
        "The Nordic Council of Ministers is opening applications for three Nordic cooperation programmes in "
        "the Baltic Sea Region and with North-West Russia. The programmes provide funding for Nordic-Russian "
        "co-operation and networking projects.\n"
    )
    title = choose_title(text, "https://ngobridges.com/events/view/15")
    assert title == "The Nordic Council of Ministers New is announcing a new round of grant applications"


def test_a_url_that_runs_the_title_words_together_still_names_the_title_line():
    # Opening of a Tillväxtverket call as scraped.
    text = (
        "Stärk företags konkurrenskraft, innovation och digitalisering\n"
        " • Stängd 16 mars 2023\n"
        " • Region Gotland\n"
    )
    url = ("https://tillvaxtverket.se/tillvaxtverket/sokfinansiering/utlysningar/utlysningar/"
           "starkforetagskonkurrenskraftinnovationochdigitalisering.3477.html")
    assert choose_title(text, url) == "Stärk företags konkurrenskraft, innovation och digitalisering"


def test_the_word_for_a_grant_is_no_title_when_a_heading_with_a_paragraph_follows():
    # Opening of a Danish Energy Agency page as scraped; its address ends in ".../tilskud".
    text = (
        "Tilskud\n\nTilskud\n\nTilskud\n\n"
        "Få tilskud til at spare energi i kommunale og regionale bygninger\n\n"
        "Få tilskud til at spare energi i kommunale og regionale bygninger\n\n"
        "Kommuner og regioner kan igen til september få tilskud til energiforbedringsprojekter og "
        "digitaliseringsprojekter i kommunale og regionale bygninger. Til september er det sidste chance for "
        "ansøgninger, da puljen herefter bliver lukket.\n"
    )
    title = choose_title(text, "https://sparenergi.dk/offentlig/vaerktojer/tilskud")
    assert title == "Få tilskud til at spare energi i kommunale og regionale bygninger"


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


def test_a_url_ending_in_a_page_number_is_titled_by_the_segment_before_it():
    # Opening of a Digdir page (../shared/corpus 231) whose address ends in a page number.
    text = (
        "Hopp til hovudinnhald\n\nSøk om medfinansiering til digitaliseringsprosjekt\n\n"
        "Regjeringa har i statsbudsjettet for 2021 satt av 189,5 millionar kroner til medfinansiering av "
        "digitaliseringsprosjekt. Alle statlege verksemder kan søke før 20. januar 2021.\n"
    )
    url = "https://www.digdir.no/finansiering/sok-om-medfinansiering-til-digitaliseringsprosjekt/1988"
    assert choose_title(text, url) == "Søk om medfinansiering til digitaliseringsprosjekt"


def test_a_page_id_at_the_end_of_a_url_is_no_title():
    # Opening of a regjeringen.no page (../shared/corpus 239): the issuer's name comes first.
    text = (
        "Justis- og beredskapsdepartementet\n\n"
        "Regelverk for tilskuddsordning for frivillige i redningstjenesten\n\nSøknadsfrist: 01.03.2017\n"
    )
    url = ("https://www.regjeringen.no/no/dep/jd/tilskudd-fra-jd/tilskudd-fra-jd-i-2017/"
           "regelverk-for-tilskuddsordning-for-frivillige-i-redningstjenesten/id2536100/")
    assert choose_title(text, url) == "Regelverk for tilskuddsordning for frivillige i redningstjenesten"


def test_a_sitevision_node_id_in_the_url_is_no_part_of_the_title():
    # Opening of a Bergs kommun page (../shared/corpus 271): Sitevision ends the page name with its node id.
    text = ("Dela\n\nKontakta oss\n\nNu kan du söka stöd för utemiljöer från Boverket\n\n"
            "Nu är det inne att vara ute!\nSök ekonomiskt stöd hos Boverket för att rusta upp utemiljön.\n")
    url = ("https://www.berg.se/medborgare/fritidochkultur/nyhetsarkivfriluftsliv/"
           "nukandusokastodforutemiljoerfranboverket.5.6f4e26e21623ece432536494.html")
    assert choose_title(text, url) == "Nu kan du söka stöd för utemiljöer från Boverket"


def test_one_word_of_a_url_that_the_page_never_uses_is_no_title():
    # Opening of a Statsforvalteren page (../shared/corpus 204), address ".../kriseskjonn2/".
    text = "Kriseskjønn\n\nSøknadsfrist:\n15. september 2021 23:00\nMålgruppe:\nKommuner i Troms og Finnmark\n"
    url = "https://www.statsforvalteren.no/nn/troms-finnmark/tilskudd/2021/09/kriseskjonn2/"
    assert choose_title(text, url) == "Kriseskjønn"
