"""Calendar dates as written in Nordic and English announcements, found with their place in the text.

Month and weekday names come from dateparser's CLDR-derived locale data, so spellings such as
"marts", "des" or "sept" come with the library instead of a hand list. The patterns around them
are our own: ``dateparser.search.search_dates`` is slow on whole pages and reads section numbers,
times and amounts as dates, and a wrong date is worse than a missing one here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from dateparser.languages.loader import default_loader

_LANGUAGES = ("nb", "nn", "sv", "da", "en")
_MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Only full weekday names: the short ones ("to", "man", "fr") are ordinary words in these languages.
_MIN_WEEKDAY_LENGTH = 6
_YEAR = r"(?:19|20)\d{2}"
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class DateMention:
    """A date written in the text; ``year`` is None when the text leaves it out."""

    start: int
    end: int
    day: int
    month: int
    year: int | None
    weekday: int | None = None  # Monday is 0, when the text names the weekday

    def on(self, year: int) -> dt.date | None:
        """This day and month in ``year``; None when that day does not exist."""
        return to_date(year, self.month, self.day)

    @property
    def date(self) -> dt.date | None:
        """The date when the text states the year."""
        return self.on(self.year) if self.year else None


def to_date(year: int, month: int, day: int) -> dt.date | None:
    """A valid date or None (31 June, 29 February in a common year)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@cache
def _names(keys: tuple[str, ...], min_length: int) -> dict[str, int]:
    out: dict[str, int] = {}
    for language in _LANGUAGES:
        info = default_loader.get_locale(language).info
        for number, key in enumerate(keys):
            for name in info.get(key, []):
                if len(name) >= min_length:
                    out[name.lower().rstrip(".")] = number
    return out


def _alternation(names: dict[str, int]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@cache
def _patterns() -> list[re.Pattern[str]]:
    months = _alternation(_names(_MONTH_KEYS, 3))
    # "söndagen den 31 januari": the definite form of the weekday comes along
    weekday = rf"(?:(?P<wd>{_alternation(_names(_WEEKDAY_KEYS, _MIN_WEEKDAY_LENGTH))})(?:en|a)?,?\s+(?:den\s+|d\.\s*)?)?"
    day = r"(?P<d>[0-3]?\d)"
    flags = re.IGNORECASE
    return [
        # "mandag 6. september 2004", "24.mars", "den 17. marts 2021", "1st of March 2024"
        re.compile(
            rf"(?<![\w.]){weekday}{day}(?:\.|st|nd|rd|th|:a|:e)?(?:\s+of)?\s*(?P<m>{months})\b"
            rf"(?:\.?,?\s+(?P<y>{_YEAR})(?!\d))?",
            flags,
        ),
        # "March 1, 2024" (the year is required: "May 5" alone is too often not a date)
        re.compile(rf"\b{weekday}(?P<m>{months})\.?\s+{day}(?:st|nd|rd|th)?,?\s+(?P<y>{_YEAR})(?!\d)", flags),
        re.compile(rf"(?<![\d.-])(?P<y>{_YEAR})-(?P<m>[01]?\d)-{day}(?![\d-])"),
        # "20.09.2020", "31.03.23", "18.2.2024", "16-03-2017", "1/3-2024": always day before month
        re.compile(rf"(?<![\w.,/-]){weekday}{day}\.\s?(?P<m>[01]?\d)\.\s?(?P<y>{_YEAR}|\d{{2}})(?!\d|\.\d)", flags),
        re.compile(rf"(?<![\w.,/-]){weekday}{day}-(?P<m>[01]?\d)-(?P<y>{_YEAR})(?![\d-])", flags),
        re.compile(rf"(?<![\w.,/-]){weekday}{day}/(?P<m>[01]?\d)[-/ ](?P<y>{_YEAR})(?![\d/-])", flags),
    ]


def month_names() -> str:
    """A regex alternation of the month names and abbreviations of our languages."""
    return _alternation(_names(_MONTH_KEYS, 3))


def month_number(name: str) -> int | None:
    """The month (1-12) a month name or abbreviation of our languages stands for."""
    number = _names(_MONTH_KEYS, 3).get(name.lower().rstrip("."))
    return None if number is None else number + 1


def _mention(match: re.Match[str]) -> DateMention | None:
    months = _names(_MONTH_KEYS, 3)
    raw_month = match["m"]
    month = int(raw_month) if raw_month.isdigit() else months[raw_month.lower().rstrip(".")] + 1
    year = _full_year(match["y"]) if match["y"] else None
    day = int(match["d"])
    if to_date(year or 2000, month, day) is None:  # 2000 is a leap year: 29 February may stand without one
        return None
    wd = match.groupdict().get("wd")
    weekday = _names(_WEEKDAY_KEYS, _MIN_WEEKDAY_LENGTH)[wd.lower()] if wd else None
    return DateMention(match.start(), match.end(), day, month, year, weekday)


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # "31.03.23": announcements in scope are from 1990 on
        return 2000 + year if year < 90 else 1900 + year
    return year


def find_dates(text: str) -> list[DateMention]:
    """Every date written in ``text``, in order, overlapping readings resolved to the longest."""
    if not _DIGIT.search(text):
        return []  # every pattern needs the day's digits: most lines and sentences have none
    found = [m for p in _patterns() for match in p.finditer(text) if (m := _mention(match))]
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[DateMention] = []
    for mention in found:
        if out and mention.start < out[-1].end:
            continue
        out.append(mention)
    return out


def find_years(text: str) -> list[tuple[int, int]]:
    """Every four-digit year in ``text`` as (position, year), including those inside dates."""
    return [(m.start(), int(m.group())) for m in re.finditer(rf"(?<!\d)(?<!\d,){_YEAR}(?!\d|[.,]\d)", text)]


# A year written as a word of its own: "2021", ".../tilskudd-2021/" (not inside "12021").
YEAR_WORD = re.compile(rf"\b{_YEAR}\b")


def is_year(word: str) -> bool:
    """True for a word that is a year ("2021")."""
    return re.fullmatch(_YEAR, word) is not None
