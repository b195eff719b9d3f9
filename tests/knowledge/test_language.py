"""Language detection: documents, passages and short user questions."""

from __future__ import annotations

import pytest

from knowledge.language import detect_language


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Hvem kan søke om midlene?", "nb"),
        ("Hvor mye kan en kommune få?", "nb"),
        ("Kven kan søkje om tilskotet?", "nn"),
        ("Kor mykje kan kvar kommune få?", "nn"),
        ("Vem kan ansöka om statsbidraget?", "sv"),
        ("Hur mycket pengar finns att söka?", "sv"),
        ("Hvornår er ansøgningsfristen?", "da"),
        ("Hvilke organisationer kan søge puljen?", "da"),
        ("When is the application deadline?", "en"),
        ("Who can apply for the grant?", "en"),
    ],
)
def test_short_questions_get_their_language(question, language):
    assert detect_language(question) == language


def test_a_nordic_name_in_brackets_does_not_change_an_english_question():
    assert (
        detect_language("Where do I apply for the elderly-friendly towns pool (Ældrevenlige byer)?") == "en"
    )


def test_a_danish_name_inside_a_swedish_question_does_not_make_it_danish():
    assert detect_language("Vilka kan söka den danska poolen Ældrevenlige byer?") == "sv"


def test_norwegian_question_valid_in_both_standards_is_bokmal():
    assert detect_language("Når er søknadsfristen?") == "nb"


def test_danish_and_bokmal_are_told_apart_by_their_function_words():
    assert detect_language("Hvor meget kan man søge om, og hvornår udbetales tilskuddet?") == "da"
    assert detect_language("Hvor mye kan man søke om, og når blir tilskuddet utbetalt?") == "nb"


def test_passages_from_real_pages():
    # Quoted from corpus pages (Helsedirektoratet, Socialstyrelsen, Sundhedsstyrelsen, Fylkesmannen).
    assert (
        detect_language(
            "Søknaden skal undertegnes av rådmannen eller den vedkommende har delegert myndigheten til."
        )
        == "nb"
    )
    assert (
        detect_language("Rekvisition görs via Socialstyrelsens e-tjänst senast den 15 augusti 2024.") == "sv"
    )
    assert (
        detect_language(
            "Ansøgning inkl. budgetskemaer skal sendes på e-mail og være Sundhedsstyrelsen i hænde senest torsdag den 25. november 2021 kl. 12.00"
        )
        == "da"
    )
    assert (
        detect_language(
            "Bruk søknadsskjema på H-dir. si side. Søknadsskjemaet er i bruk, sjølv om ordinær søknadsfrist var 1. mars."
        )
        == "nn"
    )


def test_text_without_words_gets_the_default():
    assert detect_language("  2024-05-08 ", default="sv") == "sv"
    assert detect_language("") == "nb"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("How much is Tilskudd til inkludering av barn og unge?", "en"),
        ("Who can apply to Puljen til Ældrefællesskaber?", "en"),
        ("Hvornår er fristen for Tilskudd til inkludering av barn?", "da"),
        ("Hur mycket kan vi söka från Tilskudd til inkludering av barn?", "sv"),
        ("Hvor mye kan vi søke fra Puljen til Ældrefællesskaber?", "nb"),
    ],
)
def test_a_grant_name_in_another_language_does_not_decide(question, language):
    assert detect_language(question) == language


@pytest.mark.parametrize(
    "question",
    [
        "Hvem kan jeg kontakte om Transportministeriets cykelpulje 2009?",
        "Hvem kan vi kontakte om Interreg Central Baltics første indkaldelse i 2022?",
        "Er der en kontaktperson for DIF og DGI's foreningspulje på Vesthimmerlands foreningsportal?",
    ],
)
def test_a_danish_question_opening_like_a_norwegian_one_is_danish(question):
    # The opening words are valid in both; the rest of the question is Danish.
    assert detect_language(question) == "da"


def test_a_norwegian_question_about_a_swedish_named_call_is_norwegian():
    assert detect_language("Hvem er kontaktperson for utlysningen Coacher för energi och klimat 2017?") == "nb"


def test_a_swedish_question_naming_a_norwegian_place_is_swedish():
    assert detect_language("Vem kan man kontakta i Ørsta om bidrag till friluftsaktiviteter?") == "sv"
