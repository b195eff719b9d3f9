"""The filters a "which grants …?" question states, read the same way every time."""

import datetime as dt

import pytest

from bot.discover_filters import DiscoverFilters, filters_from_question
from bot.intents import classify_intent

TODAY = dt.date(2011, 3, 1)
ISSUERS = ["Sosial- og helsedirektoratet", "Sveriges Kommuner och Landsting", "Helse- og omsorgsdepartementet"]


def read(question: str, today: dt.date = TODAY) -> dict:
    return filters_from_question(question, today, ISSUERS).model_dump(exclude_defaults=True)


@pytest.mark.parametrize("question", [
    "Hvilke tilskudd kan kommunen søke på nå?",
    "Kva tilskot kan kommunane søkje på no?",
    "Vilka bidrag kan regioner söka just nu?",
    "Hvilke puljer kan foreninger søge i Danmark?",
    "Which grants close in the next 30 days?",
    "Finnes det tilskudd til velferdsteknologi?",
    "Hvilke tilskudd har Helsedirektoratet lyst ut i 2024?",
])
def test_a_question_about_the_catalogue_is_discover(question):
    assert classify_intent(question) == "discover"


@pytest.mark.parametrize("question", [
    "Hva er tilskuddet?", "Hvilket tilskudd gjelder det?", "What grant is this?", "Når er søknadsfristen?",
])
def test_a_question_about_one_grant_is_not_discover(question):
    assert classify_intent(question) != "discover"


def test_now_and_an_applicant_type_in_each_language():
    assert read("Hvilke tilskudd kan kommunen søke på nå?") == {"open": True, "applicant_type": "municipality"}
    assert read("Kva tilskot kan kommunane søkje på no?") == {"open": True, "applicant_type": "municipality"}
    assert read("Vilka bidrag kan regioner söka just nu?") == {"open": True, "applicant_type": "region"}
    assert read("Hvilke tilskud kan kommuner søge nu?") == {"open": True, "applicant_type": "municipality"}
    assert read("Which grants can municipalities apply for right now?") == {"open": True, "applicant_type": "municipality"}


def test_a_country_is_a_filter_and_not_the_topic():
    assert read("Hvilke puljer kan foreninger søge i Danmark?") == {"applicant_type": "ngo", "country": "DK"}


def test_within_n_days_counts_from_today():
    assert read("Which grants close in the next 30 days?") == {"closing_by": dt.date(2011, 3, 31)}
    assert read("Vilka bidrag har sista dag inom 2 veckor?")["closing_by"] == dt.date(2011, 3, 15)


def test_by_the_end_of_a_month_is_its_last_day_this_year_or_next():
    assert read("Hvilke tilskudd har frist innen utgangen av mars?")["closing_by"] == dt.date(2011, 3, 31)
    assert read("Hvilke tilskudd har frist innen utgangen av februar?")["closing_by"] == dt.date(2012, 2, 29)
    assert read("Which grants close by the end of April 2012?") == {"closing_by": dt.date(2012, 4, 30)}


def test_a_year_lists_closed_calls_too_and_an_organisation_is_the_issuer():
    assert read("Hvilke tilskudd har Helsedirektoratet lyst ut i 2024?") == {
        "issuer": "Helsedirektoratet", "year": 2024, "include_closed": True}


def test_earlier_asks_for_closed_calls():
    assert read("Hvilke tidligere tilskudd til samhandling finnes?") == {"topic": "samhandling", "include_closed": True}


def test_the_topic_is_what_follows_grants_for_without_the_filter_words():
    assert read("Finnes det tilskudd til velferdsteknologi?") == {"topic": "velferdsteknologi"}
    assert read("Which grants for digital health can municipalities apply for?") == {
        "applicant_type": "municipality", "topic": "digital health"}
    assert read("Finnes det tilskudd til kommuner?") == {"applicant_type": "municipality"}


def test_the_filters_are_the_query_parameters_of_the_list_and_the_calendar():
    f = DiscoverFilters(open=True, applicant_type="municipality", topic="samhandling")
    assert f.query(TODAY) == "open=true&applicant_type=municipality&q=samhandling"
    assert DiscoverFilters(closing_by=dt.date(2011, 3, 31)).query(TODAY) == "closing_within_days=30"
    assert DiscoverFilters().query(TODAY) == "closed=false"
