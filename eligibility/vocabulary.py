"""Words for applicant and partner types, inhabitants and small numbers in nb, nn, sv, da and en.

Hand-written: no maintained package maps Nordic public-sector nouns ("landsting",
"helseforetak", "fylkeskommune") to our applicant codes.
"""

from __future__ import annotations

import re

# Longer nouns first: "fylkeskommune" must win over "kommune", "landstinget" over nothing.
_NOUNS: tuple[tuple[str, str], ...] = (
    (
        "county_municipality",
        r"fylkeskommun\w*|fylkeskommunar\w*|county municipalit\w*|county(?! councils?)|counties",
    ),
    ("county_administration", r"statsforvalter\w*|fylkesmann\w*|fylkesmenn\w*|länsstyrelse\w*"),
    ("region", r"landsting\w*|regione[nr]\w*|region|regioner|county councils?|regions?"),
    (
        "hospital_trust",
        r"sykehus\w*|sjukehus\w*|sjukhus\w*|sygehus\w*|helsefor?etak\w*|helseføretak\w*|hospitals?|health trusts?",
    ),
    (
        "research_institution",
        r"universitet\w*|høgskol\w*|høgskul\w*|högskol\w*|forskningsinstitu\w*|universit(?:y|ies)|research institutions?|fagmiljø\w*",
    ),
    ("municipality", r"kommun\w*|municipalit\w*"),
    (
        "ngo",
        r"frivillig\w* organisasjon\w*|ideell\w* organisation\w*|frivillig\w* organisation\w*|organisasjon\w*|organisation\w*|foreninger|föreningar|ngos?|voluntary organi[sz]ations?",
    ),
    ("company", r"bedrift\w*|företag\w*|virksomhed\w*|næringsliv\w*|companies|company|firms?"),
)
NOUN = re.compile("|".join(f"(?P<{code}>\\b(?:{pat})\\b)" for code, pat in _NOUNS), re.I)

INHABITANTS = (
    r"(?:innbygg\w*|innebygg\w*|invånare|innevånare|länsinvånare|indbygger\w*|inhabitants?|residents?|people)"
)

NUMBER_WORDS = {
    "to": 2,
    "två": 2,
    "two": 2,
    "tre": 3,
    "three": 3,
    "fire": 4,
    "fyra": 4,
    "four": 4,
    "fem": 5,
    "five": 5,
    "seks": 6,
    "sex": 6,
    "six": 6,
}


def codes_in(text: str) -> list[str]:
    """Applicant/partner type codes named in ``text``, in order of first mention."""
    return list(dict.fromkeys(m.lastgroup for m in NOUN.finditer(text) if m.lastgroup))


def parse_int(text: str) -> int | None:
    """An integer written with space, thin-space or dot thousand separators, or a small number word."""
    word = text.strip().lower()
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    digits = re.sub(r"[\s\u00a0\u202f.]", "", text)
    return int(digits) if digits.isdigit() else None


NUMBER = r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+"
