"""Money amounts with currency, including per-unit rates.

An amount is a number (digits or number words) with a currency ("kr", "NOK", "€", "kronor"), a
scale ("mill.", "mia.", "mnok") or both. A million-scale number without a currency counts only
where the sentence speaks of money ("4,5 millionar av tilskotet"), never when a noun follows
("5 millioner innbyggere"). Bare kroner take the document's country.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from knowledge.amount_tables import column_sums
from knowledge.countries import CURRENCY
from knowledge.issuers import country_of
from knowledge.models import OFFERED_ROLES, AmountFact, AmountRole, Document
from knowledge.money_words import GRANT_MONEY
from knowledge.numbers import DIGITS, NUMBER_WORD, SCALE, parse_digits, scale_value, word_number
from knowledge.sentences import Sentence, split_sentences
from knowledge.shares import extract_shares

_SP = r"[ \u00a0\u202f]"
_CODE = r"(?-i:NOK|SEK|DKK|EUR)"
_KRONER = r"[^\W\d_]*kron(?:er|or|a|e|en|ene|orna|erne|ar)\b|kr\b\.?"
# "MNOK 12,5": a million-scale prefix glued to the code.
_PRE = rf"(?P<ps>m(?=(?:nok|sek|dkk|eur)\b))?(?P<pre>{_CODE}|(?<=m)(?:nok|sek|dkk|eur)\b|{_KRONER}|€|euro\b){_SP}?"
# "mnok", "mkr", "mnkr", "mdkr", "tkr", "ksek": the scale glued to the currency.
_GLUED = r"m(?=(?:nok|sek|dkk|eur|kr)\b)|m[nd](?=kr\b)|t(?=kr\b)|k(?=(?:nok|sek|dkk|eur)\b)"
_GLUED_SCALES = {"m": 1e6, "mn": 1e6, "md": 1e9, "t": 1e3, "k": 1e3}
_POST = rf"(?P<cur>{_CODE}|(?<=[mk])(?:nok|sek|dkk|eur)\b|{_KRONER}|€|euros?\b|eur\b)"
_RANGE = rf"(?:{_SP}*[-–—]{_SP}*|{_SP}+(?:til|till|og|och|to|and|eller|or){_SP}+)"
_PER = rf"(?P<per>{_SP}*,?{_SP}*(?:per\b|pr\.|pr\b|/){_SP}*(?P<unit>[^\W\d_]+))"


def _number(n: int) -> str:
    scale = rf"(?:{_SP}?(?P<s{n}>{SCALE}|{_GLUED}))"
    word = rf"(?P<w{n}>{NUMBER_WORD})(?={_SP}+(?:{SCALE})|{_RANGE})"
    return rf"(?:(?P<d{n}>{DIGITS})|{word}){scale}?"


# "Ramme: 7, 9 mill." is a decimal split by a stray space: its second half alone is no amount.
_AMOUNT = re.compile(
    rf"(?<!\w)(?<!\d,{_SP})(?:{_PRE})?{_number(1)}(?:{_RANGE}{_number(2)})?"
    rf"(?P<dash>{_SP}?[,:][-–])?(?:{_SP}?{_POST})?{_PER}?",
    re.IGNORECASE,
)

_TIME_UNITS = re.compile(
    r"(?:år|året|year|måned|månad|month|uke|veke|vecka|uge|dag|døgn|dygn|day|time|timme|hour)$", re.I
)
# "per kommune", "pr. søknad": a cap for each applicant, not a rate.
_APPLICANT_UNIT = (
    r"(?:kommune|kommun|søker|søknad|sökande|ansökan|ansøger|ansøgning|prosjekt|projekt|project|organisasjon"
    r"|organisation|virksomhet|förening|forening|region|fylke|län|applicant|application|municipality|tiltak"
    r"|insats|indsats)"
)
_APPLICANT_UNITS = re.compile(rf"{_APPLICANT_UNIT}$", re.I)
# A sum is offered when its sentence speaks of the grant money, of sharing it out or setting it aside.
_MONEY_CUE = re.compile(
    rf"{GRANT_MONEY}|pott|fordel|fördel|tildel|penge|pengar|avsat|afsat|satt av|kron|\bkr\b"
    r"|satsa|satse|satsar|anslag|anslå|avsätt|afsæt|set aside|allocat|ramme|ramma",
    re.I,
)
# A money label right before a bare sum: "Beløp: 500 000", "tilskot på inntil 200 000".
_LABEL = re.compile(
    r"(?:beløp|belopp|beløb|sum|summa|ramme|budsjett|budget|tilskudd|tilskot|tilskud|bidrag|stöd|støtte)\w*"
    r"\s*(?::|på|er|är|om|of|is)?\s*(?:inntil|opp til|op til|upp till|up to|maks\.?|max\.?|maksimalt"
    r"|högst|høyst|højst|ca\.?|cirka|om lag|omkring)?\s*$",
    re.I,
)
# Words that may follow "5 millioner" in a money phrase; any other word makes it a count.
_CONNECTORS = re.compile(
    r"(?:i|til|till|av|af|for|för|å|att|at|som|på|er|är|ble|blei|blev|vart|og|och|kan|skal|ska"
    r"|fra|från|frå|med|under|in|to|of|går|gikk|gick|deles|delas|fordeles|fördelas|tildeles|afsættes"
    r"|bevilges|beviljas|settes|avsättes|was|were|is|are|will)$",
    re.I,
)
# The cues nearest an amount give its role, in this order: what applicants asked for and what was
# handed out are reported with "til sammen" too, and a sum from another year is neither total nor cap.
_ROLE_CUES: tuple[tuple[AmountRole, re.Pattern], ...] = (
    (
        "applied_for",
        re.compile(
            r"søkt om|søkte om|søkt beløp|søknadsbeløp|omsøkt|søknader (?:på|om|for)|søknadar (?:på|om)"
            r"|ansökt om|ansökte om|sökt belopp|ansökningar (?:på|om)|ansøgt om|ansøgte om|ansøgninger (?:på|om|for)"
            r"|applied for|requested|applications (?:for|totalling|worth)",
            re.I,
        ),
    ),
    (
        "awarded",
        re.compile(
            r"har fått|fikk|fick|fekk|tildelt|tilldelats|mottatt|mottok|motteke|modtaget|modtog"
            r"|beviljats|beviljades|fördelat|tilgodesett|tilgodesedd|innvilget|innvilga|awarded|received",
            re.I,
        ),
    ),
    (
        "context",
        re.compile(
            r"\bi fjor\b|\bi fjol\b|förra året|föregående år|sidste år|sidste år|last year|previous year"
            r"|tidligere år|tidlegare år|tidigare år",
            re.I,
        ),
    ),
    (
        "total",
        re.compile(
            r"til (?:sammen|saman)|tilsammen|i alt|\btotal|sammanlagt|sammantaget|samlet|samla\b|samlede"
            r"|fordeling|fördela\b|å fordele|at fordele|deles ut|dela på|\bpulje\b|puljen|puljens|ramme"
            r"|budsjett|budget|utlyser|utlyses|lyser ut|satt av|sett av|avsatt|avsätter|afsat|afsætte|bevilger|bevilget"
            r"|anslag|set aside|allocated|earmarked"
            r"|tildeling av|øker tilskuddet|økes med|ökar med|øges med|increase[sd]? by|disponer|förfogande"
            r"|til rådighed|til disposisjon|fordeles|fördelas",
            re.I,
        ),
    ),
    (
        "max_per_applicant",
        re.compile(
            rf"\bmaks|\bmax|inntil|opp? til|høyst|højst|högst|up to|(?:per|pr\.?) {_APPLICANT_UNIT}\b"
            r"|til hver|till varje|kan få|kan søke|kan ansöka|kan ansøge",
            re.I,
        ),
    ),
)
_PURPOSE = {"til", "till", "for", "för", "å", "att"}


@dataclass(frozen=True)
class _Found:
    value: float
    currency: str
    text: str
    start: int
    end: int
    per: str | None


def extract_amounts(doc: Document) -> list[AmountFact]:
    """Money amounts with currency, including per-unit rates, then shares of costs ("50 %")."""
    sentences = split_sentences(doc.text)
    starts = [s.start for s in sentences]
    country = country_of(doc)
    found: list[tuple[_Found, Sentence]] = []
    for match in _AMOUNT.finditer(doc.text):
        index = bisect.bisect_right(starts, match.start()) - 1
        sentence = sentences[index] if index >= 0 else None
        if sentence is None or match.start() >= sentence.end:
            continue  # in a list marker or layout between sentences
        # An amount cut by a sentence split is dropped rather than quoted without its own text.
        found += [(f, sentence) for f in _read(match, sentence, country) if f.end <= sentence.end]
    table = [
        AmountFact(quote=t.line, value=t.value, currency=t.currency, text=t.text, role=_table_role(t.header))
        for t in column_sums(doc.text, lambda word: _currency(word, country))
    ]
    return _distinct(_settled([_fact(f, s, found) for f, s in found]) + table + extract_shares(doc))


def _table_role(header: str) -> AmountRole:
    """A table of sums per named body lists what each got, unless its header says otherwise ("Søkt beløp")."""
    for role, cue in _ROLE_CUES:
        if cue.search(header):
            return role
    return "awarded"


def _settled(facts: list[AmountFact]) -> list[AmountFact]:
    """Roles that need the whole text: a headline repeating a sum stated with its role takes that role
    ("133 millioner kroner til samhandling" over "Regjeringen bevilger 133 millioner kroner"), and a
    larger total stated after the call's own is the wider budget it belongs to ("Regjeringen har
    bevilget totalt 580 millioner kroner til samhandlingstiltak")."""
    known = {(f.value, f.currency): f.role for f in facts if f.role in OFFERED_ROLES}
    out = []
    first_total: AmountFact | None = None
    for f in facts:
        if f.role == "context" and (role := known.get((f.value, f.currency))):
            f = f.model_copy(update={"role": role})
        if f.role == "total" and first_total is None:
            first_total = f
        elif f.role == "total" and f.currency == first_total.currency and f.value > first_total.value:
            f = f.model_copy(update={"role": "context"})
        out.append(f)
    return out


def _read(match: re.Match, sentence: Sentence, country: str | None) -> list[_Found]:
    """The amounts in one match: one, or two for a range ("0,5 – 3 miljoner kronor")."""
    # ",-" and ":-" after a sum ("300.000,-", "5 000:-") mark kroner as surely as "kr" does.
    token = match.group("pre") or match.group("cur") or match.group("dash")
    first, second = _value(match, 1), _value(match, 2)
    if first and second and first[1] == 1 and second[1] > 1 and first[0] < second[0]:
        first = (first[0], second[1])  # "fem til sju millioner": the scale belongs to both
    if not token and not _money_without_currency(match, sentence):
        return []
    currency = _currency(token, country)
    if currency is None:
        return []
    per = _rate_unit(match, token)
    text = match.group(0)[: match.start("per") - match.start()] if match.group("per") else match.group(0)
    text = text.rstrip(" \u00a0\u202f")
    text = text[:-1] if text.endswith(",") else text
    last = 2 if second else 1
    values = [(n, v) for n, v in ((1, first), (2, second)) if v and _plausible(n, v, match, last)]
    end = match.start() + len(text)
    return [_Found(v[0] * v[1], currency, text, match.start(), end, per) for _, v in values]


def _value(match: re.Match, n: int) -> tuple[float, float] | None:
    """(number, scale) of the n-th number in the match, or None when absent or unreadable."""
    digits, word, scale_word = match.group(f"d{n}"), match.group(f"w{n}"), match.group(f"s{n}")
    scale: float | None = 1e6 if match.group("ps") else 1.0
    if scale_word:
        scale = _GLUED_SCALES.get(scale_word.lower()) or scale_value(scale_word)
    number = parse_digits(digits, scaled=bool(scale_word)) if digits else word_number(word) if word else None
    return None if number is None or scale is None else (number, scale)


def _plausible(n: int, value: tuple[float, float], match: re.Match, last: int) -> bool:
    """Number words need a scale; an unscaled year counts only with a currency right after it."""
    number, scale = value
    if scale > 1:
        return True
    if match.group(f"w{n}"):
        return False
    return not _year_like(number) or (n == last and match.group("cur") is not None)


def _year_like(number: float) -> bool:
    return number.is_integer() and 1900 <= number <= 2100


def _money_without_currency(match: re.Match, sentence: Sentence) -> bool:
    """Millions in a sentence about money, or a grouped sum right after a label ("Beløp: 500 000").

    Either way no noun may follow: "5 millioner innbyggere" and "10 000 innbyggjarar" are counts.
    """
    rest = re.match(r"\s*([^\W\d_]*)", sentence.text[match.end() - sentence.start :])
    following = rest.group(1) if rest else ""
    if following and not _CONNECTORS.match(following):
        return False
    if any(s and (scale_value(s) or 0) >= 1e6 for s in (match.group("s1"), match.group("s2"))):
        return bool(_MONEY_CUE.search(sentence.text)) or following.lower() in _PURPOSE
    before = sentence.text[: match.start() - sentence.start]
    digits = match.group("d1") or ""
    return bool(_LABEL.search(before)) and bool(re.search(r"\d[ \u00a0\u202f.]\d{3}", digits))


def _currency(token: str | None, country: str | None) -> str | None:
    """The currency code of a currency token; bare kroner follow the document's country."""
    word = (token or "").strip().rstrip(".").lower()
    if word in ("nok", "sek", "dkk", "eur"):
        return word.upper()
    if word in ("€", "euro", "euros"):
        return "EUR"
    if re.search(r"kron(or|a|orna)$", word):
        return "SEK"
    return CURRENCY.get(country or "")


def _rate_unit(match: re.Match, token: str | None) -> str | None:
    """The unit of a per-unit rate ("per länsinvånare"), not a period ("pr. år")."""
    unit = match.group("unit")
    if not unit or not token or _TIME_UNITS.match(unit) or _APPLICANT_UNITS.match(unit):
        return None
    return unit


def _role(found: _Found, sentence: Sentence, neighbours: list[_Found]) -> AmountRole:
    """Read from the cue words nearest the amount: those between it and its neighbours in the sentence."""
    if found.per:
        return "rate"
    left = max([sentence.start] + [n.end for n in neighbours if n.end <= found.start])
    right = min([sentence.end] + [n.start for n in neighbours if n.start >= found.end])
    window = (
        sentence.text[left - sentence.start : found.start - sentence.start]
        + " "
        + sentence.text[found.end - sentence.start : right - sentence.start]
    )
    for role, cue in _ROLE_CUES:
        if cue.search(window):
            return role
    return "context"


def _fact(found: _Found, sentence: Sentence, everything: list[tuple[_Found, Sentence]]) -> AmountFact:
    neighbours = [f for f, s in everything if s is sentence and f.start != found.start]
    return AmountFact(
        quote=sentence.text,
        value=found.value,
        currency=found.currency,
        text=found.text,
        role=_role(found, sentence, neighbours),
        per=found.per,
    )


def _distinct(facts: list[AmountFact]) -> list[AmountFact]:
    seen: set[tuple] = set()
    out: list[AmountFact] = []
    for fact in facts:
        key = (round(fact.value, 2), fact.currency, fact.quote)
        if key not in seen:
            seen.add(key)
            out.append(fact)
    return out
