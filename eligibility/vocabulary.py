"""Words for inhabitants and small numbers in nb, nn, sv, da and en; the words for kinds of
applicant and partner are knowledge.applicant_words, shared with the extractor.
"""

from __future__ import annotations

import re

from knowledge.applicant_words import noun_codes

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
    return noun_codes(text)


def parse_int(text: str) -> int | None:
    """An integer written with space, thin-space or dot thousand separators, or a small number word."""
    word = text.strip().lower()
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    digits = re.sub(r"[\s\u00a0\u202f.]", "", text)
    return int(digits) if digits.isdigit() else None


NUMBER = r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+"
