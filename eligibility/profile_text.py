"""The profile fields a question states in free text (nb, nn, sv, da, en); only what is said, never guessed."""

from __future__ import annotations

import re

from eligibility.vocabulary import INHABITANTS, NUMBER, NUMBER_WORDS, codes_in, parse_int
from knowledge.applicant_words import noun_codes
from knowledge.countries import ADJECTIVES, of_asker

_SELF = re.compile(
    r"\b(?:vi er|vi är|me er|we are|we're|i am|jeg er|eg er|jag är|som|as|for|"
    r"(?:kan|får|can|may)(?=\s+(?:ein|eit|ett|en|ei|et|an|a)\b))\s+(?:(?:ein|eit|ett|en|ei|et|an|a|the)\b)?\s*"
    r"(?:(?:liten|lita|lite|stor|store|mindre|små|lille|small|large|" + ADJECTIVES + r")\s+)?"
    r"(?P<noun>\w+(?:\s+\w+)?)",
    re.I,
)
_OUR = re.compile(
    r"\b(?:vår|vårt|vores|our)\s+(?P<noun>\w+)|\b(?P<noun2>kommunen|kommunen vår)\s+(?:vår|har)\b", re.I
)
_POPULATION = re.compile(
    r"(?P<n>" + NUMBER + r")\s*(?:" + INHABITANTS + r")|"
    r"\b(?:kommun\w*|municipality|county|region|län|fylke\w*)\s+(?:med|of|with|på)\s+(?:about\s+|ca\.?\s+|cirka\s+)?"
    r"(?P<m>" + NUMBER + r")\b",
    re.I,
)
_TOGETHER = re.compile(
    r"\b(?:sammen med|saman med|tillsammans med|together with|i samarbeid med|i samarbeid med|i samverkan med|"
    r"i samarbejde med|in (?:co-?operation|partnership) with|with the|med (?:to|tre|fire|andre|flere|fleire|"
    r"några|nogle|\d+)\b)",
    re.I,
)
_SEVERAL_MUNICIPALITIES = re.compile(
    r"\b(\d+|"
    + "|".join(NUMBER_WORDS)
    + r")\s+(?:andre|andra|other|flere|fleire|nabo|grann)?\s*(?:kommun\w*|municipalit\w*)",
    re.I,
)
_ALONE = re.compile(
    r"\b(?:uten|utan|uden|without)\s+(?:\w+\s+)?(?:partner\w*|samarbeid\w*|samarbets\w*|samarbejds\w*)|"
    r"\b(?:alene|aleine|ensam(?:ma)?|alone|på egen hånd|på eiga hand|på egen hand|on our own|by ourselves)\b",
    re.I,
)
_MUNICIPALITY = re.compile(r"\b([A-ZÆØÅÄÖ][\w-]+)\s+(?:kommune|kommun|municipality)\b")
_AMOUNT = re.compile(
    r"\b(?:søk\w* om|ansök\w* om|sök\w* om|ansøg\w* om|søg\w* om|apply for|request\w*)\s+(?:ca\.?\s+|about\s+)?"
    r"(?P<n>" + NUMBER + r")\s*(?P<unit>mill\w*|kr\w*|sek|nok|dkk)?",
    re.I,
)


def _applicant_type(text: str) -> str | None:
    for m in list(_SELF.finditer(text)) + list(_OUR.finditer(text)):
        found = noun_codes(m.group("noun") or m.group("noun2") or "")
        if found:
            return found[0]
    return None


def _population(text: str) -> int | None:
    m = _POPULATION.search(text)
    return parse_int(m.group("n") or m.group("m")) if m else None


def _partners(text: str) -> list[str] | None:
    if _ALONE.search(text):
        return []
    found: list[str] = []
    for m in _TOGETHER.finditer(text):
        found += [c for c in codes_in(text[m.end() : m.end() + 60]) if c not in found]
    # "med två andra kommuner": the partner list holds one entry per partner municipality.
    if (many := _SEVERAL_MUNICIPALITIES.search(text)) and "municipality" in found:
        found += ["municipality"] * ((parse_int(many.group(1)) or 1) - 1)
    return found or None


def _requested_amount(text: str) -> float | None:
    m = _AMOUNT.search(text)
    if not m or (n := parse_int(m.group("n"))) is None:
        return None
    return float(n * 1_000_000 if (m.group("unit") or "").lower().startswith("mill") else n)


def profile_from_text(text: str) -> dict:
    """The profile fields stated in ``text``: keys only for what the text says."""
    country = of_asker(text)
    municipality = _MUNICIPALITY.search(text)
    found = {
        "applicant_type": _applicant_type(text),
        "country": country,
        "municipality": municipality.group(1) if municipality else None,
        "population": _population(text),
        "partners": _partners(text),
        "requested_amount": _requested_amount(text),
    }
    return {k: v for k, v in found.items() if v is not None}
