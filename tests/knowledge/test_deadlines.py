"""Application deadlines: only dates the text states for applying, each with its verbatim sentence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import deadlines
from knowledge.deadlines import extract_deadlines
from knowledge.documents import build_document
from knowledge.loaders import load_file
from knowledge.models import Document

SAMPLE = Path(deadlines.__file__).parent / "sample"


def _doc(text: str, language: str = "nb", published: dt.date | None = None) -> Document:
    return Document(source="t.md", title="t", text=text, language=language, content_hash="h", published=published)


def _dates(text: str, language: str = "nb", published: dt.date | None = None) -> list[str]:
    return [f.date.isoformat() for f in extract_deadlines(_doc(text, language, published))]


def _sample(name: str) -> list[str]:
    return [f.date.isoformat() for f in extract_deadlines(build_document(load_file(SAMPLE / name)))]


def test_norwegian_deadline_with_weekday_in_a_long_scraped_line():
    assert _sample("000_1de9e93bc0097409.txt") == ["2004-09-06"]


def test_swedish_application_to_arrive_no_later_than():
    assert _sample("001_1a68e8f698feec8c.txt") == ["2009-03-15"]


def test_two_rounds_without_year_take_the_year_the_text_is_about():
    assert _sample("002_56ff6eb9f7905725.txt") == ["2011-03-24", "2011-08-01"]


@pytest.mark.parametrize("name", ["003_6397588da340b2da.txt", "004_6658acab72c1650a.txt"])
def test_texts_that_announce_no_call_have_no_deadline(name):
    assert _sample(name) == []


def test_quote_is_the_verbatim_sentence_stating_the_deadline():
    doc = _doc("Tilskudd til kommuner. Frist for søknad er mandag 6. september 2004. Skriftlig søknad skal sendes.")
    [fact] = extract_deadlines(doc)
    assert fact.quote == "Frist for søknad er mandag 6. september 2004."
    assert fact.quote in doc.text


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Utlysningsdatum: 2024-05-08\nSista ansökningsdag: 2024-08-15", "sv", ["2024-08-15"]),
        ("Søknadsfrist 31.03.23.", "nb", ["2023-03-31"]),
        ("Ansøgning inkl. budgetskemaer skal sendes på e-mail og være Sundhedsstyrelsen i hænde senest "
         "torsdag den 25. november 2021 kl. 12.00", "da", ["2021-11-25"]),
        ("Applications must be submitted by 1 March 2024.", "en", ["2024-03-01"]),
        ("The deadline for applications is March 1, 2024.", "en", ["2024-03-01"]),
        ("Deadline för ansökan är 12 november 2015.", "sv", ["2015-11-12"]),
        ("Kommunar kan søke tilskot til styrking av habilitering i kommunane innan 1. mai 2017.", "nn", ["2017-05-01"]),
        ("Rekvisition görs via Socialstyrelsens e-tjänst senast den 15 augusti 2024.", "sv", ["2024-08-15"]),
        ("Stängt för ansökan 30 september 2018", "sv", ["2018-09-30"]),
    ],
)
def test_deadline_forms_in_each_language(text, language, expected):
    assert _dates(text, language) == expected


def test_label_line_gives_the_date_on_the_line_below():
    text = "Søknadsfrist:\n20.09.2020 00:00:00\nMålgruppe:\nKommunane\nRapporteringsfrist:\n01.02.2021 00:00:00"
    [fact] = extract_deadlines(_doc(text, "nn"))
    assert (fact.date.isoformat(), fact.quote) == ("2020-09-20", "Søknadsfrist:\n20.09.2020 00:00:00")


@pytest.mark.parametrize(
    "text",
    [
        "Frist for rapportering for tilskudd mottatt i 2017 er 15. februar 2018 via questback.",
        "Skriftlig redovisning om genomförda insatser skickas in senast 31 januari 2019.",
        "Kommunar som har fått tildelt tilskot i 2019 skal rapportere om bruken av midlane innan 1. april 2020.",
        "- senast den 30 september 2026 redovisa till Regeringskansliet.",
        "Ministeriet forventer at kunne give alle ansøgere svar på deres ansøgning senest 31. maj 2017.",
        "Bidrag kan bara sökas för en period fram till den 15 april 2021.",
        "Utlysningen öppnar: 14 september 2020",
        "Søknader behandles fortløpende. Søknader som kommer inn etter fristen kan avvises.",
    ],
)
def test_reports_decisions_periods_and_rolling_calls_are_not_application_deadlines(text):
    assert _dates(text) == []


def test_report_deadline_in_the_same_list_is_left_out():
    text = "• Søknadsfrist: 17. desember 2021\n• Rapporteringsfrist: 31. januar 2023. Vær oppmerksom på endringen."
    assert _dates(text) == ["2021-12-17"]


def test_opening_date_of_an_application_period_is_not_a_deadline():
    assert _dates("Puljen kan søges fra 1. februar med sidste frist den 15. marts 2018.", "da") == ["2018-03-15"]


def test_application_period_written_as_a_range_ends_at_the_deadline():
    assert _dates("Ansökningstiden för bidraget år 2024 infaller 31.1–18.2.2024.", "sv") == ["2024-02-18"]


def test_closing_rounds_are_deadlines_with_the_year_from_the_text():
    text = (
        "Landets kommuner kan ansöka om statsbidraget vid två tillfällen i år, för merkostnader efter den "
        "1 februari 2020.\nI den första omgången, som gick ut den 31 augusti, ansökte 305 kommuner.\n"
        "Nästa ansökningsomgång avslutas den 30 november och även då finns 5 miljarder kronor att fördela."
    )
    assert _dates(text, "sv") == ["2020-08-31", "2020-11-30"]


def test_deadline_of_earlier_years_is_ignored_and_the_postponed_one_kept():
    text = (
        "Søknadsfristen er tidligere år satt til 30. april. Siden foreningene ikke har dokumentene klare, "
        "utsettes fristen til å søke tilskudd foreløpig til den 15. juni 2020."
    )
    assert _dates(text) == ["2020-06-15"]


def test_deadline_the_sentence_says_was_extended_is_dropped():
    text = (
        "Bufdir – tilskot 2024\n\nNo kan ein søke tilskot frå Bufdir. Fristen på landsbasis er 3. november, "
        "men søknader som gjeld tiltak i Haram har fått forlenga frist."
    )
    assert _dates(text, "nn") == []


def test_deadline_without_year_takes_year_from_publication():
    assert _dates("Søk om midler innen 15. mai.", published=dt.date(2018, 4, 25)) == ["2018-05-15"]


def test_deadline_without_year_early_next_year_after_an_autumn_publication():
    assert _dates("Søknadsfrist er 1. februar.", published=dt.date(2021, 11, 15)) == ["2022-02-01"]


def test_deadline_without_year_takes_year_from_the_same_day_stated_elsewhere():
    text = "Søk om midler innen 15. mai.\n\nSøknadsfristen for kommunene i Telemark er 15. mai 2018."
    assert _dates(text) == ["2018-05-15"]


def test_named_weekday_decides_between_years_in_the_text():
    text = (
        "I Finansloven 2017 afsatte partierne 425 millioner kroner. Puljen havde ansøgningsfrist tirsdag den "
        "28. marts og 63 kommuner søgte.\nSidst opdateret 20-05-2019"
    )
    assert _dates(text, "da") == ["2017-03-28"]


def test_deadline_without_any_year_in_the_text_is_not_invented():
    assert _dates("Søk om prosjekttilskot\n\nTilskotssum: kr. 300.000,-\nSøknadsfrist: 15. april", "nn") == []


def test_period_of_applying_written_from_to_ends_at_the_deadline():
    assert _dates("Tilskuddet kan søkes fra 1. januar til 1. mars 2024.") == ["2024-03-01"]


def test_project_period_after_a_deadline_is_not_a_second_deadline():
    text = "Søknadsfrist 1. mars 2024, og tilskuddet må brukes innen 31. desember 2024."
    assert _dates(text) == ["2024-03-01"]


def test_moved_deadline_gives_the_new_date_only():
    assert _dates("Søknadsfristen 1. mars er forlenget til 15. mars 2024.") == ["2024-03-15"]


def test_bare_frist_heading_a_row_is_the_application_deadline():
    assert _dates("Frist: 1. mars 2024\nKontakt: Kari Nordmann") == ["2024-03-01"]


def test_last_day_of_a_project_is_not_a_deadline():
    assert _dates("The last day of the project is 31 December 2024.", "en") == []


def test_recurring_deadline_is_the_next_one_after_publication():
    assert _dates("Søknadsfrist er 1. mars hvert år.", published=dt.date(2019, 5, 2)) == ["2020-03-01"]


def test_recurring_deadline_without_publication_is_not_given_a_year_from_other_text():
    assert _dates("Ny forskrift fra 2015.\nSøknadsfrist er 1. mars hvert år.") == []


def test_copyright_year_does_not_date_a_deadline():
    assert _dates("Søknadsfrist: 15. april\n\n© 2023 Øygarden kommune", "nn") == []


def test_time_of_day_between_the_limit_and_the_date():
    assert _dates("Applications must be received no later than 12:00 CET on 1 March 2024.", "en") == ["2024-03-01"]


def test_application_round_open_between_two_dates_ends_at_the_deadline():
    text = "Ansökningsomgång 5 för programmet är öppet mellan 1 november 2016 till 1 februari 2017."
    assert _dates(text, "sv") == ["2017-02-01"]


def test_meeting_date_before_a_later_clause_about_applying_does_not_hide_the_deadline():
    text = "Tildelingen skjer i møtet 27. august 2020, og for å være med der, må søknader sendes inn før 5. august 2020."
    assert _dates(text) == ["2020-08-05"]


def test_markdown_bold_labels_and_table_rows():
    text = "**Søknadsfrist:** 1. mars 2024\n\n| Frist | 2. april 2024 |\n| Rapporteringsfrist | 1. mars 2025 |"
    assert _dates(text) == ["2024-03-01", "2024-04-02"]


def test_deadline_without_year_is_the_next_one_after_publication():
    assert _dates("Søknadsfrist 1. desember.", published=dt.date(2019, 1, 10)) == ["2019-12-01"]


def test_closed_round_in_the_past_tense_is_the_last_one_before_publication():
    text = "Den första omgången gick ut den 31 augusti."
    assert _dates(text, "sv", published=dt.date(2020, 10, 20)) == ["2020-08-31"]


def test_asking_for_more_time_does_not_cancel_the_deadline():
    text = "Søknadsfristen er 1. mars 2024, og det er ikke mulig å søke om utsatt frist."
    assert _dates(text) == ["2024-03-01"]


@pytest.mark.parametrize(
    "text",
    [
        "Tilskudd kan søkes for tiltak som gjennomføres innen 31. desember 2024.",
        "Det kan søkes om tilskudd til arrangementer som finner sted før 1. juli 2024.",
        "Bidrag kan sökas av föreningar som bildats före 1 januari 2020.",
        "Applications will be assessed by 1 June 2024.",
        "Søknaden vil bli behandlet innen 1. mai 2024.",
        "Midlene må være brukt innen 31. desember 2024.",
    ],
)
def test_limits_on_what_happens_after_applying_are_not_deadlines(text):
    assert _dates(text) == []


def test_complete_applications_by_a_date():
    assert _dates("Complete applications must be submitted by 1 March 2024.", "en") == ["2024-03-01"]


def test_year_of_a_report_date_in_the_same_sentence_does_not_date_the_deadline():
    text = "Søknadsfrist 1. mars, rapportering innen 1. mars 2025.\nTilskudd for 2024."
    assert _dates(text) == ["2024-03-01"]


def test_year_of_a_second_deadline_in_the_same_sentence_dates_the_first():
    assert _dates("Søknadsfristene er 1. mars og 1. september 2024.") == ["2024-03-01", "2024-09-01"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Applications are open until 1 March 2024.", "en"),
        ("Utlysningen är öppen till den 1 mars 2024.", "sv"),
    ],
)
def test_open_until_closes_the_call(text, language):
    assert _dates(text, language) == ["2024-03-01"]


def test_deadlines_for_different_applicants_in_one_sentence():
    text = "Søknadsfristen er 1. mars 2024 for kommuner og 1. april 2024 for fylkeskommuner."
    assert _dates(text) == ["2024-03-01", "2024-04-01"]


def test_a_later_date_about_something_else_is_not_listed_with_the_deadline():
    assert _dates("Søknadsfrist 1. mars 2024 og tildeling 1. mai 2024.") == ["2024-03-01"]


def test_call_period_ends_at_the_deadline():
    assert _dates("Nästa utlysningsperiod för ansökan är 15 augusti till 15 september 2016.", "sv") == ["2016-09-15"]


def test_deadline_before_its_label_is_the_deadline():
    text = (
        "Viktige datoer\n\n03. feb 2021\n\nÅpen for søknad\n\n17. mar 2021\n\nSøknadsfrist hovedprosjekt\n\n"
        "16. jun 2021\n\nTidligste tillatte prosjektstart\n\n30. sep 2024\n\nSeneste tillatte prosjektslutt\n\n"
        "Viktige datoer\n\nOm utlysningen"
    )
    [fact] = extract_deadlines(_doc(text))
    assert (fact.date.isoformat(), fact.quote) == ("2021-03-17", "17. mar 2021\n\nSøknadsfrist hovedprosjekt")


def test_every_date_listed_under_a_deadline_heading_is_a_deadline():
    text = "Søknadsfrister 2012\n\n • 1.mars\n • 1. juni\n • 1. september\n • 1. november\n\nHvordan søke?"
    assert _dates(text) == ["2012-03-01", "2012-06-01", "2012-09-01", "2012-11-01"]


def test_answer_dates_in_brackets_under_a_deadline_heading_are_left_out():
    text = (
        "Ansøgningsfrister\n\n • Mandag d. 12. feb. 2024 (svar ca. 11. april)\n"
        " • Onsdag d. 28. aug. 2024 (svar ca. 10. okt.)\n\nHvem kan søge?"
    )
    assert _dates(text, "da") == ["2024-02-12", "2024-08-28"]


def test_deadline_written_as_a_calendar_card():
    text = "Søknadsfrister\n\nsep\n\n03\n\n2024\n\nKl. 13:00\n\ndes\n\n03\n\n2024\n\nKl. 13:00\n\nFormål"
    assert _dates(text) == ["2024-09-03", "2024-12-03"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Den 15 oktober 2016 är sista dagen att ansöka om stödet.", "sv", ["2016-10-15"]),
        ("15. juni 2021 er første søknadsfrist for å søke på EU-programmet.", "nb", ["2021-06-15"]),
        ("Sista ansökningsdatum är den 26 april 2019.", "sv", ["2019-04-26"]),
        ("Sista dag för kommuner att skicka in ansökningar till länsstyrelsen är 1 december 2024.", "sv", ["2024-12-01"]),
        ("Sista ansökningsdatum för projekt med start under 2020 är den 1 december 2019.", "sv", ["2019-12-01"]),
        ("• Ansökan stänger: 15 februari 2024 (ansökan kan skickas in fram till 23.59 denna dag)", "sv", ["2024-02-15"]),
        ("• Stängd 16 mars 2023", "sv", ["2023-03-16"]),
        ("Applications can be submitted until 5th December 2019.", "en", ["2019-12-05"]),
        ("uppmanas inlämna sina ansökningar senast söndagen den 31 januari 2010.", "sv", ["2010-01-31"]),
    ],
)
def test_deadline_words_after_the_date_closing_words_and_last_day_forms(text, language, expected):
    assert _dates(text, language) == expected


def test_extended_deadline_in_brackets_replaces_the_first():
    text = "Søknadsfristen for prosjektskjønnet for 2020 er 1. juni 2019 (utvidet til mandag 3. juni)."
    assert _dates(text) == ["2019-06-03"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Du kan ansöka om bidraget under perioden 1 mars–20 juni 2024.", ["2024-06-20"]),
        ("Ansökningsomgången var öppen mellan 16 september och 16 oktober 2024.", ["2024-10-16"]),
        ("Den sjätte ansökningsomgången för stadsmiljöavtal är öppen är 29 oktober 2018 till 1 mars 2019.", ["2019-03-01"]),
    ],
)
def test_an_open_period_of_applying_ends_at_the_deadline(text, expected):
    assert _dates(text, "sv") == expected


def test_period_of_the_projects_applied_for_is_not_a_deadline():
    text = ("Med denne ansøgningspulje kan der søges om midler til projekter i perioden fra 1. december 2018 "
            "til 30. november 2020, dvs. i en projektperiode på op til to år.")
    assert _dates(text, "da") == []


def test_a_limit_on_what_comes_after_the_date_is_not_a_deadline():
    text = ("Kommuner som har rekvirerat statsbidraget ska senast den 28 februari 2019 lämna en redovisning "
            "om hur medlen har använts.")
    assert _dates(text, "sv") == []


def test_bare_frist_after_a_sentence_about_applying():
    text = "Dere kan søke om midler til helseprosjekter to ganger i året. I 2018 er fristene 23. februar og 24. august."
    assert _dates(text) == ["2018-02-23", "2018-08-24"]


def test_an_earlier_ordinary_deadline_stays_out():
    assert _dates("Søknadsskjemaet er i bruk, sjølv om ordinær søknadsfrist var 1. mars 2020.", "nn") == []


def test_a_programme_period_does_not_give_a_deadline_its_year():
    text = "15. juni er første søknadsfrist for å søke på EU-programmet Interreg Sverige – Norge 2021 – 2027."
    assert _dates(text) == []


def test_a_date_stamp_below_the_text_does_not_date_a_deadline():
    assert _dates("Ansökan lämnas in senast 15 september.\n\nSidan uppdaterades\n2020-01-08", "sv") == []


def test_a_date_stamp_above_the_text_dates_a_deadline():
    assert _dates("14.06.2018\n\nDer er frist for ansøgninger den 1. november.", "da") == ["2018-11-01"]


def test_a_sentence_broken_over_two_lines_is_read_whole():
    text = "Ansökan om folkhälsomedel 2018 ska vara inlämnad senast\n10 september 2018 klockan 12."
    assert _dates(text, "sv") == ["2018-09-10"]


def test_a_call_closing_in_a_relative_clause():
    text = ("I höst sker två parallella utlysningar: En för ordinarie ansökan av stadsmiljöavtalen som stänger "
            "28 januari 2022 och en riktad ansökan till den tillfälliga förstärkningen för cykelåtgärder som stänger "
            "den 30 november 2021.")
    assert _dates(text, "sv") == ["2021-11-30", "2022-01-28"]


def test_a_processing_target_is_not_a_deadline():
    text = "Søknadsfrist er 1. desember 2023. Målet er å ferdigbehandle søknadene innen 15. februar 2024."
    assert _dates(text) == ["2023-12-01"]


@pytest.mark.parametrize("label", ["Søknadfrist", "Søknadsfirst"])
def test_a_misspelt_deadline_label_still_names_the_deadline(label):
    assert _dates(f"{label}: 1. mars 2024") == ["2024-03-01"]


def test_schedule_line_with_the_date_first():
    assert _dates("1. juli 2021: Søknadsfrist for kommunene.") == ["2021-07-01"]


def test_a_bare_frist_under_a_reporting_heading_is_the_report_deadline():
    assert _dates("Rapportering\n\nFrist: 1. mars 2025") == []


def test_applying_under_a_payout_heading_is_still_applying():
    text = "För utbetalning av bidrag\n\n • Betalningsuppgifter.\n\nSkicka in ansökan senast måndag 31 maj 2021."
    assert _dates(text, "sv") == ["2021-05-31"]


def test_a_year_in_a_photo_caption_does_not_date_a_deadline():
    text = ("Støtte til lysanlegg i 2022 (Foto: Katrine Lunke)\n\nStiftelsen ønsker seg flere søknader før fristen 1. april.\n\n"
            "Stiftelsen skal dele ut mer penger i 2023.")
    assert _dates(text) == ["2023-04-01"]


def test_one_day_without_a_year_written_twice_is_one_deadline():
    text = "Søk før fristen 1. april.\n\nI 2022 fikk mange støtte.\n\nSøk innen 1. april.\n\nI 2023 deler vi ut mer."
    assert len(_dates(text)) == 1


def test_a_deadline_ahead_of_the_grant_year_is_in_the_year_before():
    assert _dates("Du ansöker via ansökningsformuläret senast 31 oktober inför 2021 års bidrag.", "sv") == ["2020-10-31"]


@pytest.mark.parametrize(
    "text",
    ["Frist for påmelding: 1. mars 2024", "Sista dag för anmälan till informationsmötet är 1 mars 2024."],
)
def test_a_sign_up_deadline_is_not_an_application_deadline(text):
    assert _dates(text) == []


def test_a_second_deadline_after_a_qualifier_and_a_dash():
    text = ("For small projects, the deadline for submitting the Project Idea Form is 9 March 2022, "
            "whereas for the core projects – 15 March 2022.")
    assert _dates(text, "en") == ["2022-03-09", "2022-03-15"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Call opens 1 February 2024 and closes 15 March 2024.", "en"),
        ("Utlysningen öppnar 1 februari 2024 och stänger 15 mars 2024.", "sv"),
        ("Ansøgningsrunden åbner 1. februar 2024 og lukker 15. marts 2024.", "da"),
        ("Søknadsportalen åpner 1. februar 2024 og stenger 15. mars 2024.", "nb"),
    ],
)
def test_a_call_that_opens_and_closes_closes_at_the_deadline(text, language):
    assert _dates(text, language) == ["2024-03-15"]


def test_time_of_day_in_english_before_the_date():
    assert _dates("Applications must be received by 5 p.m. on 1 March 2024.", "en") == ["2024-03-01"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Innsendingsfrist: 1. mars 2024", "nb"),
        ("Applications are due 1 March 2024.", "en"),
        ("Ansökan ska vara inne den 1 mars 2024.", "sv"),
    ],
)
def test_submission_words_and_due_dates(text, language):
    assert _dates(text, language) == ["2024-03-01"]


def test_a_report_due_is_not_an_application_deadline():
    assert _dates("The report is due 1 March 2025.", "en") == []


@pytest.mark.parametrize("text", ["1. mars 2024 (søknadsfrist)", "• 1. mars 2024 – søknadsfrist"])
def test_a_date_with_its_label_after_it_on_one_line(text):
    assert _dates(text) == ["2024-03-01"]


def test_a_date_before_a_deadline_for_a_report_is_not_an_application_deadline():
    assert _dates("Den 1. mars 2025 er siste frist for å sende sluttrapport.") == []


def test_a_date_closing_at_the_days_last_minute_is_the_deadline_though_its_label_was_lost():
    # euro-access's key data for Interreg ÖKS 2025:1, as scraped: the "Deadline" label is gone
    text = (
        "Deadline expired\nThe deadline for this call has expired.\nCall key data\n"
        "Interreg Öresund-Kattegat-Skagerrak: Application round 2025:1\nFunding Program\n"
        "Interreg Öresund-Kattegat-Skagerrak\n14.02.2025 23:59\nFunding rate\nCall budget\n€ 44,400,000.00\n"
    )
    assert _dates(text, "en") == ["2025-02-14"]


def test_a_report_due_at_the_days_last_minute_is_no_application_deadline():
    assert _dates("Sluttrapporten skal sendes inn innen 1. juni 2022 kl. 23.59.") == []


def test_a_late_deadline_is_not_dated_by_the_year_the_money_is_for():
    # ../shared/corpus 221 (Tana kommune): the 2009 schemes' applications may well have been due in December 2008.
    text = (
        "Miljøforvaltningens tilskuddsordninger for 2009 er nå kunngjort. Lag og foreninger kan søke om tilskudd "
        "til fiske-, vilt-, frilufts- og kulturminneformål.\n"
        "Søknader skal sendes til kommunen innen 15.desember, på søknadsskjema A-09 (se vedlegg)."
    )
    assert _dates(text) == []


def test_an_early_deadline_is_in_the_year_the_money_is_for():
    # ../shared/corpus 119 (Västerbottens läns landsting)
    text = (
        "Ansökan Visionsmedel för 2018 södra Lappland\n"
        "Föreningar kan söka pengar för sitt hälsofrämjande och förebyggande arbete.\n"
        "Ansökan ska vara landstinget tillhanda senast den 31 mars."
    )
    assert _dates(text, "sv") == ["2018-03-31"]
