"""Shares of a cost or a grant, reported as amounts in "%"."""

from __future__ import annotations

from knowledge.amounts import extract_amounts
from knowledge.models import Document
from knowledge.shares import extract_shares


def _doc(text: str, language: str = "nb") -> Document:
    return Document(source="t.md", title="t", text=text, language=language, content_hash="h")


def _shares(text: str, language: str = "nb") -> list[tuple[float, str]]:
    return [(a.value, a.text) for a in extract_shares(_doc(text, language))]


def test_a_share_of_the_costs_is_an_amount_in_percent():
    # Husbanken, tilskudd til utleieboliger 2012.
    text = "Tilskuddet skal normalt ikke overstige 20 % av godkjente prosjektkostnader."
    facts = [a for a in extract_amounts(_doc(text)) if a.currency == "%"]
    assert [(a.value, a.text, a.quote) for a in facts] == [(20, "20 %", text)]


def test_the_sentence_after_a_funding_sentence_in_the_same_paragraph_counts():
    text = (
        "Tilskuddet skal normalt ikke overstige 20 % av godkjente prosjektkostnader. Prosentsatsen kan "
        "likevel være inntil 40 % når boligene skal brukes til å forebygge og bekjempe bostedsløshet."
    )
    assert [v for v, _ in _shares(text)] == [20, 40]


def test_procent_written_out_and_two_alternatives():
    # Naturvårdsverket LONA; Transportministeriets cykelpulje 2009.
    assert _shares("Via LONA finns möjlighet att få upp till 50 procent i bidrag för att genomföra projekt.", "sv") == [
        (50, "50 procent")
    ]
    assert [v for v, _ in _shares("Ansøgere kan opnå enten 30% eller 50% tilskud.", "da")] == [30, 50]


def test_a_percentage_that_is_no_share_of_funding_is_left_out():
    assert _shares("Om lag 70 prosent av innbyggerne bor i byene.") == []
    assert _shares("Andelen økte med 5 prosentpoeng i fjor, og tilskuddet fulgte med.") == []


def test_a_share_glued_to_its_noun_is_a_share():
    assert [v for v, _ in _shares("Der ydes 50%-tilskud til projekter.", "da")] == [50]
