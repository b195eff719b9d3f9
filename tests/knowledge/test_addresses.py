"""Application address: where and how the application is sent, as a verbatim span of the text."""

from __future__ import annotations

from pathlib import Path

from knowledge.addresses import extract_application_address
from knowledge.documents import build_document
from knowledge.loaders import load_file
from knowledge.models import Document

SAMPLE = Path(__file__).resolve().parents[2] / "knowledge" / "sample"


def _sample(name: str) -> Document:
    return build_document(load_file(SAMPLE / name))


def _doc(text: str, language: str = "nb") -> Document:
    return Document(source="t.md", title="t", text=text, language=language, content_hash="x")


def _address(doc: Document) -> str | None:
    fact = extract_application_address(doc)
    return fact.text if fact else None


def test_written_application_goes_to_the_postal_address_after_the_cue():
    doc = _sample("000_1de9e93bc0097409.txt")
    fact = extract_application_address(doc)
    assert fact.text.startswith("Sosial- og helsedirektoratet")
    assert fact.text.endswith("Postboks 8054 Dep. 0031 Oslo")
    assert fact.text in doc.text and fact.quote in doc.text


def test_swedish_address_block_keeps_attention_line_and_alternative_email():
    doc = _sample("001_1a68e8f698feec8c.txt")
    text = _address(doc)
    assert "118 82 STOCKHOLM" in text and "Agneta.marmestrand@skl.se" in text
    assert text in doc.text


def test_announcement_without_a_sending_instruction_has_no_address():
    assert extract_application_address(_sample("002_56ff6eb9f7905725.txt")) is None
    assert extract_application_address(_sample("004_6658acab72c1650a.txt")) is None


def test_danish_block_address_is_preferred_over_the_email_alternative():
    doc = _doc(
        "Ansøgning sendes til:\nSundheds- og Ældreministeriet\nCenter for Sundhedspolitik og sundhedsdata\n"
        "Holbergsgade 6\nDK-1057 København K\nAtt.: Laura Toftegaard Pedersen\n\nEller på e-mail til:\n"
        "sum@sum.dk og ltpe@sum.dk\n",
        language="da",
    )
    text = _address(doc)
    assert (
        text.startswith("Sundheds- og Ældreministeriet") and "Holbergsgade 6" in text and "sum@sum.dk" in text
    )


def test_postal_copy_of_a_signed_form_goes_to_the_box_address():
    doc = _doc(
        "Ansökan görs online via webbformulär. Ett undertecknat original av blanketten skickas med post "
        "till Folkhälsomyndigheten, Box 505, 831 26 Östersund.",
        language="sv",
    )
    assert _address(doc) == "Folkhälsomyndigheten, Box 505, 831 26 Östersund"


def test_application_sent_by_email_gives_the_recipient_and_address():
    doc = _doc(
        "Ansøgning, budget og eventuelle bilag sendes til Center for Ældreliv og Innovation på "
        "aeldrefaellesskaber@kk.dk.",
        language="da",
    )
    assert _address(doc) == "Center for Ældreliv og Innovation på aeldrefaellesskaber@kk.dk"


def test_email_after_a_colon_is_the_address_itself():
    doc = _doc(
        "Ansøgningsmaterialet skal indsendes på e-mail: sum@sum.dk, mrk. Udlodningsmidler.", language="da"
    )
    assert _address(doc) == "sum@sum.dk"


def test_portal_sentence_is_the_address_when_no_postal_or_email_is_given():
    doc = _doc(
        "Krav til søknaden\n\nSøknadar skal registrerast elektronisk på www.regionalforvaltning.no", "nn"
    )
    assert _address(doc) == "Søknadar skal registrerast elektronisk på www.regionalforvaltning.no"


def test_e_service_named_with_via_is_an_address():
    doc = _doc(
        "Vilka som kan rekvirera\n\nSamtliga regioner.\n\nRekvisition görs via Socialstyrelsens e-tjänst.",
        "sv",
    )
    assert _address(doc) == "Rekvisition görs via Socialstyrelsens e-tjänst."


def test_site_search_banner_is_not_an_application_channel():
    doc = _doc("Vi har just nu problem med sökfunktionen på webbplatsen", language="sv")
    assert extract_application_address(doc) is None


def test_a_guide_mentioned_on_a_website_is_not_where_to_apply():
    doc = _doc("Se veileder for søknadsprosess og bruk av investeringstilskudd på husbanken.no.")
    assert extract_application_address(doc) is None


def test_danish_application_through_the_application_portal():
    doc = _doc("Ansøgning skal ske via ansøgningsportalen.", language="da")
    assert _address(doc) == "Ansøgning skal ske via ansøgningsportalen."


def test_a_year_after_a_date_is_not_a_postcode():
    doc = _doc("Søknaden sendes innen 1. mars 2024 Kontaktperson for ordningen er Kari Nordmann.")
    assert extract_application_address(doc) is None
