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
        ("Hvor mange prosjekter får midler i den nye tildelingen?", "criteria"),
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


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Hur mycket förfogar länsstyrelsen över för flyktingguider och familjekontakter?", "amount"),
        ("Sista ansökningsdatum för medel till flyktingguider och familjekontakter?", "deadline"),
        ("Who may apply for the LONA funding with the December 2021 deadline?", "applicants"),
        ("What is the maximum grant share according to the page with the 1 December deadline?", "amount"),
    ],
)
def test_the_cue_that_comes_first_wins_over_words_in_the_grants_name(question, intent):
    assert classify_intent(question) == intent


@pytest.mark.parametrize(
    "question",
    ["Hvem kan søke midler til kontaktskapende arbeid?", "Who can apply for contact-building activities?"],
)
def test_contact_inside_a_compound_is_not_a_contact_question(question):
    assert classify_intent(question) == "applicants"


@pytest.mark.parametrize(
    "question",
    [
        "Kan enkeltpersoner og foreninger søge veteranpuljen på 8 mio. kr.?",
        "Kan frivillige organisasjoner søke tilskuddet?",
        "Can municipalities and companies apply for the grant?",
        "Kan en dansk kommune være partner i programmet?",
        "Does a sports club have to be a member of the federation to apply?",
        "Who can be the applicant in the co-funding scheme?",
        "Hvem kan sende søknad om investeringstilskudd?",
        "Who is the culture grant meant for?",
    ],
)
def test_a_yes_no_question_about_a_kind_of_applicant_asks_who_may_apply(question):
    assert classify_intent(question) == "applicants"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Vem är handläggare för Klimatklivet?", "contact"),
        ("Who are the case officers for the call?", "contact"),
        ("Vem ger tilläggsinformation om understödet?", "contact"),
        ("Vem kan jag prata med om bidraget?", "contact"),
        ("Kven kan eg spørje om ordninga?", "contact"),
        ("Vilken e-tjänst används för ansökan?", "how_to_apply"),
        ("Hvem i kommunen kan svare på spørsmål om tilskuddet?", "contact"),
        ("What number do I call to get the application form?", "contact"),
        ("Hvem skal søknaden sendes til?", "how_to_apply"),
        ("Till vilken e-postadress skickas ansökan?", "how_to_apply"),
        ("What postal address should the application be sent to?", "how_to_apply"),
        ("Which form should be used when applying?", "how_to_apply"),
        ("Kvar kan vi finne søknadsskjemaet?", "how_to_apply"),
        ("När var sista ansökningsdag för statsbidraget?", "deadline"),
        ("Hur länge kan man söka?", "deadline"),
        ("What share of the project costs can the grant cover?", "amount"),
        ("Vad är det lägsta bidraget man kan få?", "amount"),
        ("What hourly rate is used to calculate the grant?", "amount"),
        ("What does the municipality pay per square metre?", "amount"),
        ("Hvor mange decentrale erhvervsfremmemidler er der i runden?", "amount"),
    ],
)
def test_question_words_with_their_object_say_what_is_asked(question, intent):
    assert classify_intent(question) == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Kven kan eg ringje til om tilskotet?", "contact"),  # nynorsk "ringje" is bokmål "ringe"
        ("Hva kan man få tilskudd til?", "criteria"),  # what it is for, the preposition last
        ("Må vi ha egenandel?", "amount"),  # the applicant's own share is a share of the money
        ("Krävs medfinansiering?", "amount"),
        ("Is co-financing required?", "amount"),
        ("Hva er tilskudd til inkludering av barn?", "overview"),  # "til" before the topic asks nothing
    ],
)
def test_own_share_what_for_and_nynorsk_calls_are_read(question, intent):
    assert classify_intent(question) == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Who qualifies for funding?", "applicants"),
        ("What is the application process?", "how_to_apply"),
        ("Hvordan er søknadsprosessen?", "how_to_apply"),
        ("Hva går fyrtårnsordningen ut på?", "overview"),  # what it is, not when something runs out
        ("Hvad går puljen ud på?", "overview"),
        ("Når går fristen ut?", "deadline"),
    ],
)
def test_who_qualifies_the_application_process_and_what_a_scheme_is_about_are_read(question, intent):
    assert classify_intent(question) == intent
