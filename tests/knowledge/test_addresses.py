"""Application address: where and how the application is sent, as a verbatim span of the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.addresses import describes_procedure, extract_application_address
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


def test_postal_copy_of_a_signed_form_keeps_the_web_form_stated_beside_it():
    doc = _doc(
        "Ansökan görs online via webbformulär. Ett undertecknat original av blanketten skickas med post "
        "till Folkhälsomyndigheten, Box 505, 831 26 Östersund.",
        language="sv",
    )
    assert _address(doc) == (
        "Ansökan görs online via webbformulär. Ett undertecknat original av blanketten skickas med post "
        "till Folkhälsomyndigheten, Box 505, 831 26 Östersund"
    )


def test_a_postal_address_without_its_own_sentence_follows_the_sending_line():
    # Herøy kommune, trafikksikkerhetsmidler 2016; Forsvaret, 8 mio. puljen 2011.
    doc = _doc(
        "En kort beskrivelse av planlagte tiltak med kostnadsoverslag sendes til;\n\nNordland fylkes "
        "trafikksikkerhetsutvalg\nStatens vegvesen\nPostboks 1403\n8002 BODØ\n"
    )
    assert _address(doc) == "Nordland fylkes trafikksikkerhetsutvalg\nStatens vegvesen\nPostboks 1403\n8002 BODØ"
    doc = _doc(
        "Skriv til:\nForsvarskommandoen\nPersonalstrategisk Afdeling\nDanneskiold-Samsøes Allé 1\n1434 København K\n",
        "da",
    )
    assert "Danneskiold-Samsøes Allé 1\n1434 København K" in _address(doc)


def test_nynorsk_and_finnish_swedish_sending_verbs():
    doc = _doc("Søknad skal sendast til:\n\nFTU Sogn og Fjordane\nStatens vegvesen, Region vest\nAskedalen 4, 6863 Leikanger\n", "nn")
    assert _address(doc).endswith("Askedalen 4, 6863 Leikanger")
    doc = _doc(
        "Ansökningarna om understöd för kultur, idrott och barn och ungdom riktas till Väståbolands stad, "
        "Kulturenheten, Strandvägen 28, 21600 Pargas.",
        "sv",
    )
    assert _address(doc) == "Väståbolands stad, Kulturenheten, Strandvägen 28, 21600 Pargas"


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Søknader skal registreres på departementets felles søknads- og rapporteringsdatabase (ISORD), se lenke til høyre.", "ISORD"),
        ("Søknad om tilskudd skal sendes i Miljødirektoratets elektroniske søknadssenter.", "søknadssenter"),
        ("Søknad om tilskudd sendes i søknadssystemet Digisak.", "Digisak"),
        ("Søknaden må skrivast på norsk og leverast gjennom HK-dir si søknadsplattform Espresso innan fristen.", "Espresso"),
        ("Understöd kan sökas endast via det elektroniska understödssystemet.", "understödssystemet"),
        ("Ni ansöker i Myndigheten för ungdoms- och civilsamhällesfrågors ansökningssystem.", "ansökningssystem"),
        ("Du ansöker via ansökningsformuläret senast 31 oktober inför 2021 års bidrag.", "ansökningsformuläret"),
    ],
)
def test_a_system_or_portal_named_in_a_sentence_about_applying_is_the_channel(text, channel):
    assert channel in _address(_doc(text))


def test_a_web_address_beside_the_application_form_is_where_to_apply():
    # Fylkesmannen i Møre og Romsdal 2013; Narvik kommune.
    doc = _doc("Linken til søknadsskjemaet er https://eskjema.fylkesmannen.no/more/wizard/wizard.jsp?wizardid=547", "nn")
    assert "eskjema.fylkesmannen.no" in _address(doc)
    doc = _doc("Retningslinjer for ordningen kan leses på regjeringen.no og søknadsskjema finner du på anleggsregisteret.no.")
    assert "anleggsregisteret.no" in _address(doc)


def test_a_web_address_on_the_line_after_completes_the_sentence():
    # Gulen kommune, næringsfondet.
    doc = _doc("Søknaden skal leverast elektronisk på nettsida \nwww.regionalforvaltning.no\n\nBedriftsretta tilskot", "nn")
    assert _address(doc).endswith("www.regionalforvaltning.no")


def test_this_portal_points_back_to_the_portal_named_before():
    # Bufdir, universell utforming 2022.
    doc = _doc(
        "Bufdir har nå publisert søknadsskjemaet i søknadsportalen. Alle søknader og eventuelle vedlegg sendes "
        "inn gjennom denne portalen. Du må logge deg inn via ID-porten."
    )
    assert "søknadsportalen" in _address(doc)


def test_an_alternative_channel_in_the_same_paragraph_is_kept():
    # Riksantikvaren, fredete kulturminner i privat eie.
    doc = _doc(
        "Søknad om tilskudd sendes i søknadssystemet Digisak. For søknader som gjelder Svalbard eller Jan Mayen, "
        "sendes søknad til Riksantikvaren, postmottak@ra.no\n\nSøknadsfrist"
    )
    text = _address(doc)
    assert "Digisak" in text and "postmottak@ra.no" in text


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Ansökan ska på fastställd blankett vara Kultur och fritid tillhanda senast den 30 april.", "Kultur och fritid"),
        (
            "Ansøgninger til Landdistriktspuljens anden ansøgningsrunde 2024 skal være Plan- og "
            "Landdistriktsstyrelsen i hænde senest onsdag den 18. september 2024 kl. 12.00",
            "Plan- og Landdistriktsstyrelsen",
        ),
        ("Søknader skal sendes til kommunen innen 15.desember, på søknadsskjema A-09 (se vedlegg).", "søknadsskjema A-09"),
    ],
)
def test_the_office_an_application_goes_to_is_the_answer_when_no_address_is_given(text, office):
    assert office in _address(_doc(text))


def test_a_platform_bought_with_the_grant_is_no_channel():
    # Digitaliseringsstyrelsen, frivilligindsatser med it-hjælp.
    doc = _doc("Der kan fx søges støtte til kurser, udvikling af læringskoncepter eller indkøb af digitale platforme.", "da")
    assert extract_application_address(doc) is None


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


@pytest.mark.parametrize(
    ("text", "language", "channel"),
    [
        ("Skicka ansökan med vanlig post till Arvsfondsavdelningen på Kammarkollegiet.", "sv", "Kammarkollegiet"),
        ("The application is filled in Promas.", "en", "Promas"),
        ("Klikk på lenka for å søkje:\nhttps://www.example.no/soknad\n", "nn", "https://www.example.no/soknad"),
    ],
)
def test_a_channel_named_in_running_text(text, language, channel):
    assert channel in _address(_doc(text, language))


def test_sent_there_points_back_to_the_office_named_before():
    doc = _doc("Søknader behandles av Kulturkontoret i Bodø kommune. Søknaden sendes dit innen 1. mars.")
    assert "Kulturkontoret" in _address(doc)


def test_the_recipient_follows_til_even_after_a_form_named_with_pa():
    doc = _doc("Søknad må sendes på eget skjema til Bodø kommune, Postboks 319, 8001 Bodø.")
    assert _address(doc) == "Bodø kommune, Postboks 319, 8001 Bodø"


def test_english_channels():
    assert _address(_doc("The application should be sent by e-mail to grants@example.org", "en")) == (
        "grants@example.org"
    )
    assert _address(_doc("Use the online application form on our website.", "en")) is not None


def test_a_place_after_applying_is_no_channel():
    assert extract_application_address(_doc("Organisasjoner søker i Norge og Sverige.")) is None


def test_the_portal_that_holds_the_application_form_is_where_to_apply():
    # Gjensidigestiftelsen (2020) and Bufdir via Ålesund kommune (2024), as scraped: no verb says
    # "apply there", but the form is in the portal or on the site named.
    foundation = _doc(
        "Søknadsskjema er tilgjengelig på stiftelsens nettsider, og søknader blir behandlet fortløpende "
        "etter hvert som de kommer inn."
    )
    assert "stiftelsens nettsider" in _address(foundation)
    bufdir = _doc(
        " •  Det kan søkast om tilskot til ulike aktivitetstyper etter kriteria som er fastsett i forskrifta. "
        "Kvar aktivitetstype har eit eige søknadsskjema i søknadsportalen.\n"
    )
    assert "søknadsportalen" in _address(bufdir)


@pytest.mark.parametrize(
    ("sentence", "says_how"),
    [
        ("Understöd kan sökas endast via det elektroniska understödssystemet.", True),
        ("Søknad må vera elektronisk.", True),
        ("For å søke om spillemidler gå inn på www.anleggsregisteret.no", True),
        ("Du ansöker via ansökningsformuläret senast 31 oktober inför 2021 års bidrag.", True),
        # applying named, its means not: who may, when, or another sense of the word
        ("Vem kan söka?", False),
        ("Nu kan kommuner söka medel för att bedriva utökad kommunal energi- och klimatrådgivning.", False),
        ("Research applying a life-course perspective.", False),
    ],
)
def test_a_procedure_is_applying_with_its_means(sentence, says_how):
    assert describes_procedure(sentence) is says_how
