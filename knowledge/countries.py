"""The countries whose grants grantbot reads: codes, names, web domains, languages and currencies.

One vocabulary for extraction (a page's country and the currency of its bare "kroner"), eligibility
(the country a text requires, the asker's country) and question reading (a country is a filter, never
a topic). Display names are messages (``country.NO`` …), not here.
"""

from __future__ import annotations

import re

from knowledge.models import Country

COUNTRIES: tuple[Country, ...] = ("NO", "SE", "DK")
BY_DOMAIN: dict[str, Country] = {"no": "NO", "se": "SE", "dk": "DK"}
BY_LANGUAGE: dict[str, Country] = {"nb": "NO", "nn": "NO", "sv": "SE", "da": "DK"}
CURRENCY: dict[Country, str] = {"NO": "NOK", "SE": "SEK", "DK": "DKK"}

# The country's name in English and its own language(s), and the adjective ("norsk kommune",
# "Swedish state grant"), in the five languages grantbot reads.
_NAMES: dict[Country, str] = {"NO": r"norway|norge|noreg", "SE": r"sweden|sverige", "DK": r"denmark|danmark"}
_ADJECTIVES: dict[Country, str] = {"NO": r"norwegian|norsk\w*", "SE": r"swedish|svensk\w*", "DK": r"danish|dansk\w*"}

_NAMED = {code: re.compile(rf"\b(?:{names})\b", re.I) for code, names in _NAMES.items()}
# Where the asker says which country they are in: "i Norge", "in Sweden", "en dansk kommune".
_OF_ASKER = re.compile(
    "|".join(rf"(?P<{code}>\b(?:i|in) (?:{_NAMES[code]})\b|\b(?:{_ADJECTIVES[code]})\b)" for code in COUNTRIES),
    re.I,
)
# Alternations to use inside a word-bounded group: any name or adjective of a country; the adjectives.
WORDS = "|".join(f"{_NAMES[code]}|{_ADJECTIVES[code]}" for code in COUNTRIES)
ADJECTIVES = "|".join(_ADJECTIVES[code] for code in COUNTRIES)


def named_in(text: str) -> list[Country]:
    """The countries ``text`` names ("Norge", "Denmark"), in the order of COUNTRIES."""
    return [code for code, pattern in _NAMED.items() if pattern.search(text)]


def of_asker(text: str) -> Country | None:
    """The country an asker places themselves in ("vi er en svensk kommun", "i Danmark"): the first named."""
    match = _OF_ASKER.search(text)
    return next((code for code, found in match.groupdict().items() if found), None) if match else None
