"""Intent cues in five languages."""

import pytest

from bot.intents import classify_intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Når er søknadsfristen for å bli fyrtårnskommune?", "deadline"),
        ("Kva er søknadsfristen for tilskotet?", "deadline"),
        ("När är sista dag att ansöka om medel?", "deadline"),
        ("Hvornår er ansøgningsfristen?", "deadline"),
        ("When is the deadline?", "deadline"),
        ("Kan vi fortsatt søke om å bli fyrtårnskommune?", "deadline"),
        ("Hvem kan jeg kontakte om tilskuddet?", "contact"),
        ("Vem är kontaktperson för ansökan?", "contact"),
        ("Hvor skal søknaden sendes?", "how_to_apply"),
        ("Vart ska ansökan om stimulansmedel för IT-samverkan skickas?", "how_to_apply"),
        ("Hvem behandler søknadene?", "how_to_apply"),
        ("Kven kan søkje om pengane?", "applicants"),
        ("Vilka kan söka pengarna?", "applicants"),
        ("Kan kommuner og sykehus søke sammen?", "applicants"),
        ("Hvor mye penger er satt av?", "amount"),
        ("Hur mycket kan ett län med 275 000 invånare få?", "amount"),
        ("Hvor mange penge er der i alt til fordeling?", "amount"),
        ("Hva er formålet med tilskuddsordningen?", "criteria"),
        ("Hvor mange fyrtårnskommuner skal velges ut?", "criteria"),
        ("Kan vi søke?", "eligibility"),
        ("Kan vi ansöka?", "eligibility"),
        ("Can we apply?", "eligibility"),
        ("Hva blir været i Oslo i morgen?", "other"),
        ("Give me a recipe for pancakes.", "other"),
    ],
)
def test_question_gets_the_intent_its_cue_words_say(question, intent):
    assert classify_intent(question) == intent


def test_question_about_a_contact_email_is_a_contact_question_not_a_deadline():
    assert classify_intent("Til hvilken e-postadresse skal fakturaen sendes innen fristen?") == "contact"
