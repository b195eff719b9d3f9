"""A question about one of several rounds gets that round's deadline."""

import datetime as dt

from knowledge.asked_dates import asked_deadlines

D = dt.date


def test_the_month_a_question_names_picks_its_deadline():
    days = [D(2024, 9, 3), D(2024, 12, 3)]
    question = "When does the September 2024 deadline for Kulturrådet's project support close?"
    assert asked_deadlines(question, days) == [D(2024, 9, 3)]


def test_a_season_picks_the_deadlines_in_it():
    days = [D(2020, 1, 20), D(2020, 10, 1)]
    assert asked_deadlines("When is the deadline for the funds announced for autumn 2020?", days) == [D(2020, 10, 1)]
    assert asked_deadlines("Kva er søknadsfristane hausten 2024?", [D(2024, 9, 3), D(2024, 12, 3)]) == [
        D(2024, 9, 3),
        D(2024, 12, 3),
    ]


def test_a_season_with_a_year_leaves_out_other_years():
    days = [D(2022, 4, 1), D(2023, 4, 1)]
    assert asked_deadlines("Når er fristen for å søke Sparebankstiftelsen DNB våren 2023?", days) == [D(2023, 4, 1)]


def test_the_round_opening_on_a_date_closes_at_the_next_deadline():
    days = [D(2021, 9, 9), D(2021, 11, 18)]
    question = "Når stenger Klimatklivet-runden i Norrbotten som åpner 24. august 2021?"
    assert asked_deadlines(question, days) == [D(2021, 9, 9)]


def test_a_question_without_a_time_gets_every_deadline():
    days = [D(2012, 3, 1), D(2012, 6, 1)]
    assert asked_deadlines("Hvilke søknadsfrister gjaldt i 2012? What may I apply for?", days) == days


def test_a_time_that_matches_no_deadline_keeps_them_all():
    days = [D(2012, 3, 1), D(2012, 6, 1)]
    assert asked_deadlines("Is there an autumn round in 2012?", days) == days


def test_a_question_for_the_deadlines_of_calls_opening_on_a_date_gets_them_all():
    days = [D(2021, 11, 30), D(2022, 1, 28)]
    question = "Vilka sista ansökningsdagar gäller för stadsmiljöavtalens två utlysningar som öppnade 18 oktober 2021?"
    assert asked_deadlines(question, days) == days


def test_the_deadline_whose_own_words_the_question_repeats():
    from knowledge.asked_dates import asked_by_words

    sections = {
        D(2022, 3, 9): "For small projects, the deadline for submitting the Project Idea Form is 9 March 2022, "
        "whereas for the core projects – 15 March 2022.",
        D(2022, 3, 30): "We are looking forward to receiving your full applications for small projects not later "
        "than 30 March and, for core projects – 26 April 2022.",
    }
    question = "By when must small projects submit their Project Idea Form in the 2022 Interreg Baltic Sea Region call?"
    assert asked_by_words(question, sections) == [D(2022, 3, 9)]


def test_the_heading_over_a_deadline_counts_as_its_words():
    from knowledge.asked_dates import asked_by_words, section_of, sections_of

    text = (
        "Utviklingsmidler\n\nNeste utlysning av utviklingsmidler blir høsten 2020, med søknadsfrist 1. oktober.\n\n"
        "Støtte til formidling i bibliotek\n\nSøknadskjema i 2020 åpner 6. januar med søknadsfrist 20. januar.\n"
    )
    quotes = {
        D(2020, 10, 1): "Neste utlysning av utviklingsmidler blir høsten 2020, med søknadsfrist 1. oktober.",
        D(2020, 1, 20): "Søknadskjema i 2020 åpner 6. januar med søknadsfrist 20. januar.",
    }
    sections = {day: section_of(text, q, day) for day, q in quotes.items()}
    question = "Når er søknadsfristen for Nasjonalbibliotekets midler til aktiv formidling i bibliotek i 2020?"
    assert asked_by_words(question, sections) == [D(2020, 1, 20)]
    # sections_of finds the page's headings once for all its deadlines, with the same result.
    assert sections_of(text, quotes) == sections


def test_a_question_for_all_deadlines_is_not_narrowed_by_its_words():
    from knowledge.asked_dates import asked_by_words

    sections = {D(2020, 1, 15): "Søknadsfristen er 15. januar 2020 for søknader til Miljødirektoratet.",
                D(2020, 2, 1): "For lokale søknader til fylkeskommunene er søknadsfristen 1. februar 2020."}
    question = "Hva er søknadsfristene for lokale søknader til fylkeskommunene i 2020?"
    assert asked_by_words(question, sections) == list(sections)


def test_two_deadlines_of_one_sentence_are_told_apart_by_their_own_clause():
    from knowledge.asked_dates import asked_by_words, section_of

    quote = ("For small projects, the deadline for submitting the Project Idea Form is 9 March 2022, "
             "whereas for the core projects – 15 March 2022.")
    days = [D(2022, 3, 9), D(2022, 3, 15)]
    sections = {day: section_of(quote, quote, day) for day in days}
    question = "By when must small projects submit their Project Idea Form?"
    assert asked_by_words(question, sections) == [D(2022, 3, 9)]
