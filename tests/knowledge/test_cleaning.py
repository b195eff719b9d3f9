"""Cleaning keeps the announcement and drops page chrome, footers and scraping noise, verbatim."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.cleaning import clean_text
from knowledge.sentences import split_sentences

SAMPLE = Path(__file__).resolve().parents[2] / "knowledge" / "sample"


def _seed(prefix: str) -> str:
    return next(SAMPLE.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_cleaned_sentence_is_verbatim_in_the_source(prefix):
    raw = _seed(prefix)
    cleaned = clean_text(raw)
    assert cleaned.strip()
    for sentence in split_sentences(cleaned):
        assert sentence.text in raw


def test_about_the_organisation_block_after_the_content_is_removed():
    cleaned = clean_text(_seed("000"))
    assert "Om oss" not in cleaned
    assert "Helsedirektoratet er eit fagdirektorat" not in cleaned
    assert "Frist for søknad er mandag 6. september 2004." in cleaned


def test_contact_people_of_the_announcement_are_kept():
    cleaned = clean_text(_seed("000"))
    assert "Kontaktpersoner: Ann-Kristin Endal 99 740 740 / Ellen Strålberg: 25 16 30 00" in cleaned


def test_mailing_list_signature_after_a_dashed_rule_is_removed():
    cleaned = clean_text(_seed("000"))
    assert "Waymaker" not in cleaned and "-----" not in cleaned


def test_title_repeated_at_the_start_of_the_body_is_removed():
    cleaned = clean_text(_seed("000"))
    assert cleaned.count("To millioner tilskuddkroner til kommuner som satser elektronisk") == 1
    assert "\nSosial- og helsedirektoratet har i 2004 satt av" in cleaned


def test_repeated_title_line_is_removed():
    cleaned = clean_text(_seed("003"))
    assert cleaned.count("Øker tilskuddet i Helseteknologiordningen\n") == 1
    assert not cleaned.rstrip().endswith("Arkiv")


def test_navigation_and_social_links_are_removed():
    cleaned = clean_text(_seed("002"))
    assert "Historisk arkiv" not in cleaned
    assert "Publisert under:" not in cleaned
    assert "Facebook" not in cleaned and "Twitter" not in cleaned
    assert cleaned.startswith("133 millioner kroner til samhandling")
    assert "Utgiver: Helse- og omsorgsdepartementet" in cleaned
    assert "Søknadsfristene er 24.mars og 1.august." in cleaned


def test_editorial_footer_is_removed():
    cleaned = clean_text(_seed("004"))
    for chrome in (
        "Ansvarlig redaktør",
        "Redaksjonssjef",
        "Møllergata 10",
        "23 06 40 00",
        "personvernpolicy",
    ):
        assert chrome not in cleaned
    assert "sier leder i Omstillingsenheten, Anne-Grethe Krogh til Fagbladet." in cleaned


def test_shell_file_listing_before_list_items_is_removed():
    cleaned = clean_text(_seed("004"))
    assert "config.properties" not in cleaned and "README.md" not in cleaned
    assert "\n50 millioner for å bidra til økt samhandling" in cleaned
    assert "\n5 millioner til samhandlingsprosjekter under «Opptrappingsplan for rusfeltet»." in cleaned


def test_concatenated_timestamps_are_removed():
    assert "2008100712251820131216070446" not in clean_text(_seed("004"))


def test_letter_with_addressees_keeps_all_its_content():
    raw = _seed("001")
    cleaned = clean_text(raw)
    assert "Möjlighet att ansöka om pengar för regional kommun-samverkan inom IT-området" in cleaned
    assert "Agneta.marmestrand@skl.se" in cleaned
    assert len(cleaned) > 0.95 * len(raw.strip())


def test_svg_junk_and_skip_links_are_removed():
    # Opening of a Sundhedsstyrelsen page as scraped.
    raw = (
        'xmlns="http://www.w3.org/2000/svg" viewBox="0 0 54 54">\n'
        "Gå til indhold\n"
        "English\n\n"
        "Sundhedsfremme og sygdomsforebyggelse 2022\n\n"
        "Sundhedsstyrelsen inviterer hermed private landsdækkende non-profit foreninger og organisationer "
        "til at ansøge om midler.\n"
    )
    assert clean_text(raw).startswith(
        "Sundhedsfremme og sygdomsforebyggelse 2022\n\nSundhedsstyrelsen inviterer"
    )


def test_cookie_and_browser_notices_are_removed():
    # Opening of a Boverket page as scraped.
    raw = (
        'På Boverket.se används cookies för att webbplatsens funktioner ska visas korrekt. Klicka på "Jag '
        'förstår-knappen" för att acceptera att cookies används. Läs mer om Cookies\n\n'
        "Från den 12 maj 2021 fungerar inte vår webbplats med din nuvarande webbläsare Internet Explorer. "
        "Uppgradera till en nyare webbläsare för att använda vår webbplats.\n\n"
        "Gå till sidans meny Gå till sidans innehåll\n\n"
        "Statsbidrag för ökat bostadsbyggande\n"
    )
    assert clean_text(raw) == "Statsbidrag för ökat bostadsbyggande\n"


def test_page_feedback_widget_and_last_updated_lines_are_removed():
    raw = (
        "Mål for ordningen\n\nStimulere til innovative anskaffelser av velferdsteknologi.\n\n"
        "Søknader behandles fortløpende. Søknader som kommer inn etter fristen kan avvises.\n\n"
        "Sidst opdateret 16-03-2017\n\nFant du det du lette etter?\n"
    )
    cleaned = clean_text(raw)
    assert "Fant du" not in cleaned and "opdateret" not in cleaned
    assert cleaned.endswith("Søknader som kommer inn etter fristen kan avvises.\n")


def test_menu_bars_and_image_captions_are_removed():
    raw = (
        "Ring koronatelefon 56 16 00 10 ved behov for koronatest.\n"
        "Alt om koronaviruset | Vaksinasjon | Hurtigtest | Smitteverntiltak | Smittetal/statistikk\n\n"
        "Barn leiker med såpebobbler - Klikk for stort bileteBarn som leikar seg Pixabay.com\n\n"
        "Søk om prosjekttilskot\n"
    )
    assert (
        clean_text(raw)
        == "Ring koronatelefon 56 16 00 10 ved behov for koronatest.\n\nSøk om prosjekttilskot\n"
    )


def test_heading_that_starts_with_om_but_is_about_the_grant_is_kept():
    raw = "Om tilskuddsordningen\n\nBeløp: 291,985 mill.kr (2019).\n\nOm tilskotet\n\nProsjekttilskot gjeld tiltak.\n"
    assert clean_text(raw) == raw


def test_table_rows_are_never_taken_for_menus():
    raw = "Tildelte midler\nKommune | Prosjekt | Beløp\nBardu | Kompetansenettverk | 700 000\nLurøy | Hjemmeoppfølging | 400 000\n"
    assert clean_text(raw) == raw


def test_a_line_equal_to_the_title_far_below_the_top_is_content():
    body = "".join(f"Avsnitt {n} om tilskuddet til kommunene.\n" for n in range(12))
    raw = "Søknadsfrist\n" + body + "Søknadsfrist\n1. mars 2024\n"
    assert clean_text(raw).endswith("Søknadsfrist\n1. mars 2024\n")


def test_footer_links_at_the_end_of_a_page_are_removed():
    raw = (
        "Statsbidrag till regioner\n\nRekvisition görs via Socialstyrelsens e-tjänst senast den 15 augusti 2024.\n\n"
        "Återrapportering ska ske i april 2025.\n\nTillgänglighetsredogörelse\nIntegritetspolicy\nOm webbplatsen\n"
    )
    assert clean_text(raw).endswith("Återrapportering ska ske i april 2025.\n")
