"""The year of a date written without one ("Søknadsfrist 15. mai"), taken from the text around it.

Only what the text supports is used, strongest first: the same day stated with a year as an
application deadline elsewhere in the text; a single year in the same sentence; the publication
date (the next such day after it, or the last one before it when the sentence speaks in the past
tense); the years the text mentions. A named weekday ("tirsdag den 28. marts") must agree with the
result, or the date is dropped: a guessed year sent to a municipality is worse than none.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from knowledge.dates import DateMention, find_dates, find_years
from knowledge.sentences import Sentence

# A page footer's "© 2023" dates the site, not the call.
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?$", re.IGNORECASE)
_RECURRING = re.compile(r"\b(?:hvert år|kvart år|varje år|every year|each year|årlig\w*|annual\w*)\b", re.IGNORECASE)
# A period of years ("2021–2027"): a programme's life, not the year of one of its calls.
YEAR_SPAN = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d(?!\d)")
_CAPTION = re.compile(r"^[^\n]*\((?:foto|photo|bilde|bild|fotograf|illustrasjon|image)\b[^\n]*$", re.IGNORECASE | re.MULTILINE)
# "tilskuddsordninger for 2009", "Visionsmedel för 2018": the year the money is for. Applications are
# due before or early in it: "senast den 31 mars" is in 2018, but "innen 15. desember" for the 2009
# schemes may well be in 2008.
_MONEY_FOR = re.compile(r"\b(?:for|för|til|till)\s+(?:(?:året|år|budsjettåret|budgetåret)\s+)?$", re.IGNORECASE)
_AHEAD_OF = re.compile(r"\b(?:inför|forud for|ahead of|i forkant av)\s+(?:år\s+)?$", re.IGNORECASE)
# Past-tense verbs that report on a closed round ("Den första omgången gick ut den 31 augusti").
_PAST = re.compile(
    r"\b(?:var|var[te]|gick ut|löpte ut|stängde|havde|hadde|hade|udløb|utløp|utløpte|ble|blev|blei"
    r"|was|were|closed|expired|endte|sluttet|slutade|avslutades)\b",
    re.IGNORECASE,
)


@dataclass
class YearContext:
    """What a document says that can settle a missing year."""

    published: dt.date | None = None
    years: list[tuple[int, int]] = field(default_factory=list)  # (position, year), bare or in a deadline
    dated: list[tuple[int, int]] = field(default_factory=list)  # years inside dates of other things
    stated: dict[tuple[int, int], set[int]] = field(default_factory=dict)  # (month, day) -> years
    money_for: set[int] = field(default_factory=set)  # positions of years the money is for

    @classmethod
    def of(cls, text: str, published: dt.date | None, deadlines: list[DateMention]) -> YearContext:
        """The context of ``text`` given its publication date and the deadline dates found in it."""
        by_day: dict[tuple[int, int], set[int]] = {}
        for m in deadlines:
            if m.year:
                by_day.setdefault((m.month, m.day), set()).add(m.year)
        # "2021 – 2027", "2018–2029": a programme or plan period names no single year of a deadline
        spans = [(m.start(), m.end()) for m in YEAR_SPAN.finditer(text)]
        # a photo caption dates the picture ("fikk støtte ... i 2022 (Foto: Katrine Lunke)")
        spans += [(m.start(), m.end()) for m in _CAPTION.finditer(text)]
        years = [
            (pos, y)
            for pos, y in find_years(text)
            if not _COPYRIGHT.search(text, max(0, pos - 12), pos) and not any(a <= pos < b for a, b in spans)
        ]
        # A year inside a date that is not a deadline ("rapport innen 1. mars 2025") dates something
        # else; it says nothing about the year of a deadline written next to it.
        starts = {m.start for m in deadlines}
        other = [(m.start, m.end) for m in find_dates(text) if m.start not in starts]
        inside = [(pos, y) for pos, y in years if any(a <= pos < b for a, b in other)]
        money_for = {pos for pos, _ in years if _MONEY_FOR.search(text, max(0, pos - 24), pos)}
        return cls(published, [p for p in years if p not in inside], inside, by_day, money_for)


def infer_year(mention: DateMention, sentence: Sentence, ctx: YearContext) -> int | None:
    """The year of ``mention``, written in ``sentence``, or None when the text does not settle it.

    A recurring deadline ("1. mars hvert år") is the next one after publication; the years a text
    mentions say nothing about which occurrence is meant, so they are not used for it.
    """
    year = _same_day_stated(mention, ctx) or _single_year_in(sentence, ctx)
    past = bool(_PAST.search(sentence.text))
    if _RECURRING.search(sentence.text):
        year = year or _around_publication(mention, ctx.published, past=False)
    else:
        year = year or _around_publication(mention, ctx.published, past) or _year_of_text(mention, ctx)
    if year is None or mention.weekday is None or _weekday_fits(mention, year):
        return year
    # The named weekday rules the guess out; keep a year only when exactly one candidate fits it.
    fitting = {y for y in _candidates(ctx) if _weekday_fits(mention, y)}
    return fitting.pop() if len(fitting) == 1 else None


def _same_day_stated(mention: DateMention, ctx: YearContext) -> int | None:
    years = ctx.stated.get((mention.month, mention.day), set())
    return next(iter(years)) if len(years) == 1 else None


def _single_year_in(sentence: Sentence, ctx: YearContext) -> int | None:
    """The one year the sentence names; a year it applies *ahead of* ("senast 31 oktober inför 2021 års
    bidrag") is the year after the deadline's."""
    found = [(pos, y) for pos, y in ctx.years if sentence.start <= pos < sentence.end]
    if len({y for _, y in found}) != 1:
        return None
    pos, year = found[0]
    local = pos - sentence.start
    return year - 1 if _AHEAD_OF.search(sentence.text, max(0, local - 16), local) else year


def _around_publication(mention: DateMention, published: dt.date | None, past: bool) -> int | None:
    """The first such day after publication (a call announces what is ahead), or the last one before
    it when the sentence reports a closed round."""
    if published is None:
        return None
    years = range(published.year - 1, published.year + 2)
    days = [d for y in years if (d := mention.on(y))]
    if past:
        return max((d.year for d in days if d <= published), default=None)
    return min((d.year for d in days if d >= published), default=None)


def _year_of_text(mention: DateMention, ctx: YearContext) -> int | None:
    """The only year the text mentions (unless only as the year the money is for), else the one
    written nearest to the date.

    Years standing alone say what the text is about; years of other dates written before the
    deadline count only when no year stands alone.
    """
    # a date stamped above the text dates it; one below it ("Opdateret 19. februar 2019") records a later edit
    years = ctx.years or [(pos, y) for pos, y in ctx.dated if pos < mention.start]
    if not years:
        return None
    if len({y for _, y in years}) == 1:
        # Named only as the year the money is for: a deadline in its second half may be in the year before.
        only_money_for = all(pos in ctx.money_for for pos, _ in years)
        return None if only_money_for and mention.month > 6 else years[0][1]
    return min(years, key=lambda p: (abs(p[0] - mention.start), -p[1]))[1]


def _candidates(ctx: YearContext) -> set[int]:
    years = {y for _, y in ctx.years + ctx.dated}
    if ctx.published:
        years |= {ctx.published.year - 1, ctx.published.year, ctx.published.year + 1}
    return years


def _weekday_fits(mention: DateMention, year: int) -> bool:
    day = mention.on(year)
    return day is not None and day.weekday() == mention.weekday
