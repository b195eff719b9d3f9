"""Contacts: the people and channels an announcement gives for questions about the grant."""

from __future__ import annotations

from pathlib import Path

from knowledge.contacts import extract_contacts
from knowledge.documents import build_document
from knowledge.loaders import load_file
from knowledge.models import Document

SAMPLE = Path(__file__).resolve().parents[2] / "knowledge" / "sample"


def _sample(name: str) -> Document:
    return build_document(load_file(SAMPLE / name))


def _doc(text: str, language: str = "nb", url: str | None = None) -> Document:
    return Document(source="t.md", title="t", text=text, language=language, content_hash="x", url=url)


def _phones(doc: Document) -> set[str]:
    return {c.phone for c in extract_contacts(doc) if c.phone}


def test_contact_persons_line_gives_each_name_with_its_phone_in_e164():
    contacts = extract_contacts(_sample("000_1de9e93bc0097409.txt"))
    pairs = {(c.name, c.phone) for c in contacts}
    assert ("Ann-Kristin Endal", "+4799740740") in pairs
    assert ("Ellen Strålberg", "+4725163000") in pairs


def test_every_contact_quote_is_a_span_of_the_document():
    doc = _sample("000_1de9e93bc0097409.txt")
    assert all(c.quote in doc.text for c in extract_contacts(doc))


def test_footer_switchboard_is_not_a_grant_contact():
    doc = _sample("004_6658acab72c1650a.txt")
    assert not [c for c in extract_contacts(doc) if c.phone or c.email]


def test_minister_quoted_in_press_release_is_not_a_contact():
    assert extract_contacts(_sample("002_56ff6eb9f7905725.txt")) == []


def test_attention_line_and_alternative_email_make_one_contact():
    contacts = extract_contacts(_sample("001_1a68e8f698feec8c.txt"))
    assert [(c.name, c.email) for c in contacts] == [("Agneta Marmestrand", "agneta.marmestrand@skl.se")]


def test_kontakt_gjerne_sentence_gives_name_phone_and_email():
    doc = _doc(
        "Søknadsfristen for kommunene i Telemark er 15. mai 2018.\n\nHar du spørsmål?\n\n"
        "Kontakt gjerne prosjektleder Inger Elisabeth Borge på tlf. 47 64 54 95 eller e-post "
        "inger.elisabeth.borge@t-fk.no dersom dere har spørsmål."
    )
    [c] = extract_contacts(doc)
    assert (c.name, c.phone, c.email) == (
        "Inger Elisabeth Borge",
        "+4747645495",
        "inger.elisabeth.borge@t-fk.no",
    )


def test_name_lines_with_title_and_labelled_details_are_contacts_without_a_cue():
    doc = _doc(
        "Ansökan skickas in senast den 7 april 2021 till diariet@regionvasterbotten.se.\n\n"
        "Maria Falck Enhetschef\nE-post\nmaria.falck@regionvasterbotten.se\nTelefon\n090-785 71 93\n"
        "Jonathan Lundberg Nämndsekreterare, utredare\nE-post\njonathan.lundberg@regionvasterbotten.se\n"
        "Mobil\n073- 030 57 95",
        language="sv",
    )
    got = {(c.name, c.phone) for c in extract_contacts(doc)}
    assert got == {("Maria Falck", "+46907857193"), ("Jonathan Lundberg", "+46730305795")}


def test_application_inbox_is_not_a_contact():
    doc = _doc(
        "Ansøgning, budget og eventuelle bilag sendes til Center for Ældreliv og Innovation på "
        "aeldrefaellesskaber@kk.dk.",
        language="da",
    )
    assert extract_contacts(doc) == []


def test_site_contact_block_with_company_register_number_is_left_out():
    doc = _doc(
        "Puljen kan søges af regionerne.\n\nVed spørgsmål kontakt:\nLaura Toftegaard Pedersen\n"
        "mail: ltpe@sum.dk\nTlf.: 72 26 94 62\n\nKontaktinformation\n\nHolbergsgade 6\n1057 København K\n"
        "| tlf: 72269000\n| EAN: 5798000362055\n",
        language="da",
    )
    assert _phones(doc) == {"+4572269462"}


def test_banner_hotline_above_the_announcement_is_not_a_grant_contact():
    doc = _doc(
        "Informasjon om koronaviruset\n\nRing koronatelefon 56 16 00 10 ved behov for koronatest, "
        "spørsmål om karantene, isolasjon eller anna.\n\nSøk om prosjekttilskot\n\nTilskotssum: kr. 300.000,-",
        language="nn",
    )
    assert _phones(doc) == set()


def test_swedish_area_code_numbers_get_the_country_code_from_the_domain():
    doc = _doc(
        "Föreningar kan söka bidrag. Är det något ni funderar över hör gärna av er till "
        "annelie.bygden@vll.se, telefon: 0950-39465.",
        language="sv",
        url="https://www.vll.se/visionsmedel",
    )
    [c] = extract_contacts(doc)
    assert (c.phone, c.email) == ("+4695039465", "annelie.bygden@vll.se")


def test_contact_heading_with_a_unit_name_only_gives_a_named_contact():
    doc = _doc("Ansøgningspuljen kan søges af kommuner.\n\nKontakt\n\nTilskudsadministration", language="da")
    assert [(c.name, c.phone, c.email) for c in extract_contacts(doc)] == [
        ("Tilskudsadministration", None, None)
    ]


def test_ta_kontakt_med_a_body_names_that_body():
    doc = _doc("Ta kontakt med Husbanken for spørsmål vedrørende endringen i ordningen.")
    assert [c.name for c in extract_contacts(doc)] == ["Husbanken"]


def test_contact_us_points_to_the_issuer():
    doc = _doc(
        "Husbanken oppfordrer kommunene til å kontakte oss så tidlig som mulig i planleggingsprosessen.",
        url="https://husbanken.no/kommunale-tilskudd/investeringstilskudd/",
    )
    assert [c.name for c in extract_contacts(doc)] == ["Husbanken"]


def test_site_wide_contact_us_footer_is_not_a_grant_contact():
    doc = _doc(
        "Søk om tilskudd innen 1. mars. Tilskuddet skal styrke habilitering og rehabilitering i kommunene, "
        "og søknaden skal inneholde budsjett og prosjektbeskrivelse.\n\nKontakt oss\nTelefon: 810 20 050\n"
        "postmottak@helsedir.no\n"
    )
    assert extract_contacts(doc) == []


def test_questions_answered_by_named_officer_in_swedish():
    doc = _doc(
        "Statsbidrag kan sökas av kommuner. Frågor besvaras av handläggare Anna Svensson, 08-555 123 45, "
        "anna.svensson@socialstyrelsen.se",
        language="sv",
    )
    [c] = extract_contacts(doc)
    assert (c.name, c.phone) == ("Anna Svensson", "+46855512345")


def test_application_inbox_in_a_sentence_naming_a_contact_person_is_not_a_contact():
    doc = _doc("Søknaden skal inneholde navn på kontaktperson og sendes til postmottak@statsforvalteren.no.")
    assert extract_contacts(doc) == []


def test_press_officer_of_a_ministry_is_not_a_grant_contact():
    doc = _doc(
        "Kommunene kan søke om støtte til samhandling.\n\nKontakt:\nPressevakt i Helse- og omsorgsdepartementet, "
        "tlf. 22 24 90 90"
    )
    assert _phones(doc) == set()


def test_phone_formats_of_the_three_countries_become_e164():
    from knowledge.phones import find_phones

    assert [p.e164 for p in find_phones("Ring (+47) 22 00 00 00 eller 99 740 740", "NO")] == [
        "+4722000000",
        "+4799740740",
    ]
    assert [p.e164 for p in find_phones("08-452 70 00, +46 (0)8 555 12 34, 073- 030 57 95", "SE")] == [
        "+4684527000",
        "+4685551234",
        "+46730305795",
    ]
    assert [p.e164 for p in find_phones("tlf. 72 22 74 00", "DK")] == ["+4572227400"]


def test_dates_periods_and_budget_codes_are_not_phone_numbers():
    from knowledge.phones import find_phones

    text = "Søknadsfrist: 01.03.2018 23:59:00. Statsbudsjettet 765.60 og EEA Grants 2014-2021, 24 000 000 kr"
    assert find_phones(text, "NO") == []


def test_line_starting_with_a_name_and_title_gives_that_persons_phone():
    doc = _doc("Tilskudd til kommuner.\n\nKari Nordmann, seniorrådgiver, tlf. 22 24 90 90")
    assert [(c.name, c.phone) for c in extract_contacts(doc)] == [("Kari Nordmann", "+4722249090")]


def test_organisation_postal_block_with_switchboard_is_not_a_grant_contact():
    doc = _doc(
        "Puljen kan søges af regionerne.\n\nKontaktinformation\n\nHolbergsgade 6\n1057 København K\n| tlf: 72269000\n",
        language="da",
    )
    assert _phones(doc) == set()


def test_finnish_numbers_on_a_swedish_language_page_from_finland_are_finnish():
    # Raseborgs stad, allmänna bidrag 2017.
    text = (
        "Kulturnämnden fördelar allmänna kulturunderstöd och projektbidrag åt föreningar. "
        "Närmare information ger kultursekreterare Lotta Lerviks, tfn 019 289 2781."
    )
    doc = _doc(text, "sv", url="https://etjanster.raseborg.fi/sv/allmanna-bidrag-2017")
    assert {(c.name, c.phone) for c in extract_contacts(doc) if c.phone} == {("Lotta Lerviks", "+358192892781")}


def test_a_page_without_url_takes_the_region_of_its_addresses():
    # Väståbolands stad 2010: the e-mail domain says Finland.
    text = (
        "Ansökan om understöd lämnas till kulturkansliet, kultur@parainen.fi.\n\n"
        "Tilläggsinformation ges av kulturchef Ann-Sofie Isaksson 050 5962601 (ungdom, kultur)."
    )
    assert _phones(_doc(text, "sv")) == {"+358505962601"}


def test_a_number_labelled_in_a_sentence_is_offered_to_the_reader():
    # Middelfart Kommune, kulturpuljen.
    text = (
        "Ansøgningsskema kan rekvireres hos Stab, Kultur og Fritidsafdelingen på tlf. 8888 5500 eller via sikker mail:"
    )
    assert _phones(_doc(text, "da")) == {"+4588885500"}


def test_an_office_switchboard_line_is_no_contact():
    # Øygarden kommune, prosjekttilskot: the page ends with the municipality's switchboard.
    text = "Søknadane vert handsama i Utval for tenester og levekår.\n\nØygarden kommune\nTelefon 56 16 00 00"
    assert _phones(_doc(text, "nn")) == set()


def test_a_plus_sign_apart_from_its_digits_is_still_an_international_number():
    # Sametinget, tilskudd til regionalutviklingsprosjekter.
    text = "Kontaktpersoner: Per A. Bær, + 47 78 47 41 80, Nanni Mari Westerfjeld, tlf: +47 78 47 40 25"
    pairs = {(c.name, c.phone) for c in extract_contacts(_doc(text))}
    assert ("Per A. Bær", "+4778474180") in pairs
    assert ("Nanni Mari Westerfjeld", "+4778474025") in pairs


def test_names_in_a_contact_sentence_are_contacts_even_without_a_number():
    # Landbruksdirektoratet 2024; Länsstyrelsen i Norrbotten, Klimatklivet.
    names = {c.name for c in extract_contacts(_doc("Kontakt saksbehandlarar for ordninga: Tobias Høyvik og Eline Kvamme Hagen", "nn"))}
    assert {"Tobias Høyvik", "Eline Kvamme Hagen"} <= names
    text = (
        "— Vi uppmanar sökande att kontakta oss för rådgivning i god tid innan ansökan lämnas in, säger Ida "
        "Wanhatalo, handläggare för Klimatklivet på Länsstyrelsen i Norrbottens län."
    )
    assert "Ida Wanhatalo" in {c.name for c in extract_contacts(_doc(text, "sv"))}


def test_the_unit_that_us_stands_for_is_the_contact():
    # Nasjonalbiblioteket, arenamidler 2015 (Sogn og Fjordane).
    text = "Ta gjerne kontakt med oss i fylkesbiblioteket om du vil diskutere idear og tankar!"
    assert "fylkesbiblioteket" in {c.name for c in extract_contacts(_doc(text, "nn"))}


def test_a_unit_after_a_title_is_not_the_persons_name():
    # Narvik kommune, tilskudd til kulturbygg.
    text = (
        "Kontaktinformasjon\nNarvik kommune\nAnsvarlig: Thomas Breivik, Konsulent Enhet Kultur\n"
        "Telefon: 472 33 988\nE-post: thomas.breivik@narvik.kommune.no"
    )
    pairs = {(c.name, c.phone) for c in extract_contacts(_doc(text))}
    assert ("Thomas Breivik", "+4747233988") in pairs


def test_an_address_to_write_to_in_a_sentence_is_a_contact():
    # Københavns Kommune, § 18-puljen 2025.
    text = "Du kan skrive til § 18-indbakken paragraf18@kk.dk for at få fremsendt linket til mødet."
    assert "paragraf18@kk.dk" in {c.email for c in extract_contacts(_doc(text, "da"))}


def test_an_address_under_its_label_belongs_to_the_person_just_above():
    text = "Søknaden behandles av rådgiver Kari Nordmann.\nMail:\nkari.nordmann@example.no\n"
    assert {(c.name, c.email) for c in extract_contacts(_doc(text))} == {("Kari Nordmann", "kari.nordmann@example.no")}


def test_a_labelled_switchboard_under_an_office_is_no_contact():
    text = "Søknadane vert handsama i Utval for tenester.\n\nØygarden kommune\nTelefon:\n56 16 00 00"
    assert _phones(_doc(text, "nn")) == set()


def test_a_title_case_heading_in_a_contact_sentence_is_not_a_person():
    # Nordplus 2016 call for applications.
    text = "For more information, please read The Nordplus Handbook or contact the Nordplus office."
    assert not any(c.name and "Handbook" in c.name for c in extract_contacts(_doc(text, "en")))


def test_a_link_to_a_foreign_site_does_not_change_the_numbers_region():
    text = "Se også www.example.de.\n\nHar du spørsmål, ta kontakt med Kari Nordmann på tlf. 22 24 90 90."
    assert _phones(_doc(text)) == {"+4722249090"}
