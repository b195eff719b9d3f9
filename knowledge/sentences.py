"""Sentence splitting that keeps every sentence a verbatim span of the text.

Written here rather than taken from nltk/pysbd: those need downloaded models or
lack Norwegian and Swedish, and Nordic dates ("6. september") and abbreviations
("kr.", "mill.", "f.eks.") would be split wrongly by a plain period rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = {
    "kr", "mill", "mrd", "mio", "mia", "f.eks", "bl.a", "ca", "nr", "jf", "jfr", "dvs", "evt", "inkl",
    "ekskl", "kl", "tlf", "tel", "st", "pkt", "ref", "mm", "m.m", "osv", "etc", "e.g", "i.e", "dep",
    "t.ex", "s.k", "resp", "dr", "prof", "adr", "avd", "bl", "mv", "m.v", "o.l", "pga", "vedr",
}
# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before whitespace
# and a capital, digit or opening quote; lines are hard boundaries because scraped text puts
# headings, list items and table cells on lines of their own.
_END = re.compile(r"[.!?][\"”’)\]]*\s+(?=[A-ZÆØÅÄÖÜÉ0-9\"“«(–-])")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


def _ends_with_abbreviation(chunk: str) -> bool:
    word = re.split(r"\s", chunk.rstrip())[-1].rstrip(".!?\"”’)]").lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences whose ``text`` equals ``text[start:end]``."""
    out: list[Sentence] = []
    for line in re.finditer(r"[^\n]+", text):
        base, body = line.start(), line.group()
        cut = 0
        for m in _END.finditer(body):
            if _ends_with_abbreviation(body[cut : m.start() + 1]):
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
