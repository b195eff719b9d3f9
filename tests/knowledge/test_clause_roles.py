"""Clauses of a sentence and whether each denies: what one clause permits, the next may deny."""

from __future__ import annotations

from knowledge.clause_roles import clauses, negated, reach


def _parts(sentence: str) -> list[str]:
    return [sentence[a:b] for a, b in clauses(sentence)]


def test_a_turn_with_men_starts_a_new_clause():
    parts = _parts("Kommuner kan søke, men privatpersoner kan ikke søke.")
    assert len(parts) == 2 and not negated(parts[0]) and negated(parts[1])


def test_negation_inside_a_relative_clause_denies_nothing():
    assert not negated("Ordningen er avgrenset til de kommuner som per i dag ikke har et slikt tilbud.")


def test_sentence_initial_der_is_no_relative_word():
    assert negated("Der gives ikke tilskud til private borgere eller enkeltvirksomheder.")


def test_negation_without_a_modal_denies():
    assert negated(
        "Offentlige institutioner, private virksomheder og privatpersoner vil ikke komme i betragtning."
    )


def test_a_list_reaches_over_semicolons_but_stops_at_a_turn():
    items = "Ansøgerkredsen omfatter foreninger; uddannelsesinstitutioner; non-profit initiativer."
    assert reach(items, 0) == len(items)
    turned = "Tilskuddet kan søkes av frivillige organisasjoner, men ikke av kommuner."
    assert turned[: reach(turned, 0)] == "Tilskuddet kan søkes av frivillige organisasjoner"
