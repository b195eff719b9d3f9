"""Numbers as Nordic and English announcements write them: grouped digits, decimal commas, number words, scales.

Written here rather than taken from a library: babel's ``parse_decimal`` reads one locale's
convention, but real Nordic pages mix them ("150.000" and "150 000" in the same Norwegian text,
"1.09 kr" next to "14,5 millioner"); text2num and word2number have no Nordic number words; and
price-parser knows no scale words ("mill.", "mia.", "mnok").
"""

from __future__ import annotations

import re

# A digit run as written: grouped by spaces, NBSPs or dots ("2 000 000", "150.000", optionally
# ",00"), grouped by commas the English way ("5,000"), or plain with one decimal mark ("14,5").
DIGITS = (
    r"(?<![\d.,])(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d{1,2}(?!\d))?"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d{1,2}(?!\d))?"
    r"|\d+(?:[.,]\d+)?)(?![\d])"
)

_UNITS = {
    1: "en én ett ei eitt ein et ét one",
    2: "to två tvo two",
    3: "tre three",
    4: "fire fyra four",
    5: "fem five",
    6: "seks sex six",
    7: "sju syv seven",
    8: "åtte åtta otte eight",
    9: "ni nio nine",
}
_TEENS = {
    10: "ti tio ten",
    11: "elleve elva eleven",
    12: "tolv twelve",
    13: "tretten tretton thirteen",
    14: "fjorten fjorton fourteen",
    15: "femten femton fifteen",
    16: "seksten sexton sixteen",
    17: "sytten sjutton seventeen",
    18: "atten arton eighteen",
    19: "nitten nitton nineteen",
}
_TENS = {
    20: "tjue tjugo tyve twenty",
    30: "tretti trettio tredve tredive thirty",
    40: "førti fyrti fyrtio fyrre forty",
    50: "femti femtio halvtreds fifty",
    60: "seksti sextio tres sixty",
    70: "sytti sjuttio halvfjerds seventy",
    80: "åtti åttio firs eighty",
    90: "nitti nittio halvfems ninety",
}
_HALVES = {0.5: "halv halvt", 1.5: "halvannen halvanna halvannan halvanden"}


def _table(groups: dict) -> dict[str, float]:
    return {word: value for value, words in groups.items() for word in words.split()}


_SIMPLE = _table(_UNITS) | _table(_TEENS) | _table(_TENS) | _table(_HALVES)
_UNIT = _table(_UNITS)
_TEN = _table(_TENS)
_HUNDRED = re.compile(r"^(\w*?)(?:hundre|hundra|hundrede|hundred)(?:og|och|and)?(\w*)$")


def _alternation(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_WORD = (
    rf"(?:(?:{_alternation(_TEN)})(?:{_alternation(_UNIT)})|(?:{_alternation(_UNIT)})og(?:{_alternation(_TEN)})"
    rf"|(?:{_alternation(_UNIT)})?(?:hundre|hundra|hundrede|hundred)[^\W\d_]*|{_alternation(_SIMPLE)})\b"
)
_AFTER_HUNDRED = r"(?:(?<=hundre)|(?<=hundra)|(?<=hundrede)|(?<=hundred))[ \u00a0]+(?:og|och|and)"
# Number words as ``word_number`` reads them ("fem", "to hundre", "hundre og femti"), for larger patterns.
NUMBER_WORD = rf"{_WORD}(?:(?:{_AFTER_HUNDRED})?[ \u00a0]+{_WORD})*"

_SCALE_WORDS = {
    1e3: r"tusen|tusind|thousand",
    1e6: r"millionerne|millionene|millionane|miljonerna|millioner|millionar|millionen|millions?|miljoner|miljon|mill|mio"
    r"|mln|milj",
    1e9: r"milliarder|milliardar|milliard|miljarder|miljard|billions?|mia|mrd",
}
_ABBREVIATED = ("mill", "mio", "mln", "milj", "mia", "mrd")
_SCALE_LIST = [w for ws in _SCALE_WORDS.values() for w in ws.split("|")]
# A scale word as written; only abbreviations take their dot ("mill." but not "million.").
# Longest first so "millioner" is not read as "mill" followed by "ioner".
_FULL_SCALES = _alternation(w for w in _SCALE_LIST if w not in _ABBREVIATED)
SCALE = rf"(?:(?:{_FULL_SCALES})\b|(?:{_alternation(_ABBREVIATED)})\b\.?)"


def word_number(word: str) -> float | None:
    """The value of number words ("fem", "tjugofem", "femogtyve", "to hundre", "en halv"), or None."""
    word = re.sub(r"\s+", "", word.lower())
    if re.fullmatch(r"(?:en|ei|ett|et|ein|a)halvt?", word):
        return 0.5
    if word in _SIMPLE:
        return _SIMPLE[word]
    hundreds = _HUNDRED.match(word)
    if hundreds:
        head, rest = hundreds.groups()
        lead = _UNIT.get(head, 1 if not head else None)
        tail = word_number(rest) if rest else 0
        return None if lead is None or tail is None else lead * 100 + tail
    return _compound_tens(word)


def _compound_tens(word: str) -> float | None:
    # Norwegian/Swedish put the tens first ("tjuefem"); Danish the unit first ("femogtyve").
    for ten, value in _TEN.items():
        if word.startswith(ten) and word[len(ten) :] in _UNIT:
            return value + _UNIT[word[len(ten) :]]
        for unit, unit_value in _UNIT.items():
            if word == f"{unit}og{ten}":
                return value + unit_value
    return None


def scale_value(word: str) -> float | None:
    """The multiplier of a scale word ("mill." → 1e6, "mia" → 1e9, "tusen" → 1e3), or None."""
    stem = word.lower().rstrip(".")
    for value, words in _SCALE_WORDS.items():
        if re.fullmatch(words, stem):
            return value
    return None


def parse_digits(text: str, scaled: bool = False) -> float | None:
    """The value of a digit run as matched by ``DIGITS``; ``scaled`` when a scale word follows.

    A single comma before exactly three digits is a thousands separator ("5,000") unless a scale
    word follows, where Nordic text means a decimal ("291,985 mill.kr").
    """
    text = re.sub(r"[ \u00a0\u202f]", "", text)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?", text) and not (scaled and text.count(",") == 1):
        return float(text.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?", text):
        text = text.replace(".", "")
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None
