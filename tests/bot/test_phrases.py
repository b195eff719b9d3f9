"""Dates and lists as people write them in each language."""

import datetime as dt

from bot.phrases import applicant_names, format_date, join_list, say


def test_norwegian_and_danish_dates_have_a_period_after_the_day():
    assert format_date(dt.date(2004, 9, 6), "nb") == "6. september 2004"
    assert format_date(dt.date(2021, 11, 25), "da") == "25. november 2021"


def test_swedish_and_english_dates_have_no_period():
    assert format_date(dt.date(2009, 3, 15), "sv") == "15 mars 2009"
    assert format_date(dt.date(2009, 3, 15), "en") == "15 March 2009"


def test_lists_are_joined_with_the_languages_own_and():
    assert join_list(["a", "b", "c"], "sv") == "a, b och c"
    assert join_list(["a", "b"], "en") == "a and b"


def test_answers_speak_from_the_catalogue_in_each_language():
    assert say("nn", "applicants", types="kommunar") == "Desse kan søkje: kommunar."
    assert say("da", "passed") == "Fristen er overskredet."
    assert applicant_names("sv")["county_administration"] == "länsstyrelser"
