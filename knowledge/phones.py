"""Phone numbers in running text, normalised to E.164 with the phonenumbers library."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

# phonenumbers' VALID leniency rejects numbers from ranges that were valid when an old
# announcement was written (e.g. Norwegian 25 xx xx xx in 2004), so matching is done at
# POSSIBLE leniency and the shape of the written number screens out dates, amounts and
# budget codes ("01.03.2018", "765.60", "24 000 000") that POSSIBLE also accepts.
_SHAPE = re.compile(r"^(\(?\+\d+\)?[\d\s-]*(\(0\))?[\d\s-]*|[\d\s-]+)$")
_YEARS = re.compile(r"^(19|20)\d\d\s*-\s*(19|20)\d\d$")  # "2014-2021", a period
_CURRENCY_AFTER = re.compile(r"\s*(?:kr\b|kroner|kronor|NOK|SEK|DKK|EUR|euro|mill)", re.I)
_CURRENCY_BEFORE = re.compile(r"(?:kr\.?|NOK|SEK|DKK|EUR)\s*$", re.I)
_NATIONAL_DIGITS = {"NO": (8, 8), "DK": (8, 8), "SE": (7, 10)}


@dataclass(frozen=True)
class PhoneMatch:
    e164: str
    start: int
    end: int


def find_phones(text: str, country: str | None) -> list[PhoneMatch]:
    """Phone numbers written in ``text``; ``country`` (NO, SE, DK) is the region for national numbers."""
    region = country or "NO"
    out: list[PhoneMatch] = []
    for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE):
        is_amount = _CURRENCY_AFTER.match(text, m.end) or _CURRENCY_BEFORE.search(text, 0, m.start)
        if _looks_like_phone(m.raw_string, region) and not is_amount:
            e164 = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
            out.append(PhoneMatch(e164, m.start, m.end))
    return out


def _looks_like_phone(raw: str, region: str) -> bool:
    if not _SHAPE.match(raw.strip()) or _YEARS.match(raw.strip()):
        return False
    if raw.strip().lstrip("(").startswith("+"):
        return True
    digits = re.sub(r"\D", "", raw)
    low, high = _NATIONAL_DIGITS.get(region, (8, 10))
    if region == "SE" and not digits.startswith("0"):
        return False  # Swedish national numbers are written with their trunk 0
    return low <= len(digits) <= high
