"""Properties of every check: quotes behind pass/fail, unknown fields never decide, same answer every time."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from eligibility.check import check
from eligibility.models import Profile
from eligibility.rules import GrantRules
from knowledge.models import APPLICANT_TYPES

RULES = GrantRules.model_validate(
    {
        "grant": "g",
        "title": "Alle regler",
        "source": "g.md",
        "rules": [
            {"rule": "deadline", "rounds": [{"date": "2024-03-15", "quote": "Søknadsfrist 15. mars 2024."}]},
            {"rule": "applicant_type", "allowed": [{"code": "municipality", "quote": "Kommuner kan søke."}]},
            {
                "rule": "country",
                "countries": ["NO"],
                "issuer": "Helsedirektoratet",
                "quote": "Helsedirektoratet lyser ut.",
            },
            {
                "rule": "partners",
                "any_of": ["hospital_trust"],
                "quote": "Søknaden må skje i samarbeid med helseforetak.",
            },
            {
                "rule": "population",
                "max": 4999,
                "quote": "Ordningen gjelder kommuner med under 5000 innbyggere.",
            },
            {
                "rule": "max_amount",
                "currency": "NOK",
                "value": 500000,
                "quote": "Inntil 500 000 kroner per kommune.",
            },
            {"rule": "co_funding", "min_share": 0.2, "quote": "Det kreves 20 prosent egenandel."},
        ],
    }
)

FIELD_OF_RULE = {
    "applicant_type": "applicant_type",
    "country": "country",
    "partners": "partners",
    "population": "population",
    "max_amount": "requested_amount",
    "co_funding": "co_funding",
}

profiles = st.builds(
    Profile,
    applicant_type=st.none() | st.sampled_from(APPLICANT_TYPES),
    country=st.none() | st.sampled_from(["NO", "SE", "DK"]),
    population=st.none() | st.integers(0, 100_000),
    partners=st.none() | st.lists(st.sampled_from(APPLICANT_TYPES), max_size=3),
    requested_amount=st.none() | st.floats(0, 1e6),
    co_funding=st.none() | st.floats(0, 1),
)
days = st.dates(dt.date(2024, 1, 1), dt.date(2024, 12, 31))


@given(profiles, days)
def test_every_pass_or_fail_has_its_quote(profile, today):
    for r in check(RULES, profile, today).rules:
        assert r.outcome == "unknown" or r.quote


@given(profiles, days)
def test_unknown_profile_fields_never_pass_or_fail(profile, today):
    for r in check(RULES, profile, today).rules:
        field = FIELD_OF_RULE.get(r.id)
        if field and getattr(profile, field) is None:
            assert r.outcome == "unknown", r


@given(profiles, days)
def test_verdict_follows_the_outcomes_and_is_repeatable(profile, today):
    result = check(RULES, profile, today)
    outcomes = {r.outcome for r in result.rules}
    want = "not_eligible" if "fail" in outcomes else "undetermined" if "unknown" in outcomes else "eligible"
    assert result.verdict == want
    assert check(RULES, profile, today) == result


def test_missing_names_the_fields_that_settle_the_unknowns():
    result = check(RULES, Profile(), dt.date(2024, 3, 1))
    assert result.verdict == "undetermined"
    assert result.missing == ["applicant_type", "country", "partners", "population", "co_funding"]


def test_reasons_speak_the_askers_language():
    reasons = {
        lang: check(RULES, Profile(applicant_type="ngo"), dt.date(2024, 4, 1), lang).rules[1].reason
        for lang in ("nb", "nn", "sv", "da", "en")
    }
    assert reasons == {
        "nb": "Bare kommune kan søke, ikke frivillig organisasjon.",
        "nn": "Berre kommune kan søkje, ikkje frivillig organisasjon.",
        "sv": "Endast kommun kan ansöka, inte ideell organisation.",
        "da": "Kun kommune kan søge, ikke frivillig organisation.",
        "en": "Only municipality may apply, not NGO.",
    }
