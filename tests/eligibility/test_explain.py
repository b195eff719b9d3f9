"""The chat reply to "Kan vi søke?": verdict, reasons, maximum, and a question for what is missing."""

from __future__ import annotations

import datetime as dt

from eligibility.check import check
from eligibility.explain import reply_lines
from eligibility.models import Profile
from eligibility.rules import GrantRules

RULES = GrantRules.model_validate(
    {
        "grant": "g",
        "title": "IT-samverkan",
        "source": "001.txt",
        "rules": [
            {"rule": "deadline", "rounds": [{"date": "2009-03-15", "quote": "senast 15 mars 2009."}]},
            {"rule": "partners", "any_of": ["region"], "quote": "ska kommunerna i samverkan med landstinget"},
            {
                "rule": "max_amount",
                "currency": "SEK",
                "rate": 1.09,
                "per": "länsinvånare",
                "quote": "1.09 kr",
            },
        ],
    }
)


def test_undetermined_reply_asks_for_what_is_missing():
    result = check(RULES, Profile(population=275000), dt.date(2009, 3, 1), "sv")
    assert reply_lines(result, "sv") == [
        "Det kan jag inte avgöra än.",
        "- Ansökan måste lämnas tillsammans med region. Vilka ansöker ni tillsammans med?",
        "Högsta belopp: 299 750 SEK.",
        "Berätta vilka ni ansöker tillsammans med.",
    ]


def test_eligible_reply_gives_every_reason():
    result = check(RULES, Profile(population=275000, partners=["region"]), dt.date(2009, 3, 1), "nb")
    assert reply_lines(result, "nb")[:3] == [
        "Ja, dere kan søke.",
        "- Søknadsfristen 15. mars 2009 er ikke passert.",
        "- Dere søker sammen med region, som kravet er.",
    ]
