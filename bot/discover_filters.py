"""The filters a "which grants …?" question states, read deterministically in nb, nn, sv, da and en.

Only what the question says becomes a filter: "nå" asks for open calls, "de neste 30 dagene" or
"innen utgangen av mars" for deadlines up to a day, "kommunen" for an applicant type, "i Danmark"
for a country, "Helsedirektoratet" for an issuer, "2024" for a year, and the words after "tilskudd
til" for a topic. The same filters are the query parameters of /api/grants, /deadlines.ics and
/grants.atom (``DiscoverFilters.query``), so a chat answer can link to its own calendar.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from urllib.parse import urlencode

from pydantic import BaseModel

from eligibility import profile_from_text
from knowledge.applicant_words import noun_codes
from knowledge.countries import WORDS as COUNTRY_WORDS
from knowledge.dates import find_dates, month_names, month_number
from knowledge.models import ApplicantType, Country
from retrieval.lexical import content_words

_I = re.IGNORECASE


class DiscoverFilters(BaseModel):
    """What to list. ``open``: only calls open on ``today`` (dated or rolling); ``closing_by``: only
    deadlines from ``today`` to that day; ``include_closed``: list calls whose deadlines have passed
    (a question lists them only when it asks; the HTTP API unless ``closed=false``); ``grant_id``:
    that one grant (a per-grant calendar)."""

    open: bool = False
    closing_by: dt.date | None = None
    applicant_type: ApplicantType | None = None
    country: Country | None = None
    issuer: str | None = None
    year: int | None = None
    topic: str | None = None
    include_closed: bool = False
    grant_id: str | None = None

    def query(self, today: dt.date | None = None) -> str:
        """The filters as the query string of /api/grants, /deadlines.ics and /grants.atom."""
        params: dict[str, str] = {}
        if self.open:
            params["open"] = "true"
        if self.closing_by and today:
            params["closing_within_days"] = str(max(0, (self.closing_by - today).days))
        for key in ("applicant_type", "country", "issuer", "year", "grant_id"):
            if (value := getattr(self, key)) is not None:
                params[key] = str(value)
        if self.topic:
            params["q"] = self.topic
        if not self.include_closed and not (self.open or self.closing_by):
            params["closed"] = "false"
        return urlencode(params)

    def is_empty(self) -> bool:
        return self == DiscoverFilters()


_NOW = re.compile(
    r"\b(?:nå|nu|no(?= ?[?.!]?$)|akkurat nå|for tida|for tiden|for närvarande|for øyeblikket|i dag|idag|just nu|"
    r"lige nu|now|right now|currently|at the moment|today|åpne|åpen|opne|open|öppna|öppen|åbne|åben|"
    r"fortsatt|fortfarande|stadig|still)\b",
    _I,
)
# Closed calls are listed only when asked for: a year, or "earlier", "closed", "all".
_CLOSED = re.compile(
    r"\b(?:tidligere|tidlegare|tidigare|previous|previously|earlier|past|closed|stengte|stengde|lukkede|"
    r"stängda|avsluttede|avslutta|avslutade|afsluttede|gamle|gamla|old|alle|alla|all)\b",
    _I,
)
_UNIT_DAYS = {"d": 1, "w": 7, "u": 7, "v": 7, "m": 30}
_NUMBER = r"(?P<n>\d{1,3})"
_WITHIN = re.compile(
    r"\b(?:neste|næste|nästa|kommende|kommande|komande|de|dei|the|next|coming|within|innen|innan|inom|inden|"
    r"i løpet av|i løpet av dei|i løbet af|under de|over the)\s+(?:(?:neste|nästa|kommende|kommande|komande|next|"
    r"coming)\s+)?" + _NUMBER + r"\s+(?P<unit>dag\w*|days?|uke\w*|veke\w*|veck\w*|uge\w*|weeks?|måned\w*|"
    r"månad\w*|months?)",
    _I,
)
_END_OF = re.compile(
    r"\b(?:utgangen av|utgongen av|utgången av|udgangen af|slutten av|slutten på|slutet av|slutet på|"
    r"slutningen af|utløpet av|end of|the end of)\s+(?P<m>" + month_names() + r")\b(?:\s+(?P<y>(?:19|20)\d{2}))?",
    _I,
)
_THIS_MONTH = re.compile(
    r"\b(?:denne måneden|denne månaden|denne måned|den här månaden|denna månad|i måneden|i månaden|this month)\b",
    _I,
)
_BY_DATE = re.compile(r"\b(?:innen|innan|inom|inden|før|før den|före|by|before|senest|seinast|senast)\s*$", _I)
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d{2}(?![\d.,])")
# The words that ask for grants or state a filter: never part of the topic.
_NOT_TOPIC = re.compile(
    r"^(?:tilskudd\w*|tilskot\w*|tilskud\w*|bidrag\w*|stöd\w*|støtte\w*|grants?|funding|puljer?|pulje\w*|"
    r"ordning\w*|støtteordning\w*|stödform\w*|utlysning\w*|utlysing\w*|kunngjøring\w*|opslag\w*|midler|midlar|"
    r"medel|calls?|schemes?|programmes?|programs?|søk\w*|søg\w*|sök\w*|ansøg\w*|ansök\w*|apply\w*|open\w*|åpn\w*|"
    r"åpen|opne|öpp\w*|åbn\w*|åben|clos\w*|steng\w*|stäng\w*|lukk\w*|finnes|fins|finst|finns|findes|"
    r"lyst|lyste|utlyst|listed|neste|næste|nästa|kommende|kommande|next|coming|days?|dager|dagene|dagar|"
    r"dagarna|dage|dagene|uker|weeks?|måned\w*|månad\w*|months?|frist\w*|deadlines?|søknadsfrist\w*|"
    r"tidligere|tidlegare|tidigare|previous\w*|earlier|past|currently|right|moment|today|idag|"
    r"utgangen|utgången|udgangen|end|slutten|slutet|" + COUNTRY_WORDS + r"|\d+)$",
    _I,
)
# Where a topic starts: "tilskudd til X", "grants for X", "bidrag inom X", "puljer om X".
_TOPIC_START = re.compile(
    r"\b(?:tilskudd\w*|tilskot\w*|tilskud\w*|bidrag\w*|stöd\w*|støtte\w*|støtteordning\w*|grants?|funding|"
    r"pulje\w*|puljer|ordning\w*|midler|midlar|medel|calls?|schemes?|utlysning\w*)\s+"
    r"(?:\w+\s+){0,2}?(?:til|till|for|för|om|innenfor|innanfor|inom|inden for|within the field of|in the field of|"
    r"on|about|to|related to|relatert til|knyttet til)\s+(?P<topic>[^?!.]+)",
    _I,
)
# Words naming an organisation ("Helsedirektoratet", "Socialstyrelsen", "Kulturrådet").
_ISSUER_WORD = re.compile(
    r"\w*(?:direktorat|departement|styrelse|styrelsen|styrelses|verket|rådet|raadet|banken|fondet|fonden|"
    r"forvaltaren|forvalteren|myndigheten|institutet|instituttet|kommune|kommun|fylkeskommune|region)\w*$",
    re.I,
)
_ISSUER_BEFORE = re.compile(r"\b(?:fra|frå|från|from|af|av|by|har|hos)\s+$", _I)


def filters_from_question(question: str, today: dt.date, issuers: list[str]) -> DiscoverFilters:
    """The filters ``question`` states; ``issuers`` are the catalogue's issuers, for naming one."""
    text = " ".join(question.split())
    closing_by = _closing_by(text, today)
    year = next((int(m.group()) for m in _YEAR.finditer(text) if not _in_date(text, m)), None)
    codes = noun_codes(text)
    return DiscoverFilters(
        open=bool(_NOW.search(text)) and closing_by is None,
        closing_by=closing_by,
        applicant_type=codes[0] if codes else None,
        country=profile_from_text(text).get("country"),
        issuer=_issuer(text, issuers),
        year=year,
        topic=_topic(text),
        include_closed=year is not None or bool(_CLOSED.search(text)),
    )


def _in_date(text: str, year: re.Match) -> bool:
    # The year of "innen utgangen av mars 2025" dates the deadline, it does not ask for 2025's grants.
    spans = [m.span() for m in _END_OF.finditer(text)]
    spans += [(d.start, d.end) for d in find_dates(text) if _BY_DATE.search(text[: d.start])]
    return any(start <= year.start() < end for start, end in spans)


def _closing_by(text: str, today: dt.date) -> dt.date | None:
    if m := _WITHIN.search(text):
        return today + dt.timedelta(days=int(m.group("n")) * _UNIT_DAYS[m.group("unit")[0].lower()])
    if m := _END_OF.search(text):
        month = month_number(m.group("m")) or today.month
        year = int(m.group("y")) if m.group("y") else today.year + (month < today.month)
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    if _THIS_MONTH.search(text):
        return dt.date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    for mention in find_dates(text):
        if _BY_DATE.search(text[: mention.start]):
            day = mention.date or mention.on(today.year)
            if day and mention.year is None and day < today:
                day = mention.on(today.year + 1)
            if day:
                return day
    return None


def _issuer(text: str, issuers: list[str]) -> str | None:
    """A capitalised word (not the first) that is part of a known issuer's name or names an organisation."""
    for m in re.finditer(r"(?<=\s)[A-ZÆØÅÄÖ][\w-]{3,}", text):
        word = m.group()
        known = any(word.lower() in issuer.lower() for issuer in issuers)
        if known or _ISSUER_WORD.match(word) or _ISSUER_BEFORE.search(text[: m.start()]):
            if not noun_codes(word) or known:
                return word
    return None


def _topic(text: str) -> str | None:
    m = _TOPIC_START.search(text)
    if not m:
        return None
    phrase = m.group("topic")
    for code_word in _applicant_spans(phrase):
        phrase = phrase.replace(code_word, " ")
    content = set(content_words(phrase))
    kept = [w.lower() for w in re.findall(r"[^\W_]+(?:-[^\W_]+)*", phrase)
            if w.lower() in content and not _NOT_TOPIC.match(w)]
    return " ".join(dict.fromkeys(kept)) or None


def _applicant_spans(phrase: str) -> list[str]:
    """The words of ``phrase`` that name a kind of applicant ("kommuner"): a filter, not a topic."""
    return [w for w in re.findall(r"[\w-]+", phrase) if noun_codes(w)]


def filters_from_words(words: str, today: dt.date, issuers: list[str]) -> DiscoverFilters:
    """Filters written as words rather than a question (`/tilskudd varsle kommune helse`): the words that
    name no other filter are the topic."""
    filters = filters_from_question(words, today, issuers)
    if filters.topic is None:
        rest = words
        for word in _applicant_spans(words) + ([filters.issuer] if filters.issuer else []):
            rest = rest.replace(word, " ")
        rest = _YEAR.sub(" ", rest)
        content = set(content_words(rest))
        kept = [w.lower() for w in re.findall(r"[^\W_]+(?:-[^\W_]+)*", rest)
                if w.lower() in content and not _NOT_TOPIC.match(w) and not _NOW.fullmatch(w)]
        filters.topic = " ".join(dict.fromkeys(kept)) or None
    return filters
