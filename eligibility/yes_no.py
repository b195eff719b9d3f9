"""A yes/no question about a kind of applicant ("Kan frivillige organisasjoner søke?", "Kan kommunene
søke sammen med sykehus?"), settled by the same deterministic rules as the check, then by what the
text states about that kind: a partner who "kan ikke søke selv" is no applicant, a kind the text denies
("Privatpersoner kan ikke søke") is excluded, and a partner is welcome where the text names working
together with it ("det kan være samarbeid mellom kommuner og sykehus").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from eligibility.models import CheckResult
from knowledge.applicant_words import PARTNER_CUE, may_name, noun_spans
from knowledge.applicants import APPLY_VERB, PARTNER_ROLE
from knowledge.clause_roles import clauses, negated

Verdict = Literal["yes", "no", "unclear"]
_APPLIES = re.compile(rf"\b{APPLY_VERB}\b|\bsøk\w*|\bsök\w*|\bsøg\w*|\bansø\w*|\bansök\w*|\bappl\w*", re.I)
_TOGETHER = re.compile(
    rf"{PARTNER_CUE.pattern}|\b(?:samarbeid\w*|samarbet\w*|samarbejd\w*|samverk\w*|cooperat\w*|co-operat\w*|"
    r"collaborat\w*|partner\w*)",
    re.I,
)


@dataclass
class Finding:
    """The answer (yes, no, unclear), the phrase that says why, and the sentences it rests on."""

    verdict: Verdict
    phrase: str
    types: list[str]
    partners: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)


def asked_parties(question: str) -> tuple[list[str], list[str]]:
    """(the kinds asked about as applicants, the kinds asked about as partners): "Kan kommunene søke
    sammen med sykehus?" → (municipality, hospital_trust)."""
    # The applicants stand before the verb ("Kan frivillige foreninger søge"), the partners right after
    # "sammen med"; a kind named later belongs to the grant's name ("… om midler til fyrtårnskommune").
    verb = _APPLIES.search(question)
    together = PARTNER_CUE.search(question)
    cut = min(m.start() for m in (verb, together) if m) if (verb or together) else len(question)
    spans = noun_spans(question)
    types = list(dict.fromkeys(c for c, start, _ in spans if start < cut))
    near = range(together.end(), together.end() + 40) if together else range(0)
    partners = list(dict.fromkeys(c for c, start, _ in spans if start in near and c not in types))
    return types, partners


def denial(sentences: list[str], code: str) -> tuple[str, bool] | None:
    """(sentence, whether it names them as partners) where the text says ``code`` may not apply."""
    for s in (s for s in sentences if may_name(s, code)):
        for c, start, _ in noun_spans(s):
            if c != code:
                continue
            after = [(a, b) for a, b in clauses(s) if b > start][:2]  # its own clause and the next
            if any(negated(s[a:b]) and _APPLIES.search(s[a:b]) for a, b in after):
                return s, bool(PARTNER_ROLE.search(s[start:]))
    return None


def cooperation(sentences: list[str], code: str) -> str | None:
    """The sentence that names working together with ``code``, not denied."""
    for s in (s for s in sentences if may_name(s, code)):
        for c, start, _ in noun_spans(s):
            if c != code or not _TOGETHER.search(s):
                continue
            own = next(((a, b) for a, b in clauses(s) if a <= start < b), (0, len(s)))
            if not negated(s[own[0] : own[1]]):
                return s
    return None


def decide(result: CheckResult, types: list[str], partners: list[str], sentences: list[str]) -> Finding:
    """Yes, no or unclear for ``types`` applying (with ``partners``), from the check of each type and the text."""
    rule = next((r for r in result.rules if r.id == "applicant_type"), None)
    for code in types:
        denied = denial(sentences, code)
        if denied and denied[1]:
            return Finding("no", "no_partner_only", [code], quotes=[denied[0]])
        if denied:
            return Finding("no", "no_excluded", [code], quotes=[denied[0]])
    if rule is None or rule.outcome == "unknown":
        return Finding("unclear", "unclear_applicants" if rule else "unclear", types)
    if rule.outcome == "fail":
        return Finding("no", "no_applicants_named", types, quotes=[q for q in [rule.quote] if q])
    quotes = [rule.quote] if rule.quote else []
    if not partners:
        return Finding("yes", "yes_applicants", types, quotes=quotes)
    required = next((r for r in result.rules if r.id == "partners"), None)
    if required and required.outcome == "pass" and required.quote:
        return Finding("yes", "yes_together", types, partners, quotes + [required.quote])
    together = [cooperation(sentences, p) for p in partners]
    if all(together):
        return Finding("yes", "yes_together", types, partners, quotes + [q for q in together if q not in quotes])
    return Finding("unclear", "unclear", types, partners, quotes)
