"""Application deadlines stated in the text (never report deadlines, project periods or decision dates).

A date is an application deadline when its sentence ties it to applying, in one of two ways:

- a deadline word governs it ("Søknadsfrist", "Sista ansökningsdag", "ansøgningsfrist",
  "deadline"): the word comes before the date, no other date stands between them, and nothing in
  between points elsewhere (a report, a decision, a payout, an earlier year);
- an applying word is followed by a time limit right before the date ("ansökan ... senast den
  15 mars", "søke ... innen 1. mai") in a sentence that speaks of nothing else before it.

Dates that open a period ("fra 1. februar", "1. marts til ..."), or that the sentence says were
moved ("..., men ... har fått forlenga frist"), are not deadlines. A date without a year gets one
from the text around it (knowledge.years) or is dropped.
"""

from __future__ import annotations

import datetime as dt
import re

from knowledge.dates import DateMention, find_dates
from knowledge.models import DeadlineFact, Document
from knowledge.sentences import Sentence, split_sentences
from knowledge.years import YearContext, infer_year

_I = re.IGNORECASE
_STRONG = re.compile(
    r"\w*(?:søknads|søknadar|ansøgnings|ansöknings|ansøknings)frist\w*"
    r"|\bfrist\w*\s+(?:for|til|för|at)\s+(?:å\s+|att\s+|at\s+)?(?:søk|sök|ansøg|ansök|innsending)\w*"
    r"|\b(?:sista|sidste|siste|seneste)\s+(?:ansökningsdag|ansøgningsdag|søknadsdag|frist)\w*"
    r"|\b(?:sista|sidste|siste|last)\s+(?:dag|day|date)\s+(?:att|å|at|to|for|för)\s+(?:ansök|søk|ansøg|sök|apply|submi|appl)\w*"
    r"|\b(?:ansöknings|ansøgnings|søknads|utlysnings)(?:tid|tiden|perioden?)\b"
    r"|\b(?:ansökningsomgång|ansøgningsrunde|søknadsrunde|søknadsomgang)\w*"
    r"|\bdeadline\w*|\bclosing date|\bappl\w*\s+(?:close|closes|closing)\b"
    r"|\b(?:stängt|stängd|stengt|lukket|closed)\s+(?:för|for)\s+(?:ansök|søk|ansøg|appl)\w*"
    r"|\b(?:\w*omgång|\w*omgang|\w*runde|utlysning|call)\w*,?(?:\s+som)?\s+"
    r"(?:gick ut|går ut|avslutas|avslutades|avsluttes|afsluttes|stänger|stängde|stenger|udløber|udløb|lukker|closes)",
    _I,
)
_FRIST = re.compile(r"\bfrist(?:en|ene|er|erna)?\b", _I)
# A bare "Frist:" heading a line or table row is the application deadline on a grant page.
_FRIST_LABEL = re.compile(r"^\W*frist(?:en)?\b\s*[:\-–]?", _I)
_APPLY = re.compile(
    r"\b(?:søk|sök|ansøg|ansök|ansøk)\w*|\bappl(?:y|ies|ied|ications?)\b|\bsubmi\w*|\brekvi\w*|\bfaktur\w*",
    _I,
)
_NEGATIVE = re.compile(
    r"\w*rapport\w*|\w*redovis\w*|\breport\w*|\w*regnskap\w*|\w*regnskab\w*"  # reports and accounts
    r"|\bbeslut\w*|\bbesked\w*|\bsvar\w*|\bvedtak\w*|\bafgørelse\w*|\btilsagn\w*"  # decisions
    r"|\bdecision\w*|\bavgj[eø]r\w*|\bbehandl\w*"
    r"|\bvurder\w*|\bbedöm\w*|\bbedøm\w*|\bassess\w*|\bevaluat\w*|\breview\w*|\bnotif\w*"  # assessment
    r"|\w*utbetal\w*|\w*udbetal\w*|\bbetal\w*\s+ut\b|\bpay\w*"  # payouts
    r"|\b(?:brukes|benyttes|anvendes|användas|används|forbrukes|spent|used)\b"  # when the money is spent
    r"|\bpubli\w*|\butlysningsdat\w*"
    r"|\bgjennomfør\w*|\bgenomför\w*|\bgennemfør\w*|\bavslutt\w*|\bafslut\w*|\bferdigstil\w*"  # carrying out
    r"|\bfärdigställ\w*|\bigangsett\w*|\bpåbegyn\w*|\bpåbörja\w*|\bimplement\w*|\bcompleted\b|\bfinish\w*"
    r"|\bfinner sted\b|\bfinder sted\b|\bäger rum\b|\btakes? place\b|\bavholdes\b|\bafholdes\b"  # events
    r"|\böppn\w*|\båpn\w*|\båbn\w*|\bopen\w*|\bstart\w*|\boppstart\w*|\bbörja\w*|\bbegyn\w*|\bbegin\w*"
    r"|\w*möte\b|\w*møte\b|\w*møde\b|\bmeeting\w*|\bwebinar\w*|\bseminar\w*|\bkonferen\w*|\bkonferan\w*"
    r"|\b(?!ansøgnings|ansöknings|søknads|utlysnings)\w*period\w*"  # project periods, not application periods
    r"|\btidl[ei]g[ae]re\b|\btidigare\b|\bordin[æa]r\w*|\bvanlig(?:t)?vis\b|\bnormalt\b"  # an earlier call
    r"|\bi\s?fjor\b|\bsidste år\b|\bförra året\b|\bprevious\w*|\blast year\b|\busually\b",
    _I,
)
_LIMIT_BEFORE = re.compile(
    r"(?:\binnen|\binnan|\binden|\bsenest|\bseinast|\bsenast|\bfør|\bföre|\bbefore|\bprior to|\bby"
    r"|\bno later than|\bnot later than|\btil og med|\btill och med|\bfram till|\bfrem til"
    r"|\btillhanda|\btill handa|\bi hænde|\bi hende)"
    r"[\s,:]*(?:(?:kl\.?|klokken|klockan|at)?\s*\d{1,2}[.:]\d\d\s*(?:CES?T|[AP]M)?[\s,]*)?"
    r"(?:on\s+|den\s+|the\s+|d\.\s*)?$",
    _I,
)
_MOVED_TO_BEFORE = re.compile(
    r"\b(?:forlen[gt]\w*|forlæng\w*|förläng\w*|utsatt|utsettes|udskudt|udsat|extended|postponed)"
    r"\s+(?:til|till|to|until)\s*(?:den\s+|the\s+)?$",
    _I,
)
_OPENS_BEFORE = re.compile(
    r"\b(?:fra|från|from|fom|mellan|mellom|melem|between|efter|etter|after|siden|sedan|since)"
    r"\s*(?:og med\s+|och med\s+)?(?:den\s+|the\s+)?$",
    _I,
)
# "... har fått forlenga frist", "... is extended": said of a date, it no longer holds. Only the
# perfect or passive counts, so "søke om utsatt frist" (asking for more time) does not.
_MOVED_AFTER = re.compile(
    r"\b(?:har fått|har|er|är|blitt|blivit|blevet|ble|blei|blev|vart|has been|have been|was|were|is)\s+"
    r"(?:(?!ikke\b|ikkje\b|inte\b|not\b)\w+\s+)?"
    r"(?:forlen[gt]\w*|forlæng\w*|förläng\w*|extended|postponed|utsatt|utsett|udskudt|udsat)"
    r"|\bny frist\b|\bnew deadline\b",
    _I,
)
_RANGE = re.compile(r"^\s*(?:–|-|—|til|till|to|until|through)\s*(?:den\s+|the\s+|og med\s+|och med\s+)?$", _I)
_LIST = re.compile(
    r"^[\s,;]*(?:(?:kl\.?|klokken|klockan|at)\s*\d{1,2}(?:[.:]\d\d)?[\s,;]*)?"
    r"(?:og|och|and|samt|eller|or|&)?\s*(?:den\s+|the\s+)?$",
    _I,
)
_RELATIVE = re.compile(r"\b(?:som|that|which|who)\b", _I)
_MAX_GAP = 80  # characters between a deadline word and its date; longer gaps are other statements


def extract_deadlines(doc: Document) -> list[DeadlineFact]:
    """Application deadlines stated in the text (never report deadlines)."""
    found = [(unit, m) for unit in _units(doc.text) for m in _deadline_mentions(unit, doc.text)]
    ctx = YearContext.of(doc.text, doc.published, [m for _, m in found])
    facts: dict[dt.date, DeadlineFact] = {}
    for unit, mention in sorted(found, key=lambda f: f[1].year is None):  # quotes that state the year win
        year = mention.year or infer_year(mention, unit, ctx)
        day = mention.on(year) if year else None
        if day is not None and day not in facts:
            facts[day] = DeadlineFact(date=day, quote=unit.text)
    return sorted(facts.values(), key=lambda f: f.date)


def _units(text: str) -> list[Sentence]:
    """Sentences, with a label line joined to the value line below it ("Søknadsfrist:" / "20.09.2020")."""
    sentences = split_sentences(text)
    units: list[Sentence] = []
    i = 0
    while i < len(sentences):
        s = sentences[i]
        nxt = sentences[i + 1] if i + 1 < len(sentences) else None
        if nxt is not None and _is_label(s.text) and _starts_with_date(nxt.text):
            units.append(Sentence(text[s.start : nxt.end], s.start, nxt.end))
            i += 2
            continue
        units.append(s)
        i += 1
    return units


def _is_label(sentence: str) -> bool:
    """A heading-like line naming a deadline without giving it ("Søknadsfrist:")."""
    return len(sentence) <= 60 and not find_dates(sentence) and bool(_STRONG.search(sentence) or _NEGATIVE.search(sentence))


def _starts_with_date(sentence: str) -> bool:
    dates = find_dates(sentence)
    return bool(dates) and dates[0].start == 0


def _deadline_mentions(unit: Sentence, text: str) -> list[DateMention]:
    """The dates of ``unit`` that it states as application deadlines, positioned in ``text``."""
    body = unit.text
    dates = find_dates(body)
    out: list[DateMention] = []
    governed = [False] * len(dates)
    for i, d in enumerate(dates):
        prev_end = dates[i - 1].end if i else 0
        chained = i > 0 and governed[i - 1] and _joined(body[prev_end : d.start])
        governed[i] = chained or _by_deadline_word(body, d, prev_end) or _by_limit(body, d, prev_end)
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        if nxt is not None and _RANGE.match(body[d.end : nxt.start]):
            # "kan søges fra 1. februar til 1. marts": the period of applying ends at the deadline
            governed[i] = governed[i] or _applying_opens(body, d, prev_end)
            continue
        if governed[i] and not _OPENS_BEFORE.search(body, 0, d.start) and not _MOVED_AFTER.search(body, d.end):
            out.append(_shift(d, unit.start))
    return out


def _by_deadline_word(body: str, d: DateMention, prev_end: int) -> bool:
    cues = list(_STRONG.finditer(body, prev_end, d.start))
    if _APPLY.search(body):
        cues += list(_FRIST.finditer(body, prev_end, d.start))
    if prev_end == 0 and (label := _FRIST_LABEL.match(body)) and label.end() <= d.start:
        cues.append(label)
    if not cues:
        return False
    cue = max(cues, key=lambda m: m.end())
    if d.start - cue.end() > _MAX_GAP:
        return False
    clause = max(prev_end, *(body.rfind(c, 0, cue.start()) + 1 for c in ",;("))
    return not _NEGATIVE.search(body[clause : cue.start()] + " " + body[cue.end() : d.start])


def _by_limit(body: str, d: DateMention, prev_end: int) -> bool:
    """Applying, then a limit right before the date ("søke ... innen"), or a deadline moved to it."""
    before = body[: d.start]
    if _NEGATIVE.search(body, prev_end, d.start):
        return False
    if _LIMIT_BEFORE.search(before):
        applying = [*_APPLY.finditer(body, prev_end, d.start), *_STRONG.finditer(body, prev_end, d.start)]
        # "tiltak som gjennomføres innen ...": a relative clause moves the limit onto something else
        return bool(applying) and not _RELATIVE.search(body, max(m.end() for m in applying), d.start)
    return bool(_MOVED_TO_BEFORE.search(before) and (_APPLY.search(before) or _STRONG.search(before)))


def _applying_opens(body: str, d: DateMention, prev_end: int) -> bool:
    """The applying word stands right before the period ("kan søkes fra 1. januar til ...")."""
    words = list(_APPLY.finditer(body, prev_end, d.start))
    return bool(words) and d.start - words[-1].end() <= 12 and not _NEGATIVE.search(body[: d.start])


def _joined(between: str) -> bool:
    return bool(_LIST.match(between) or _RANGE.match(between))


def _shift(d: DateMention, offset: int) -> DateMention:
    return DateMention(d.start + offset, d.end + offset, d.day, d.month, d.year, d.weekday)
