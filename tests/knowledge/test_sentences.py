"""Sentences are verbatim spans: what a citation quotes is exactly what the document says."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.sentences import sentence_containing, split_sentences

SAMPLE = Path(__file__).resolve().parents[2] / "knowledge" / "sample"


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize("path", sorted(SAMPLE.glob("*.txt")), ids=lambda p: p.name[:3])
def test_every_sentence_equals_its_span(path):
    text = path.read_text(encoding="utf-8")
    sentences = split_sentences(text)
    assert sentences
    for s in sentences:
        assert text[s.start : s.end] == s.text and s.text.strip() == s.text


def test_nordic_dates_and_abbreviations_do_not_end_a_sentence():
    # From seed 000.
    text = (
        "Frist for søknad er mandag 6. september 2004. Skriftlig søknad skal sendes: Sosial- og "
        "helsedirektoratet Avdeling IT-strategi og statistikk Postboks 8054 Dep. 0031 Oslo"
    )
    assert _texts(text) == [
        "Frist for søknad er mandag 6. september 2004.",
        "Skriftlig søknad skal sendes: Sosial- og helsedirektoratet Avdeling IT-strategi og statistikk "
        "Postboks 8054 Dep. 0031 Oslo",
    ]


def test_bullet_markers_are_not_part_of_the_sentence():
    # From a Helsedirektoratet page and seed 001.
    text = (
        " • Tilskudd skal gå til kommuner i Nasjonalt Velferdsteknologiprogram\n"
        "· Organisation för erfarenhetsutbyte och samverkan kring IT-stöd av gemensamt intresse\n"
    )
    assert _texts(text) == [
        "Tilskudd skal gå til kommuner i Nasjonalt Velferdsteknologiprogram",
        "Organisation för erfarenhetsutbyte och samverkan kring IT-stöd av gemensamt intresse",
    ]


def test_numbered_and_lettered_items_are_whole_sentences():
    # From an EEA Grants page and a Statsforvaltaren page.
    text = (
        "1. Prevention of mental illness in children;\n"
        "3. Patient empowerment and strengthening the role of patient organizations.\n"
        "d) Styrke samarbeidet med brukarorganisasjonar, spesialisthelsetenesta, andre sektorar.\n"
    )
    assert _texts(text) == [
        "Prevention of mental illness in children;",
        "Patient empowerment and strengthening the role of patient organizations.",
        "Styrke samarbeidet med brukarorganisasjonar, spesialisthelsetenesta, andre sektorar.",
    ]


def test_a_date_at_the_start_of_a_line_keeps_its_day():
    assert _texts("1. april. Dette er en måned etter tilskuddsårets slutt.") == [
        "1. april.",
        "Dette er en måned etter tilskuddsårets slutt.",
    ]


def test_list_items_run_together_on_one_line_are_split_at_their_bullets():
    text = "Søknadsfrist: 17. desember 2021 • Saksbehandlingstid: Informasjon oppdateres i januar 2022."
    assert _texts(text) == [
        "Søknadsfrist: 17. desember 2021",
        "Saksbehandlingstid: Informasjon oppdateres i januar 2022.",
    ]


def test_headings_are_their_own_sentences():
    text = "Ansøgningsfrist\nDer er ansøgningsfrist den 17. marts 2021 kl. 12.00.\n"
    assert _texts(text) == ["Ansøgningsfrist", "Der er ansøgningsfrist den 17. marts 2021 kl. 12.00."]


def test_sentence_containing_a_position_returns_the_whole_sentence():
    text = "Målgruppe\nAnsøgningspuljen er ca. 58,6 mio. kr. Det endelige beløb afhænger af regnskabet."
    at = text.index("58,6")
    assert sentence_containing(text, at, at + 4) == "Ansøgningspuljen er ca. 58,6 mio. kr."


def test_and_so_on_abbreviations_end_a_sentence_before_a_capital():
    # From a Social- og Boligstyrelsen page.
    text = "Formålet er hjemlige rammer på landets plejehjem mv. Dette kan eksempelvis understøttes."
    assert _texts(text) == [
        "Formålet er hjemlige rammer på landets plejehjem mv.",
        "Dette kan eksempelvis understøttes.",
    ]
