"""Which of several application deadlines a question asks about, read from the time it names.

A page may list several rounds or calls; a question about "the September 2024 deadline", "autumn
2020" or "the round that opens 24 August 2021" wants that one. Only the time the question names
is used, never its other words: the deadlines kept are those the question's month, season or
date points at, and all of them when it points at none.
"""

from __future__ import annotations

import datetime as dt
import re

from knowledge.dates import find_dates, month_names, month_number
from knowledge.layout import headings
from knowledge.lines import Line

# Seasons as the months their rounds close in. Bare "vår" is also "our", so only its definite form.
_SEASONS = {
    "spring": (
        re.compile(r"\b(?:våren|vårens|vårsemesteret|vårterminen|foråret|forår|spring)\b", re.IGNORECASE),
        range(1, 7),
    ),
    "autumn": (
        re.compile(r"\b(?:høsten|høst|hausten|haust|hösten|höst|efteråret|efterår|autumn)\b", re.IGNORECASE),
        range(8, 13),
    ),
}
# A question asking for several deadlines ("Vilka sista ansökningsdagar ...", "What are the deadlines").
_PLURAL = re.compile(
    r"\b\w*(?:frister|fristene|fristar|fristane|fristerna|dagar|dagarna|datoer|datum|deadlines|dates|rounds"
    r"|omgångar|omgångarna|runder|rundene|utlysningar|utlysninger|calls)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# "may" and "mai"/"maj" are ordinary words too; they name a month only before a year.
_SHORT = {"may", "mai", "maj", "mar", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "okt", "oct", "nov", "des", "dec"}


def asked_deadlines(question: str, days: list[dt.date]) -> list[dt.date]:
    """The deadlines among ``days`` that ``question`` singles out by its time words (all if none)."""
    if len(days) < 2:
        return days
    for pick in (_by_date, _by_month, _by_season):
        chosen = pick(question, days)
        if chosen:
            return chosen
    return days


def _by_date(question: str, days: list[dt.date]) -> list[dt.date]:
    """"The round that opens 24 August 2021": the first deadline on or after the date named."""
    named = [d.date for d in find_dates(question) if d.date]
    if len(named) != 1:
        return []
    later = [d for d in days if d >= named[0]]
    if _PLURAL.search(question):  # "the deadlines of the two calls that opened 18 October 2021"
        return later
    return [min(later)] if later else []


def _by_month(question: str, days: list[dt.date]) -> list[dt.date]:
    """"The September 2024 deadline"."""
    chosen = []
    for m in re.finditer(rf"\b({month_names()})\.?(?:\s+((?:19|20)\d\d))?\b", question, re.IGNORECASE):
        word, year = m.group(1).lower(), m.group(2)
        if word in _SHORT and not year:
            continue
        month = month_number(word)
        chosen += [d for d in days if d.month == month and (not year or d.year == int(year))]
    return sorted(set(chosen))


def _by_season(question: str, days: list[dt.date]) -> list[dt.date]:
    """"Autumn 2020", "våren 2023": the deadlines in those months (of that year, when named)."""
    for pattern, months in _SEASONS.values():
        m = pattern.search(question)
        if m is None:
            continue
        year = _YEAR.match(question, m.end() + 1)
        return [d for d in days if d.month in months and (year is None or d.year == int(year.group(1)))]
    return []


_WORD = re.compile(r"[^\W\d_]{4,}")


def asked_by_words(question: str, sections: dict[dt.date, str]) -> list[dt.date]:
    """The deadlines whose own words the question repeats, when it asks for one deadline.

    ``sections`` holds each deadline's quote with the heading over it. Only words that set one
    section apart from the others count ("Project Idea Form", "formidling"); a deadline is chosen
    when its section shares at least two such words with the question and no other shares as many.
    """
    days = list(sections)
    if len(set(sections.values())) < 2 or _PLURAL.search(question):
        return days
    stems = {day: _stems(text) for day, text in sections.items()}
    asked = _stems(question)
    scores = {}
    for day in days:
        others = set().union(*(stems[o] for o in days if sections[o] != sections[day]))
        scores[day] = len(asked & (stems[day] - others))
    best = max(scores.values())
    chosen = [d for d in days if scores[d] == best]
    if best < 2 or len({sections[d] for d in chosen}) > 1:
        return days
    return chosen


def _stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in _WORD.findall(text)}


def section_of(text: str, quote: str, day: dt.date, heads: list[Line] | None = None) -> str:
    """The words of ``quote`` that go with ``day`` ("For small projects, the deadline for submitting the
    Project Idea Form is 9 March 2022"), with the heading over the quote in ``text`` (``heads``:
    ``headings(text)`` when the caller has them already)."""
    at = text.find(quote)
    above = [h.text for h in (headings(text) if heads is None else heads) if h.end <= at] if at >= 0 else []
    clause = _clause(quote, day)
    return f"{above[-1]}\n{clause}" if above else clause


def sections_of(text: str, quotes: dict[dt.date, str]) -> dict[dt.date, str]:
    """``section_of`` for each deadline and its quote; the headings of ``text`` are found once."""
    heads = headings(text) if quotes else []
    return {day: section_of(text, quote, day, heads) for day, quote in quotes.items()}


def _clause(quote: str, day: dt.date) -> str:
    """From the date before ``day`` in ``quote`` to ``day``; the last date keeps the words after it."""
    dates = find_dates(quote)
    for i, d in enumerate(dates):
        if (d.day, d.month) == (day.day, day.month):
            start = dates[i - 1].end if i else 0
            return quote[start : d.end if i + 1 < len(dates) else len(quote)]
    return quote
