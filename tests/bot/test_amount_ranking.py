"""Which amounts answer an amount question first (bot.composers.rank_amounts), on seed 001's sentences."""

from __future__ import annotations

from bot.composers import rank_amounts
from knowledge.models import AmountFact

# Seed 001 (IT-samverkan): the call's total, and the example that gives a cap and a rate.
TOTAL = "De 10 miljoner kr som disponeras för regional IT-samverkan mellan kommunerna och dessa och landstingen"
EXAMPLE = "Det innebär att ett normalstort län på 275 000 innevånare kan få 300 000 kr, (1.09 kr per länsinvånare)."
AMOUNTS = [
    AmountFact(quote=TOTAL, value=10_000_000, currency="SEK", text="10 miljoner kr", role="total"),
    AmountFact(quote=EXAMPLE, value=300_000, currency="SEK", text="300 000 kr", role="max_per_applicant"),
    AmountFact(quote=EXAMPLE, value=1.09, currency="SEK", text="1.09 kr", role="rate", per="länsinvånare"),
]


def roles(question: str) -> list[str]:
    return [a.role for a in rank_amounts(question, AMOUNTS)]


def test_what_one_applicant_can_get_is_answered_by_its_cap_and_rate_first():
    assert roles("Hur mycket kan ett län med 275 000 invånare få?")[:2] == ["max_per_applicant", "rate"]
    assert roles("How much can a county of 275 000 people get?")[:2] == ["max_per_applicant", "rate"]


def test_how_much_there_is_is_answered_by_the_total_first():
    assert roles("Hur mycket pengar finns det totalt?")[0] == "total"
