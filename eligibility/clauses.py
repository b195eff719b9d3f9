"""Eligibility clauses read from an announcement's sentences: partners, population, co-funding, call status.

Each finder returns the fact with the verbatim sentence it rests on, or None when the text
states nothing: a requirement is only derived from a sentence that states it as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from eligibility.vocabulary import INHABITANTS, NUMBER, NUMBER_WORDS, parse_int
from knowledge.applicant_words import noun_spans
from knowledge.countries import named_in
from knowledge.deadline_cues import ROLLING as _ROLLING  # one vocabulary with the deadline answer
from knowledge.money_words import COSTS, OWN_SHARE, PERCENT

# Words that make a sentence a requirement rather than a possibility ("det kan være samarbeid").
_MUST = re.compile(
    r"\b(?:må|skal|skall|ska|måste|krav\w*|kreves|kræves|forutset\w*|förutsät\w*|forudsæt\w*|"
    r"betingelse\w*|vilkår\w*|villkor\w*|behöver|behøver|trenger|must|shall|needs? to|required?|requirement|condition)\b",
    re.I,
)
_TOGETHER = re.compile(
    r"\b(?:i samverkan med|i samarbeid med|i samarbeid mellom|i samarbejde med|samarbeid med|samarbete med|"
    r"samarbejde med|sammen med|saman med|tillsammans med|together with|in (?:co-?operation|partnership|"
    r"collaboration) with|gemensam ansökan|felles søknad|felles søknad fra|fælles ansøgning|"
    r"samarbeide med|samarbeida med|samarbejde med|samarbeta med|samverka med|collaborate with|cooperate with)\b",
    re.I,
)
_AT_LEAST_MUNICIPALITIES = re.compile(
    r"\b(?:minst|mindst|at least|minimum)\s+(\d+|"
    + "|".join(NUMBER_WORDS)
    + r")\s+(?:kommun\w*|municipalit\w*)",
    re.I,
)
_BOUND = re.compile(
    r"\b(?:med|with|som har|der har|having|på)\s+(?P<cmp>under|over|mer enn|meir enn|mindre enn|færre enn|"
    r"færre end|flere enn|fleire enn|fler än|färre än|mindre än|mer än|högst|høgst|højst|minst|mindst|"
    r"fewer than|more than|less than|at least|at most|up to|opp til|op til|upp till)\s+"
    r"(?P<n>" + NUMBER + r")\s+" + INHABITANTS,
    re.I,
)
_MAX_WORDS = (
    "under",
    "mindre",
    "færre",
    "färre",
    "högst",
    "høgst",
    "højst",
    "fewer",
    "less",
    "at most",
    "up to",
    "opp til",
    "op til",
    "upp till",
)
_STRICT = (
    "under",
    "over",
    "mer",
    "meir",
    "mindre",
    "færre",
    "flere",
    "fleire",
    "fler",
    "färre",
    "fewer",
    "more",
    "less",
)
_CO_FUNDING = re.compile(
    rf"\b(?:(?:{OWN_SHARE})\w*|"
    # "Kommunen må selv dekke minst 25 prosent av kostnadene": the applicant pays a share itself.
    r"(?:selv|sjølv|själv|själva|themselves|itself)\s+(?:\w+\s+)?(?:dekke|dekkje|dække|täcka|stå för|betale|betala|"
    r"finansiere|finansiera|bidra|cover|fund|pay)\w*|(?:dekke|dekkje|dække|täcka|betale|betala)\s+(?:selv|sjølv|själv))",
    re.I,
)
# A population bound is an eligibility condition only where the sentence speaks of who may apply;
# "kommunar med over 10 000 innbyggjarar: inntil kr 145 000" is a tier of amounts, not a bound.
_WHO = re.compile(
    r"\b(?:kan søke|kan søkje|kan ansöka|kan söka|kan søge|may apply|can apply|eligible|berettiget|"
    r"målgrupp\w*|omfatt\w*|gjeld\w*|gäller|gælder|forbeholdt|förbehåll\w*|bare|berre|kun|endast|only)\b",
    re.I,
)
_MONEY = re.compile(r"\b(?:kr|kroner|kronor|NOK|SEK|DKK|EUR|inntil|upp till|op til|up to)\b", re.I)
_APPLICATIONS = re.compile(r"\b(?:søk\w*|ansök\w*|ansøg\w*|appl(?:y|ication)\w*|sökas|sendes|skickas)", re.I)
# "inntil 50 prosent av godkjente kostnader": the grant covers at most that share, the rest is the applicant's.
_SHARE_OF_COSTS = re.compile(
    r"\b(?:inntil|opp til|upp till|op til|up to|højst|høgst|högst|maks\w*|max\w*|at most)\s+"
    rf"(?P<pct>\d{{1,2}}(?:[.,]\d+)?)\s*{PERCENT}\s+(?:av|af|of)\s+"
    rf"(?:\w+\s+){{0,2}}(?:{COSTS})\w*",
    re.I,
)
_AT_LEAST_PERCENT = re.compile(
    rf"\b(?:minst|mindst|at least|minimum)\s+\d{{1,3}}(?:[.,]\d+)?\s*{PERCENT}", re.I
)
_PERCENT = re.compile(rf"(\d{{1,3}}(?:[.,]\d+)?)\s*{PERCENT}", re.I)
_AWARDED = re.compile(
    r"\b(?:har (?:mottatt|fått|fått tildelt|tildelt|fordelt|beviljats|beviljat|tilldelats|fået|modtaget)|"
    r"fikk|fekk|fick|fik|ble tildelt|vart tildelt|blev tildelt|er tildelt|tilldelades|beviljades|"
    r"har nu fordelt|(?:has|have) been awarded|were awarded|received)\b",
    re.I,
)
_CALL = re.compile(
    r"\b(?:kan søke|kan søkje|kan søkes|søknadsfrist\w*|frist for|fristen|kan ansöka|kan sökas|ansökan ska|"
    r"sista dag|ansökningstid|kan ansøge|ansøgningsfrist\w*|can apply|apply by|deadline|lyses ut|lyst ut|"
    r"utlyses|utlyst|søk om|sök om|ansök om|ansøg om|open call|utlysning|udbyd\w*|opslag)\b",
    re.I,
)
_ABROAD = re.compile(
    r"\b(?:(?:nordiske|nordiska|nordic|baltic|baltiske|baltiska) (?:land|länder|lande|countries)|"
    r"hele norden|hela norden|internasjonale søkere|internationella sökande|international applicants)\b",
    re.I,
)
_ANNOUNCES = re.compile(
    r"\b(?:lyser ut|lyst ut|utlyser|utlyst|kunngj\w*|udmeld\w*|indkald\w*|inviterer|invites|fördelar|fordeler|"
    r"betala ut|tildel\w*|tilldela\w*|udbyd\w*|bevilg\w*|beviljar|har satt av|har avsatt|calls? for)\b",
    re.I,
)
_ESTABLISHED = re.compile(
    r"\b(?:located|established|based|registered|resident|hjemmehørende|heimehøyrande|etablert|etablerad|"
    r"etableret|registrert|registrerad|registreret|hemmahörande|baseret|basert|lokalisert)\b",
    re.I,
)
_RATE = re.compile(
    r"(?P<rate>\d+(?:[.,]\d+)?)\s*(?P<cur>kr|kronor|kroner|SEK|NOK|DKK)\.?\s*(?:per|pr\.?|/|for hver)\s*"
    r"(?P<per>\w*" + INHABITANTS + r")",
    re.I,
)


@dataclass
class Partners:
    quote: str
    any_of: list[str] = field(default_factory=list)
    min_municipalities: int | None = None


@dataclass
class Bounds:
    quote: str
    min: int | None = None
    max: int | None = None


# Between two partner nouns of one list only a conjunction, a comma or a slash may stand
# ("universitet/høgskoler", "kommuner og sykehus"); anything longer starts another clause.
_LIST_GAP = re.compile(r"^[\s,/]*(?:(?:og|och|and|eller|or|samt|og/eller|och/eller)\s+(?:\w+\s+)?)?$", re.I)


def _partner_list(after: str) -> list[str]:
    """The partner types named right after "together with", up to the end of that list."""
    codes, end = [], None
    for code, start, stop in noun_spans(after[:120]):
        if end is not None and start < end:  # another code of the same words ("offentlige instanser")
            codes.append(code)
            continue
        gap = after[end:start] if end is not None else after[:start]
        if (end is None and len(gap) > 30) or (end is not None and not _LIST_GAP.match(gap)):
            break
        codes.append(code)
        end = stop
    return list(dict.fromkeys(codes))


# "ska ni ha bidragit till exempelvis … samverkan med ett lärosäte": one example among outcomes, no requirement.
_EXAMPLE = re.compile(
    r"\b(?:exempelvis|till exempel|t\.ex\.|for eksempel|eksempelvis|til dømes|f\.eks\.|fx|for example|"
    r"e\.g\.|such as|som for eksempel|såsom)",
    re.I,
)


def required_partners(sentences: list[str]) -> Partners | None:
    """The partners a sentence requires the applicant to apply with."""
    for s in sentences:
        at_least = _AT_LEAST_MUNICIPALITIES.search(s)
        together = _TOGETHER.search(s)
        if at_least and _MUST.search(s):
            return Partners(s, min_municipalities=parse_int(at_least.group(1)))
        if together and _MUST.search(s) and not _EXAMPLE.search(s, 0, together.start()):
            codes = _partner_list(s[together.end() :])
            if codes:
                return Partners(s, any_of=codes)
    return None


def population_bounds(sentences: list[str]) -> Bounds | None:
    """Bounds on the applicant's population ("kommuner med under 5 000 innbyggere")."""
    for s in sentences:
        m = _BOUND.search(s)
        if (
            m
            and (_WHO.search(s) or _MUST.search(s))
            and not _MONEY.search(s)
            and (n := parse_int(m.group("n"))) is not None
        ):
            cmp = m.group("cmp").lower()
            strict = cmp.split()[0] in _STRICT
            if cmp.startswith(_MAX_WORDS):
                return Bounds(s, max=n - 1 if strict else n)
            return Bounds(s, min=n + 1 if strict else n)
    return None


def co_funding(sentences: list[str]) -> tuple[str, float | None] | None:
    """The sentence requiring the applicant to co-fund, with the minimum share when stated."""
    for s in sentences:
        if _CO_FUNDING.search(s) and (_MUST.search(s) or _AT_LEAST_PERCENT.search(s)):
            pct = _PERCENT.search(s)
            return s, float(pct.group(1).replace(",", ".")) / 100 if pct else None
    for s in sentences:
        if m := _SHARE_OF_COSTS.search(s):
            return s, round(1 - float(m.group("pct").replace(",", ".")) / 100, 4)
    return None


def first_match(pattern: re.Pattern, sentences: list[str]) -> str | None:
    return next((s for s in sentences if pattern.search(s)), None)


def rolling(sentences: list[str]) -> str | None:
    """The sentence saying applications are accepted continuously."""
    return next((s for s in sentences if _ROLLING.search(s) and _APPLICATIONS.search(s)), None)


def award_news(sentences: list[str]) -> str | None:
    """The sentence reporting an award, when the text invites no application at all."""
    if first_match(_CALL, sentences):
        return None
    return first_match(_AWARDED, sentences)


def announces(sentence: str) -> bool:
    """True when the sentence announces or hands out a grant (a call or an award)."""
    return bool(_ANNOUNCES.search(sentence) or _CALL.search(sentence))


def open_abroad(sentences: list[str]) -> tuple[str, bool] | None:
    """(sentence, whether it is the Nordic countries) where the text opens the grant to other countries."""
    # Only a sentence about who may apply counts: "compared with the other Nordic countries" opens nothing.
    about_applying = (s for s in sentences if _WHO.search(s) or _MUST.search(s) or _APPLICATIONS.search(s))
    quote = first_match(_ABROAD, list(about_applying))
    return (quote, bool(re.search(r"nordi|norden", quote, re.I))) if quote else None


def countries_required(sentences: list[str]) -> tuple[str, list[str]] | None:
    """(sentence, our countries it names) where the text requires applicants to be established there."""
    for s in sentences:
        if _ESTABLISHED.search(s) and _MUST.search(s):
            named = named_in(s)
            if named:
                return s, named
    return None


def rate_per_inhabitant(sentences: list[str]) -> tuple[str, float, str, str] | None:
    """(sentence, rate, currency as written, unit) for "1.09 kr per länsinvånare"."""
    for s in sentences:
        if m := _RATE.search(s):
            return s, float(m.group("rate").replace(",", ".")), m.group("cur"), m.group("per")
    return None
