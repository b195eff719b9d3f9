"""Phone numbers in running text, normalised to E.164 with the phonenumbers library."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlparse

import phonenumbers

from knowledge.issuers import country_of
from knowledge.models import Document

# phonenumbers' VALID leniency rejects numbers from ranges that were valid when an old
# announcement was written (e.g. Norwegian 25 xx xx xx in 2004), so matching is done at
# POSSIBLE leniency and the shape of the written number screens out dates, amounts and
# budget codes ("01.03.2018", "765.60", "24 000 000") that POSSIBLE also accepts.
_SHAPE = re.compile(r"^(\(?\+\d+\)?[\d\s-]*(\(0\))?[\d\s-]*|[\d\s-]+)$")
_YEARS = re.compile(r"^(19|20)\d\d\s*-\s*(19|20)\d\d$")  # "2014-2021", a period
_CURRENCY_AFTER = re.compile(r"\s*(?:kr\b|kroner|kronor|NOK|SEK|DKK|EUR|euro|mill)", re.I)
_CURRENCY_BEFORE = re.compile(r"(?:kr\.?|NOK|SEK|DKK|EUR)\s*$", re.I)
_NATIONAL_DIGITS = {"NO": (8, 8), "DK": (8, 8), "SE": (7, 10), "FI": (8, 11), "AX": (8, 11)}
# Regions whose national numbers are written with their trunk 0 ("08-519 291 00", "050 5962601").
_TRUNK_ZERO = {"SE", "FI", "AX"}
_NORDIC = {"NO", "SE", "DK", "FI", "AX", "IS"}
_DOMAIN = re.compile(r"(?:@|https?://|www\.)[\w.-]+\.([a-z]{2})\b", re.I)


@dataclass(frozen=True)
class PhoneMatch:
    e164: str
    start: int
    end: int


def find_phones(text: str, country: str | None) -> list[PhoneMatch]:
    """Phone numbers written in ``text``; ``country`` (NO, SE, DK) is the region for national numbers."""
    region = country or "NO"
    out: list[PhoneMatch] = []
    # "+ 47 78 47 41 80": the sign moved next to its digits, offsets unchanged.
    scan = re.sub(r"\+ (?=\d)", " +", text)
    for m in phonenumbers.PhoneNumberMatcher(scan, region, leniency=phonenumbers.Leniency.POSSIBLE):
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
    if region in _TRUNK_ZERO and not digits.startswith("0"):
        return False
    return low <= len(digits) <= high


def phone_region(doc: Document) -> str:
    """The region national numbers in ``doc`` belong to: the page's country domain, else the
    country domain most of its e-mail and web addresses have, else its country by language.

    A Swedish-language page from Finland ("tfn 019 289 2781") has Finnish numbers, not Swedish.
    """
    host = urlparse(doc.url or "").hostname or ""
    tld = host.rsplit(".", 1)[-1].upper() if "." in host else ""
    if tld in phonenumbers.SUPPORTED_REGIONS:
        return tld
    # Only Nordic domains decide: a link to a foreign site says nothing about the page's own numbers.
    counts = Counter(m.group(1).upper() for m in _DOMAIN.finditer(doc.text))
    named = [(n, r) for r, n in counts.items() if r in _NORDIC]
    if named:
        return max(named)[1]
    return country_of(doc) or "NO"
