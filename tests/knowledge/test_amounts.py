"""Money amounts read from announcement text, each with its verbatim sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import amounts
from knowledge.amounts import extract_amounts
from knowledge.documents import build_document
from knowledge.loaders import load_file
from knowledge.models import Document

SAMPLE = Path(amounts.__file__).parent / "sample"


def _doc(text: str, language: str = "nb", url: str | None = None) -> Document:
    return Document(source="t.md", title="t", text=text, language=language, content_hash="h", url=url)


def _sample(name: str) -> Document:
    return build_document(load_file(SAMPLE / name))


def _values(doc: Document) -> list[tuple[float, str]]:
    return [(a.value, a.currency) for a in extract_amounts(doc)]


def _one(text: str, language: str = "nb", url: str | None = None):
    facts = extract_amounts(_doc(text, language, url))
    assert len(facts) == 1, facts
    return facts[0]


def test_number_words_with_scale_become_full_value_in_the_bundled_seed():
    facts = extract_amounts(_sample("000_1de9e93bc0097409.txt"))
    total = next(a for a in facts if a.role == "total" and a.text == "to millioner kroner")
    assert (total.value, total.currency) == (2_000_000, "NOK")
    assert "satt av til sammen to millioner kroner" in total.quote


def test_swedish_seed_keeps_the_per_inhabitant_rate_as_a_rate():
    doc = _sample("001_1a68e8f698feec8c.txt")
    facts = extract_amounts(doc)
    assert (10_000_000, "SEK") in _values(doc)
    cap = next(a for a in facts if a.value == 300_000)
    assert (cap.currency, cap.role) == ("SEK", "max_per_applicant")
    rate = next(a for a in facts if a.role == "rate")
    assert (rate.value, rate.per, rate.text) == (1.09, "länsinvånare", "1.09 kr")


def test_every_quote_is_a_verbatim_span_of_the_document():
    facts = [(doc, fact) for path in sorted(SAMPLE.iterdir())
             for doc in [build_document(load_file(path))] for fact in extract_amounts(doc)]
    assert facts
    for doc, fact in facts:
        assert fact.quote in doc.text
        assert fact.text in fact.quote


def test_decimal_comma_millions_become_full_value():
    fact = _one("Helsedirektoratet øker tilskuddet i Helseteknologiordningen med 14,5 millioner kroner.")
    assert (fact.value, fact.currency) == (14_500_000, "NOK")


def test_danish_mio_kr_with_decimal_comma_is_a_total_pot():
    fact = _one("Der er i alt ca. 45,4 mio. kr. til fordeling i 2022.", "da")
    assert (fact.value, fact.currency, fact.role, fact.text) == (45_400_000, "DKK", "total", "45,4 mio. kr.")


def test_money_set_aside_in_nynorsk_is_the_total():
    # Innlandet fylkeskommune (2024): nynorsk "sett av" is bokmål "satt av".
    fact = _one("Det er sett av 4 millionar kroner til tilskotsordninga for 2024.", "nn")
    assert (fact.value, fact.currency, fact.role) == (4_000_000, "NOK", "total")


def test_dots_as_thousands_separators_with_currency_word_before():
    fact = _one("Veiledende tilskuddsbeløp vil være kroner 150.000 til hver kommune")
    assert (fact.value, fact.currency, fact.role) == (150_000, "NOK", "max_per_applicant")


def test_trailing_comma_dash_after_currency_prefix():
    assert _one("Tilskotssum: kr. 300.000,-", "nn").value == 300_000


def test_glued_scale_and_currency_after_decimal_comma():
    fact = _one("Beløp: 291,985 mill.kr (2019).")
    assert (fact.value, fact.currency) == (291_985_000, "NOK")


@pytest.mark.parametrize(
    ("text", "language", "value", "currency"),
    [
        ("Rammen er 12 MNOK.", "nb", 12_000_000, "NOK"),
        ("Budgeten är 3 mkr.", "sv", 3_000_000, "SEK"),
        ("Det er satt av NOK 2 mill. til ordningen.", "nb", 2_000_000, "NOK"),
        ("Grants of up to € 5,000 are available.", "en", 5_000, "EUR"),
        ("Partnerne kan få 50.000 EUR.", "da", 50_000, "EUR"),
        ("Tilskuddet er på 1,2 milliarder kroner.", "nb", 1_200_000_000, "NOK"),
        ("Kommunen får tio miljoner kronor.", "sv", 10_000_000, "SEK"),
        ("Fylket har fått fem millionar kroner.", "nn", 5_000_000, "NOK"),
    ],
)
def test_scales_codes_and_number_words(text, language, value, currency):
    fact = _one(text, language)
    assert (fact.value, fact.currency) == (value, currency)


def test_bare_kroner_take_the_country_of_the_url():
    fact = _one("Puljen er på 2.000.000 kroner.", "nb", url="https://sm.dk/pulje")
    assert fact.currency == "DKK"


def test_kronor_is_swedish_whatever_the_page_language():
    assert _one("Socialstyrelsen fördelar 6 miljoner kronor.", "nb").currency == "SEK"


def test_both_ends_of_a_range_share_scale_and_currency():
    doc = _doc("Telemark vil søke om fem til sju millioner kroner pr. år over fem år.")
    assert _values(doc) == [(5_000_000, "NOK"), (7_000_000, "NOK")]
    doc = _doc("• Bidrag 0,5 – 3 miljoner kronor", "sv")
    assert _values(doc) == [(500_000, "SEK"), (3_000_000, "SEK")]


def test_a_period_is_not_a_rate_unit():
    fact = extract_amounts(_doc("Telemark får fem millioner kroner pr. år."))[0]
    assert (fact.per, fact.text) == (None, "fem millioner kroner")


def test_per_unit_cap_is_kept_as_a_rate():
    fact = _one("Der kan ansøges om tilskud på op til 25.000 kr. pr. plejebolig.", "da")
    assert (fact.value, fact.role, fact.per) == (25_000, "rate", "plejebolig")


def test_millions_without_currency_count_in_a_sentence_about_money():
    fact = _one("4,5 millionar av tilskotet blei ikkje delt ut ved ordinær tildeling i vår.", "nn")
    assert (fact.value, fact.currency, fact.text) == (4_500_000, "NOK", "4,5 millionar")


def test_millions_of_people_are_not_money():
    assert extract_amounts(_doc("Tilskuddet går til en region med 2 millioner innbyggere.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Søknadsfrist 15. april 2021. Ring 56 16 00 10 ved spørsmål.",
        "Kommunar med mellom 5000 og 10 000 innbyggjarar kan søke.",
        "Medfinansiering minst 50% krävs.",
        "Box 505, 831 26 Östersund",
        "Av disse ble 66 prosjekter tilgodesett med midler.",
        "Kontonummer 1503.12.34567 for tilskuddet.",
    ],
)
def test_dates_phones_counts_percentages_and_postcodes_are_not_money(text):
    # A percentage is a share ("%"), never a sum of money (see test_shares).
    assert [a for a in extract_amounts(_doc(text)) if a.currency != "%"] == []


def test_a_year_before_an_amount_is_not_part_of_it():
    assert _values(_doc("I 2019 500 000 kroner til kommunene.")) == [(500_000, "NOK")]


def test_awarded_and_cap_kinds_are_read_from_the_nearest_cues():
    doc = _doc("Bardu kommune har mottatt 700 000 kroner, mens Båtsfjord kommune har fått 400 000 kroner.")
    assert [a.role for a in extract_amounts(doc)] == ["awarded", "awarded"]
    assert _one("• Bergen kommune inntil kr 250 000.", "nn").role == "max_per_applicant"


def test_the_same_amount_in_the_same_sentence_is_kept_once():
    doc = _doc("Regjeringen bevilger 133 millioner kroner, altså 133 millioner kroner i år.")
    assert _values(doc) == [(133_000_000, "NOK")]


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("Totalt 25 mnkr fördelas, högst 500 tkr per ansökan.", "sv", [25_000_000, 500_000]),
        ("Regeringen avsätter 1,2 mdkr.", "sv", [1_200_000_000]),
        ("Rammen er MNOK 12,5 i 2024.", "nb", [12_500_000]),
        ("Det er satt av én million kroner.", "nb", [1_000_000]),
        ("Det er satt av halvannen million kroner.", "nb", [1_500_000]),
        ("Ordningen har en ramme på hundre millioner kroner.", "nb", [100_000_000]),
        ("Regjeringen bevilger fem hundre millioner kroner.", "nb", [500_000_000]),
        ("Det er satt av to hundre og femti millioner kroner.", "nb", [250_000_000]),
        ("Det er satt av en halv million kroner.", "nb", [500_000]),
        ("Total funding is SEK 1.5 billion, about EUR 130 million.", "en", [1_500_000_000, 130_000_000]),
    ],
)
def test_swedish_abbreviations_glued_prefixes_and_compound_words(text, language, values):
    assert [a.value for a in extract_amounts(_doc(text, language))] == values


def test_a_scale_word_keeps_no_full_stop_but_an_abbreviation_does():
    assert _one("Applicants share EUR 130 million.", "en").text == "EUR 130 million"
    assert _one("Regionerne kan søge om 5 mio. kr. til hospicepladser.", "da").text == "5 mio. kr."


def test_comma_dash_marks_kroner_and_per_kommune_is_a_cap_not_a_rate():
    fact = _one("Kommunen kan søke om inntil 150 000,- per kommune.")
    assert (fact.value, fact.currency, fact.role, fact.per, fact.text) == (
        150_000,
        "NOK",
        "max_per_applicant",
        None,
        "150 000,-",
    )


def test_a_grouped_sum_right_after_a_money_label_needs_no_currency():
    assert _one("Beløp: 500 000 til hver kommune.").value == 500_000
    assert extract_amounts(_doc("Tilskudd: 10 000 innbyggere.")) == []


def test_per_inside_a_word_is_not_a_rate():
    facts = extract_amounts(_doc("Søknader mellom 100 000 og 500 000 kroner prioriteres."))
    assert [(a.value, a.role, a.per) for a in facts] == [(100_000, "context", None), (500_000, "context", None)]


def test_english_euros_with_words_for_scale():
    fact = _one("Grants of up to 2 million euros are available.", "en")
    assert (fact.value, fact.currency, fact.role) == (2_000_000, "EUR", "max_per_applicant")


def test_an_amount_per_county_is_a_cap_for_each_applicant():
    doc = _doc("Forventet årlig bevilgning vil være på mellom 5 og 10 millioner kroner per fylke.")
    assert [(a.value, a.role) for a in extract_amounts(doc)] == [
        (5_000_000, "max_per_applicant"),
        (10_000_000, "max_per_applicant"),
    ]


def test_swedish_colon_dash_and_thousand_prefix_mark_kronor():
    fact = _one("Bidrag om högst 5 000:- per förening.", "sv")
    assert (fact.value, fact.currency, fact.role, fact.text) == (5_000, "SEK", "max_per_applicant", "5 000:-")
    assert _one("Budget 500 KSEK.", "sv").value == 500_000


def test_sums_under_a_header_that_names_the_currency_take_it():
    # Statsforvaltaren i Vestland, fordeling av skjønnsmidlane 2021.
    text = "Kommunar som har fått midlar:\n\nKommune Kroner\nKinn 2 000 000\nOsterøy 1 675 000\n\nVi har tildelt midlane."
    facts = extract_amounts(_doc(text, "nn"))
    assert [(a.value, a.currency, a.quote) for a in facts] == [
        (2_000_000, "NOK", "Kinn 2 000 000"),
        (1_675_000, "NOK", "Osterøy 1 675 000"),
    ]


def test_millions_in_definite_form_in_a_sentence_about_funding_take_the_country_currency():
    # Byggvärlden, stöd till utemiljöer 2016.
    text = "Den 15 oktober 2016 är sista dagen att ansöka om de 200 miljoner som regeringen satsat på utemiljöer."
    fact = _one(text, "sv", url="https://www.byggvarlden.se/x")
    assert (fact.value, fact.currency, fact.text) == (200_000_000, "SEK", "200 miljoner")


def test_a_decimal_split_by_a_stray_space_gives_no_amount():
    # Miljødirektoratet, Klimasats 2017: "7, 5 millioner kroner" is not five million.
    assert _values(_doc("Søknadene fikk til sammen\n7, 5 millioner kroner,\ni tilskudd.")) == []


@pytest.mark.parametrize(
    ("text", "language", "value", "currency"),
    [
        ("Ramme: 3 mill.", "nb", 3_000_000, "NOK"),
        ("Puljen er på 3 mio.", "da", 3_000_000, "DKK"),
        ("Det finns 3 milj. att fördela.", "sv", 3_000_000, "SEK"),
    ],
)
def test_millions_without_a_currency_word_take_the_documents_currency(text, language, value, currency):
    assert _values(_doc(text, language)) == [(value, currency)]


def test_what_applicants_asked_for_and_what_was_awarded_are_neither_total_nor_cap():
    doc = _doc(
        "Helsedirektoratet øker tilskuddet med 14,5 millioner kroner. Helsedirektoratet mottok hele 180 søknader "
        "på til sammen 332,1 millioner kroner. Av disse ble 66 prosjekter tilgodesett med midler for til sammen "
        "56,7 millioner kroner."
    )
    assert [(a.value, a.role) for a in extract_amounts(doc)] == [
        (14_500_000, "total"), (332_100_000, "applied_for"), (56_700_000, "awarded"),
    ]


def test_last_years_money_and_a_wider_budget_are_context_and_the_headline_takes_its_sums_role():
    doc = _doc(
        "133 millioner kroner til samhandling\n\nRegjeringen bevilger 133 millioner kroner til lokal samhandling "
        "i år. I fjor bevilget regjeringen 73 millioner kroner til samhandlingstiltak. Regjeringen har bevilget "
        "totalt 580 millioner kroner til samhandlingstiltak i 2011."
    )
    assert [(a.value, a.role) for a in extract_amounts(doc)] == [
        (133_000_000, "total"), (133_000_000, "total"), (73_000_000, "context"), (580_000_000, "context"),
    ]


def test_a_rate_and_a_share_have_their_own_roles():
    doc = _doc("Et län kan få 1.09 kr per länsinvånare. Tilskuddet dekker inntil 50 prosent av kostnadene.", "sv")
    assert [(a.value, a.role) for a in extract_amounts(doc)] == [(1.09, "rate"), (50, "share")]
