"""Statements about when to apply that carry no full date."""

import pytest

from knowledge.deadline_notes import extract_deadline_notes
from knowledge.extract import extract_record
from knowledge.models import Document


def doc(text: str, language: str = "nb") -> Document:
    return Document(source="t.md", title="t", text=text, language=language, content_hash="x")


def test_deadline_without_any_year_in_reach_is_kept_as_a_note_not_a_date():
    record = extract_record(doc("Søk om prosjekttilskot\n\nTilskotssum: kr. 300.000,-\nSøknadsfrist: 15. april\n", "nn"))
    assert record.deadlines == []
    assert [n.quote for n in record.deadline_notes] == ["Søknadsfrist: 15. april"]


def test_applications_all_year_round_is_a_note():
    notes = extract_deadline_notes(doc("Hvem kan søke?\n\n • Kommuner\n\nSøknadsfrist\n\nSøknad kan sendes hele året\n"))
    assert [n.quote for n in notes] == ["Søknadsfrist\n\nSøknad kan sendes hele året"]  # quoted with its label


def test_a_report_deadline_without_year_is_not_a_note():
    assert extract_deadline_notes(doc("Rapportfrist er 1. mars.")) == []


def test_a_dated_deadline_leaves_no_notes():
    record = extract_record(doc("Frist for søknad er mandag 6. september 2004."))
    assert record.deadline_dates() == ["2004-09-06"] and record.deadline_notes == []


def test_applications_taken_all_year_within_a_period_sentence_is_a_note():
    text = ("Puljen til Ældrefællesskaber vil i en periode modtage ansøgninger under 80.000 kroner hele året, "
            "mens ansøgninger over 80.000 kroner modtages én gang årligt fra 15.-30. april.")
    assert [n.quote for n in extract_deadline_notes(doc(text, "da"))] == [text]


def test_applications_processed_continuously_is_not_a_statement_about_the_deadline():
    text = "Søknader behandles fortløpende. Søknader som kommer inn etter fristen kan avvises."
    assert extract_deadline_notes(doc(text)) == []


def _notes(text: str, language: str = "nb") -> list[str]:
    return [n.quote for n in extract_record(doc(text, language)).deadline_notes]


def test_applications_processed_as_they_come_in_is_a_rolling_call():
    text = "Søknadsskjema er tilgjengelig på stiftelsens nettsider, og søknader blir behandlet fortløpende etter hvert som de kommer inn."
    assert _notes(text) == [text]


def test_rolling_call_vocabulary_is_shared_with_the_eligibility_check():
    from eligibility import clauses
    from knowledge import deadline_cues

    assert clauses._ROLLING is deadline_cues.ROLLING


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ansökan ska komma in senast 31 augusti året innan.", "sv"),
        ("Søknad om tilskudd må sendes senest 14 måneder etter bosettingsdatoen.", "nb"),
        ("Du måste ansöka senast sex månader efter att du började bygga.", "sv"),
        ("Søknadsfrist vil vere seinast desember.", "nn"),
        ("Ansökan om projektunderstöd skall tillställas kulturnämnden senast 45 dygn före evenemanget.", "sv"),
    ],
)
def test_a_deadline_counted_from_something_else_is_quoted_without_a_date(text, language):
    record = extract_record(doc(text + " Tilskuddet gjelder 2024.", language))
    assert record.deadlines == [] and [n.quote for n in record.deadline_notes] == [text]


def test_apply_by_a_day_without_any_year_is_a_note():
    assert _notes("Ansök senast 25 februari.", "sv") == ["Ansök senast 25 februari."]


def test_deadlines_published_on_the_page_as_they_come_are_not_a_rolling_call():
    text = "Der er 1-2 årlige ansøgningsfrister til kulturmidlerne, som løbende bliver offentliggjort her på siden."
    assert _notes(text, "da") == []


def test_applications_sent_at_any_time_is_a_rolling_call():
    text = "Ansökan kan skickas in när som helst under året."
    assert _notes(text, "sv") == [text]


def test_a_limit_opening_the_sentence_before_the_applying():
    record = extract_record(doc("Senast 1 december varje år\nkan ni söka investeringsbidrag hos Boverket.", "sv"))
    assert record.deadlines == [] and len(record.deadline_notes) == 1


def test_a_deadline_label_over_a_rolling_value_is_a_note_with_its_label():
    assert _notes("Søknadsfrist\n\nLøpende\n\nKontakt") == ["Søknadsfrist\n\nLøpende"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Applications must be submitted within 30 days of the event.", "en"),
        ("Frist for søknad er tre veker etter at tiltaket er avslutta.", "nn"),
        ("Ansøgningen skal være modtaget senest 8 uger før projektstart.", "da"),
    ],
)
def test_deadlines_counted_from_an_event_in_each_language(text, language):
    assert _notes(text, language) == [text]
