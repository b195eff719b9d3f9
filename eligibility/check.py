"""The deterministic evaluator: a grant's rules and a profile in, a verdict explained rule by rule out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from eligibility.derive import derive_rules
from eligibility.models import CheckResult, Profile, RuleResult
from eligibility.reasons import country_name, reason, type_name, type_names
from eligibility.rules import (
    ApplicantTypeRule,
    CoFundingRule,
    CountryRule,
    DeadlineRule,
    GrantRules,
    MaxAmountRule,
    PartnersRule,
    PopulationRule,
)
from knowledge.date_words import format_date
from knowledge.models import GrantRecord

# What one rule evaluates to: its result (None when the rule has nothing to say) and the
# profile fields that would settle it when unknown.
Evaluated = tuple[RuleResult | None, list[str]]


def _result(rule, outcome: str, text: str, quote: str | None = None) -> RuleResult:
    return RuleResult(
        id=rule.rule, outcome=outcome, reason=text, quote=quote or rule.quote, source=rule.source
    )


def _deadline(rule: DeadlineRule, p: Profile, today: dt.date, lang: str) -> Evaluated:
    if not rule.open_call:
        return _result(rule, "unknown", reason("deadline.no_call", lang)), []
    if rule.rolling:
        return _result(rule, "pass", reason("deadline.rolling", lang)), []
    if not rule.rounds:
        return _result(rule, "unknown", reason("deadline.none", lang)), []
    still_open = [r for r in rule.rounds if r.date >= today]  # the deadline day itself is still open
    if still_open:
        r = still_open[0]
        return _result(rule, "pass", reason("deadline.open", lang, date=format_date(r.date, lang)), r.quote), []
    r = rule.rounds[-1]
    return _result(rule, "fail", reason("deadline.closed", lang, date=format_date(r.date, lang)), r.quote), []


def _applicant_type(rule: ApplicantTypeRule, p: Profile, today: dt.date, lang: str) -> Evaluated:
    if not rule.allowed:
        return _result(rule, "unknown", reason("applicant_type.none", lang)), []
    allowed = type_names([a.code for a in rule.allowed], lang)
    first = rule.allowed[0].quote
    if p.applicant_type is None:
        return _result(rule, "unknown", reason("applicant_type.ask", lang, allowed=allowed), first), [
            "applicant_type"
        ]
    match = next((a for a in rule.allowed if a.code == p.applicant_type), None)
    mine = type_name(p.applicant_type, lang)
    if match:
        return _result(rule, "pass", reason("applicant_type.ok", lang, type=mine), match.quote), []
    return _result(rule, "fail", reason("applicant_type.not", lang, allowed=allowed, type=mine), first), []


def _country(rule: CountryRule, p: Profile, today: dt.date, lang: str) -> Evaluated:
    names = " / ".join(country_name(c, lang) for c in rule.countries)
    by = f" ({rule.issuer})" if rule.issuer else ""
    if p.country is None:
        return _result(rule, "unknown", reason("country.ask", lang, country=names)), ["country"]
    if p.country in rule.countries:
        return _result(rule, "pass", reason("country.ok", lang, by=by, country=names)), []
    yours = country_name(p.country, lang)
    return _result(rule, "fail", reason("country.not", lang, by=by, country=names, yours=yours)), []


def _partners(rule: PartnersRule, p: Profile, today: dt.date, lang: str) -> Evaluated:
    if rule.min_municipalities:
        needed = reason("partners.count", lang, n=rule.min_municipalities)
    else:
        needed = type_names(rule.any_of, lang)
    if p.partners is None:
        return _result(rule, "unknown", reason("partners.ask", lang, needed=needed)), ["partners"]
    if rule.min_municipalities:
        count = p.partners.count("municipality") + (p.applicant_type == "municipality")
        ok = count >= rule.min_municipalities
        shown = needed
    else:
        # "samarbeid mellom kommune og helseforetak" names the applicant too; the partner is the other one.
        others = [c for c in rule.any_of if c != p.applicant_type] or rule.any_of
        hits = [c for c in others if c in p.partners]
        ok, shown = bool(hits), type_names(hits, lang)
    if ok:
        return _result(rule, "pass", reason("partners.ok", lang, partner=shown)), []
    return _result(rule, "fail", reason("partners.not", lang, needed=needed)), []


def _bounds(rule: PopulationRule) -> str:
    if rule.min is not None and rule.max is not None:
        return f"{rule.min}–{rule.max}"
    return f"≥ {rule.min}" if rule.min is not None else f"≤ {rule.max}"


def _population(rule: PopulationRule, p: Profile, today: dt.date, lang: str) -> Evaluated:
    if p.population is None:
        return _result(rule, "unknown", reason("population.ask", lang, bounds=_bounds(rule))), ["population"]
    low_ok = rule.min is None or p.population >= rule.min
    high_ok = rule.max is None or p.population <= rule.max
    key = "population.ok" if low_ok and high_ok else "population.not"
    outcome = "pass" if low_ok and high_ok else "fail"
    return _result(rule, outcome, reason(key, lang, population=p.population, bounds=_bounds(rule))), []


def cap_of(rule: MaxAmountRule, p: Profile) -> dict | None:
    """The CONTRACT ``max_amount`` for this profile, or None when the formula lacks the population."""
    if rule.rate is not None:
        if p.population is None:
            return None
        value = round(exact_rate(rule) * p.population, 2)
    elif rule.value is not None:
        value = rule.value
    else:
        return None
    return {"value": int(value) if float(value).is_integer() else value, "currency": rule.currency}


def exact_rate(rule: MaxAmountRule) -> float:
    """The rate a stated example implies, when the written rate is that rate rounded; else the written one.

    "275 000 innevånare kan få 300 000 kr (1.09 kr per länsinvånare)": 1.09 is 300 000 / 275 000 rounded,
    so the county of the example gets exactly the 300 000 the text promises, not 299 750.
    """
    rate = float(rule.rate or 0)
    if not (rule.example_population and rule.example_value):
        return rate
    exact = rule.example_value / rule.example_population
    written = repr(rate)
    decimals = len(written.split(".")[1]) if "." in written else 0
    return exact if abs(exact - rate) <= 0.5 * 10**-decimals + 1e-12 else rate


def _max_amount(rule: MaxAmountRule, p: Profile, today: dt.date, lang: str) -> Evaluated:
    # The cap itself is reported as ``max_amount``; it becomes a rule only once an amount is requested.
    if p.requested_amount is None:
        return None, []
    cap = cap_of(rule, p)
    if cap is None:
        return _result(rule, "unknown", reason("max_amount.ask", lang)), ["population"]
    shown = f"{cap['value']:,} {cap['currency']}".replace(",", " ")
    ok = p.requested_amount <= cap["value"]
    return _result(
        rule, "pass" if ok else "fail", reason(f"max_amount.{'ok' if ok else 'not'}", lang, cap=shown)
    ), []


def _co_funding(rule: CoFundingRule, p: Profile, today: dt.date, lang: str) -> Evaluated:
    if p.co_funding is None:
        return _result(rule, "unknown", reason("co_funding.ask", lang)), ["co_funding"]
    ok = p.co_funding >= rule.min_share if rule.min_share is not None else p.co_funding > 0
    share = f"{rule.min_share:.0%}" if rule.min_share is not None else "> 0 %"
    return _result(
        rule, "pass" if ok else "fail", reason(f"co_funding.{'ok' if ok else 'not'}", lang, share=share)
    ), []


_EVALUATORS: dict[str, Callable[..., Evaluated]] = {
    "deadline": _deadline,
    "applicant_type": _applicant_type,
    "country": _country,
    "partners": _partners,
    "population": _population,
    "max_amount": _max_amount,
    "co_funding": _co_funding,
}


def verdict_of(results: list[RuleResult]) -> str:
    """Any fail → not_eligible; else any unknown → undetermined; else eligible."""
    outcomes = {r.outcome for r in results}
    return "not_eligible" if "fail" in outcomes else "undetermined" if "unknown" in outcomes else "eligible"


def check(
    rules: GrantRules | GrantRecord, profile: Profile, today: dt.date, language: str = "en"
) -> CheckResult:
    """Evaluate every rule of a grant against ``profile`` on ``today``; pure and deterministic."""
    if isinstance(rules, GrantRecord):  # a record alone: its rules as derived without the text
        rules = derive_rules(rules, None)
    results, missing = [], []
    for rule in rules.rules:
        result, wanted = _EVALUATORS[rule.rule](rule, profile, today, language)
        if result is not None:
            results.append(result)
            missing += [w for w in wanted if result.outcome == "unknown" and w not in missing]
    caps = [c for r in rules.of_kind("max_amount") if (c := cap_of(r, profile))]
    return CheckResult(
        grant={"id": rules.grant, "title": rules.title, "source": rules.source},
        verdict=verdict_of(results),
        rules=results,
        missing=missing,
        max_amount=caps[0] if caps else None,
    )
