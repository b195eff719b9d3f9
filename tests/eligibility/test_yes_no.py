"""Yes/no questions about a kind of applicant, settled by the check's rules and what the text denies."""

import pytest

from eligibility.models import CheckResult, RuleResult
from eligibility.yes_no import asked_parties, decide

ALLOWED = "Nå kan kommunene søke støtte til lokalmedisinske sentre og samarbeid om helsetjenester."
TOGETHER = "Det kan være prosjekter der flere kommuner samarbeider, og det kan være samarbeid mellom kommuner og sykehus."
PARTNER_ONLY = "Frivillige organisasjoner kan være samarbeidspartnere, men kan ikke søke selv."


def _result(outcome: str) -> CheckResult:
    rule = RuleResult(id="applicant_type", outcome=outcome, reason="…", quote=ALLOWED)
    return CheckResult(grant={"id": "g", "title": "t", "source": "s"}, verdict="undetermined", rules=[rule], missing=[])


@pytest.mark.parametrize(
    ("question", "types", "partners"),
    [
        ("Kan kommunene søke sammen med sykehus om samhandlingsmidlene?", ["municipality"], ["hospital_trust"]),
        ("Kan frivillige organisasjoner søke?", ["ngo"], []),
        ("Kan ideella föreningar söka?", ["ngo"], []),
        ("Kan frivillige foreninger søge om midler til fyrtårnskommune?", ["ngo"], []),
        ("Kan frivillige organisasjonar søkje?", ["ngo"], []),
        ("Can non-profit organisations apply together with hospitals?", ["ngo"], ["hospital_trust"]),
    ],
)
def test_the_applicants_stand_before_the_verb_and_the_partners_after_together_with(question, types, partners):
    assert asked_parties(question) == (types, partners)


def test_a_partner_who_cannot_apply_itself_is_no_applicant():
    found = decide(_result("fail"), ["ngo"], [], [ALLOWED, PARTNER_ONLY])
    assert (found.verdict, found.phrase, found.quotes) == ("no", "no_partner_only", [PARTNER_ONLY])


def test_a_kind_the_text_names_as_partner_is_no_applicant_even_when_the_list_names_it():
    assert decide(_result("pass"), ["ngo"], [], [PARTNER_ONLY]).verdict == "no"


def test_applying_together_with_a_partner_the_text_names_is_a_yes_with_both_sentences():
    found = decide(_result("pass"), ["municipality"], ["hospital_trust"], [ALLOWED, TOGETHER])
    assert (found.verdict, found.quotes) == ("yes", [ALLOWED, TOGETHER])


def test_a_partner_the_text_never_names_leaves_it_open():
    assert decide(_result("pass"), ["municipality"], ["company"], [ALLOWED, TOGETHER]).verdict == "unclear"


def test_a_kind_outside_the_allowed_list_is_a_no_and_an_unstated_list_is_unclear():
    assert decide(_result("fail"), ["ngo"], [], [ALLOWED]).verdict == "no"
    assert decide(_result("unknown"), ["ngo"], [], [ALLOWED]).verdict == "unclear"
