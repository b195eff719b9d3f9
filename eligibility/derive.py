"""Rule derivation: a grant record and its text in, the grant's rules out; deterministic, never guessed."""

from __future__ import annotations

import re

from eligibility import clauses
from eligibility.rules import (
    Allowed,
    ApplicantTypeRule,
    CoFundingRule,
    CountryRule,
    DeadlineRule,
    GrantRules,
    MaxAmountRule,
    PartnersRule,
    PopulationRule,
    Round,
)
from eligibility.vocabulary import INHABITANTS, NUMBER, parse_int
from knowledge.countries import CURRENCY
from knowledge.models import Document, GrantRecord
from knowledge.sentences import split_sentences

_CODES = {"SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "EUR": "EUR"}
_PER_INHABITANT = re.compile(r"innbygg|innebygg|invånare|innevånare|indbygg|inhabitant|resident", re.I)


def derive_rules(record: GrantRecord, document: Document | None) -> GrantRules:
    """Every rule the record and the text of one grant state."""
    sentences = [s.text for s in split_sentences(document.text)] if document else []
    src = record.source
    found = [
        _deadline(record, sentences),
        _applicant_types(record),
        _country(record, document, sentences),
        _partners(sentences),
        _population(sentences),
        _max_amount(record, sentences),
        _co_funding(sentences),
    ]
    rules = [r.model_copy(update={"source": src}) for r in found if r is not None]
    return GrantRules(grant=record.id, title=record.title, source=src, language=record.language, rules=rules)


def _deadline(record: GrantRecord, sentences: list[str]) -> DeadlineRule:
    rounds = sorted({d.date: d.quote for d in record.deadlines}.items())
    if rounds:
        return DeadlineRule(rounds=[Round(date=d, quote=q) for d, q in rounds])
    if quote := clauses.rolling(sentences):
        return DeadlineRule(rolling=True, quote=quote)
    if quote := clauses.award_news(sentences):
        return DeadlineRule(open_call=False, quote=quote)
    return DeadlineRule()


def _applicant_types(record: GrantRecord) -> ApplicantTypeRule:
    first = {}
    for fact in record.applicant_types:
        first.setdefault(fact.code, fact.quote)
    return ApplicantTypeRule(allowed=[Allowed(code=c, quote=q) for c, q in first.items()])


def _country(record: GrantRecord, document: Document | None, sentences: list[str]) -> CountryRule | None:
    """The countries the text requires applicants to be established in, else the issuer's own,
    unless the text opens the grant to other countries."""
    if named := clauses.countries_required(sentences):
        return CountryRule(countries=named[1], quote=named[0])
    if abroad := clauses.open_abroad(sentences):
        quote, nordic = abroad
        return CountryRule(countries=["NO", "SE", "DK"], quote=quote) if nordic else None
    if record.country is None:
        return None
    issuer = record.issuer or (document.issuer if document else None)
    naming = [s for s in sentences if issuer and issuer in s]
    # Prefer the sentence where the issuer announces the call over a footer or a menu line.
    quote = next((s for s in naming if clauses.announces(s)), naming[0] if naming else None)
    return CountryRule(countries=[record.country], issuer=issuer, quote=quote)


def _partners(sentences: list[str]) -> PartnersRule | None:
    found = clauses.required_partners(sentences)
    if found is None:
        return None
    return PartnersRule(any_of=found.any_of, min_municipalities=found.min_municipalities, quote=found.quote)


def _population(sentences: list[str]) -> PopulationRule | None:
    found = clauses.population_bounds(sentences)
    return PopulationRule(min=found.min, max=found.max, quote=found.quote) if found else None


def _co_funding(sentences: list[str]) -> CoFundingRule | None:
    found = clauses.co_funding(sentences)
    return CoFundingRule(quote=found[0], min_share=found[1]) if found else None


_EXAMPLE_POPULATION = re.compile(rf"(?P<n>{NUMBER})\s+{INHABITANTS}", re.I)


def _example(record: GrantRecord, rate) -> tuple[int, float] | None:
    """(population, amount) of a worked example in the rate's own sentence: a population in
    inhabitants and a sum one applicant can get, in the rate's currency."""
    found = _EXAMPLE_POPULATION.search(rate.quote)
    sums = [a for a in record.amounts if a.quote == rate.quote and a.role == "max_per_applicant"
            and a.currency == rate.currency]
    population = parse_int(found.group("n")) if found else None
    return (population, sums[0].value) if population and sums else None


def _max_amount(record: GrantRecord, sentences: list[str]) -> MaxAmountRule | None:
    """A rate per inhabitant when one is stated, else the largest fixed amount per applicant."""
    rates = [a for a in record.amounts if a.role == "rate" and a.per and _PER_INHABITANT.search(a.per)]
    if rates:
        a = rates[0]
        population, value = _example(record, a) or (None, None)
        return MaxAmountRule(
            currency=a.currency, rate=a.value, per=a.per, quote=a.quote,
            example_population=population, example_value=value,
        )
    if found := clauses.rate_per_inhabitant(sentences):
        quote, rate, written, per = found
        # "kr" alone is a currency only together with the issuer's country.
        currency = _CODES.get(written.upper()) or CURRENCY.get(record.country or "")
        if currency:
            return MaxAmountRule(currency=currency, rate=rate, per=per, quote=quote)
    caps = [a for a in record.amounts if a.role == "max_per_applicant"]
    if caps:
        a = max(caps, key=lambda a: a.value)
        return MaxAmountRule(currency=a.currency, value=a.value, quote=a.quote)
    return None
