"""Issuer and country: which public body issues the grant, and in which Nordic country."""

from __future__ import annotations

from pathlib import Path

from knowledge.documents import build_document
from knowledge.issuers import country_of, extract_issuer
from knowledge.loaders import load_file
from knowledge.models import Document

SAMPLE = Path(__file__).resolve().parents[2] / "knowledge" / "sample"


def _sample(name: str) -> Document:
    return build_document(load_file(SAMPLE / name))


def _doc(text: str, language: str = "nb", url: str | None = None, issuer: str | None = None) -> Document:
    return Document(
        source="t.md", title="t", text=text, language=language, content_hash="x", url=url, issuer=issuer
    )


def test_front_matter_issuer_wins():
    assert extract_issuer(_doc("Helsedirektoratet lyser ut midler.", issuer="Bufdir")) == "Bufdir"


def test_body_that_sets_money_aside_is_the_issuer():
    assert extract_issuer(_sample("000_1de9e93bc0097409.txt")) == "Sosial- og helsedirektoratet"


def test_publisher_label_names_the_issuer():
    assert extract_issuer(_sample("002_56ff6eb9f7905725.txt")) == "Helse- og omsorgsdepartementet"


def test_trade_paper_publisher_in_the_footer_is_not_the_issuer():
    assert extract_issuer(_sample("004_6658acab72c1650a.txt")) != "Fagforbundet"


def test_domain_name_is_the_fallback_issuer():
    doc = _doc("Målgruppe\n\nKommuner", url="https://helsedirektoratet.no/tilskudd/x")
    assert extract_issuer(doc) == "Helsedirektoratet"


def test_municipal_domain_names_the_municipality():
    doc = _doc("Hvem kan søke?", url="https://www.tjeldsund.kommune.no/spillemidler.html")
    assert extract_issuer(doc) == "Tjeldsund kommune"


def test_english_page_on_a_norwegian_domain_is_norwegian():
    assert (
        country_of(
            _doc("Eligible applicants are NGOs.", language="en", url="https://www.innovasjonnorge.no/en/x")
        )
        == "NO"
    )


def test_country_falls_back_to_the_language():
    assert country_of(_doc("Kommunerna kan söka.", language="sv")) == "SE"
    assert country_of(_doc("Kommunerne kan søge.", language="da")) == "DK"


def test_english_page_without_a_nordic_domain_has_no_country():
    assert (
        country_of(
            _doc("Private individuals are not eligible.", language="en", url="https://ndpculture.org/x")
        )
        is None
    )


def test_a_finnish_domain_is_not_taken_for_sweden():
    assert (
        country_of(
            _doc("Bidrag kan sökas av föreningar.", language="sv", url="https://www.kronoby.fi/bidrag")
        )
        is None
    )


def test_domain_name_takes_the_texts_own_spelling():
    doc = _doc(
        "Søk om prosjekttilskot\n\nØygarden kommune\nTelefon 56 16 00 00",
        "nn",
        "https://www.oygarden.kommune.no/x",
    )
    assert extract_issuer(doc) == "Øygarden kommune"
    doc = _doc("Ansök om medel.", "sv", "https://www.folkhalsomyndigheten.se/x")
    assert extract_issuer(doc) == "Folkhalsomyndigheten"


def test_a_joining_word_belongs_to_the_name_only_before_another_part_of_it():
    # Miljødirektoratet's outdoor-activity call (2020), as scraped
    text = ("Søknadsfristen er 15. januar 2020 for søknader som skal til Miljødirektoratet og for søknader "
            "som skal til Norsk Friluftsliv.")
    assert extract_issuer(_doc(text)) == "Miljødirektoratet"
    assert extract_issuer(_doc("Helse- og omsorgsdepartementet lyser ut 133 millioner kroner.")) == (
        "Helse- og omsorgsdepartementet")
