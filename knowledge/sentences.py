"""Sentence splitting that keeps every sentence a verbatim span of the text.

Written here rather than taken from nltk/pysbd: those need downloaded models or
lack Norwegian and Swedish, and Nordic dates ("6. september") and abbreviations
("kr.", "mill.", "f.eks.") would be split wrongly by a plain period rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = set(
    "kr mill mrd mio mia f.eks bl.a ca nr jf jfr dvs evt inkl ekskl kl tlf tel st pkt ref mm m.m osv "
    "etc e.g i.e dep t.ex s.k resp dr prof adr avd bl mv m.v o.l pga vedr att kap pr iht ift mht ang "
    "hhv m.fl fx stk vha ex".split()
)
# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before whitespace
# and a capital, digit or opening quote; lines are hard boundaries because scraped text puts
# headings, list items and table cells on lines of their own.
_END = re.compile(r"[.!?][\"”’)\]]*\s+(?=[A-ZÆØÅÄÖÜÉ0-9\"“«(–-])")
# A list marker at the start of a line ("• ", "· ", "- ", "a) ", "2. " before a capital) is layout,
# not part of the sentence; " • " inside a line separates list items run together by a scraper.
_MARKER = re.compile(r"[•·▪◦●‣∙*–-]\s+|[a-zæøå]\)\s+|\d{1,2}[.)]\s+(?=[A-ZÆØÅÄÖÜ])")
_INLINE_BULLET = re.compile(r"\s[•·▪●]\s")
# Amount words and "and so on" often end a sentence ("… 58,6 mio. kr. Det endelige …", "… plejehjem
# mv. Dette …"): before a capitalised word they do; before a number or lower case they do not.
_FINAL_ABBREVIATIONS = {
    "kr",
    "mill",
    "mio",
    "mrd",
    "mia",
    "mv",
    "m.v",
    "osv",
    "etc",
    "m.m",
    "mm",
    "m.fl",
    "o.l",
}
_ORDINAL = re.compile(r"^\d{1,2}$")  # "6. september", "1. Prevention ...": not a sentence end


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


def _ends_with_abbreviation(chunk: str, following: str) -> bool:
    word = re.split(r"\s", chunk.rstrip())[-1].rstrip('.!?"”’)]').lower()
    if word in _FINAL_ABBREVIATIONS:
        return not following[:1].isupper()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or bool(_ORDINAL.match(word))


def _segments(line: re.Match) -> list[tuple[int, str]]:
    """(offset, text) of each list item or run of prose in one line, list markers left out."""
    out = []
    start = line.start()
    for part in _INLINE_BULLET.split(line.group()):
        lead = len(part) - len(part.lstrip())
        marker = _MARKER.match(part, lead)
        skip = marker.end() if marker else lead
        out.append((start + skip, part[skip:]))
        start += len(part) + 3  # the separator is always three characters: space, bullet, space
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences whose ``text`` equals ``text[start:end]``."""
    out: list[Sentence] = []
    for line in re.finditer(r"[^\n]+", text):
        for base, body in _segments(line):
            cut = 0
            for m in _END.finditer(body):
                if _ends_with_abbreviation(body[cut : m.start() + 1], body[m.end() :]):
                    continue
                _add(out, body, base, cut, m.end())
                cut = m.end()
            _add(out, body, base, cut, len(body))
    return out


def _add(out: list[Sentence], body: str, base: int, start: int, end: int) -> None:
    piece = body[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    s = base + start + lead
    out.append(Sentence(stripped, s, s + len(stripped)))


def sentence_containing(text: str, start: int, end: int | None = None) -> str:
    """The sentence of ``text`` that holds the span ``start:end`` (verbatim)."""
    end = start if end is None else end
    for s in split_sentences(text):
        if s.start <= start < s.end or (s.start <= start and end <= s.end):
            return s.text
    return text[start:end]
