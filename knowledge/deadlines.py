"""Application deadlines stated in the text (never report deadlines, project periods or decision dates).

Structure before words: the text is read as units, each a sentence or a label with the value lines
the layout gives it (knowledge.layout: "Søknadsfrist" / "03.06.2019", "17. mar 2021" /
"Søknadsfrist hovedprosjekt", a label over a list of dates). Under a deadline label every date is a
deadline, except the first of a period and one whose own line points elsewhere.

In a sentence, a date is an application deadline when the sentence ties it to applying:

- a deadline word governs it ("Søknadsfrist", "Sista ansökningsdag", "ansøgningsfrist",
  "deadline"): the word comes before the date, no other date stands between them, and nothing in
  between points elsewhere (a report, a decision, a payout, an earlier year);
- or follows it ("15. juni er første søknadsfrist", "1. juli 2021: Søknadsfrist", "gikk fristen ut");
- an applying word is followed by a time limit or a closing verb right before the date ("ansökan
  ... senast den 15 mars", "søke ... innen 1. mai", "ansökan ... som stänger 28 januari");
- the date ends a period of applying ("kan søges fra 1. februar til 1. marts", "ansöka under
  perioden 1 mars–20 juni", "var öppen mellan 16 september och 16 oktober").

Dates that open a period, that the sentence says were moved ("1. juni (utvidet til 3. juni)"), or
that a heading gives to something else ("Rapportering" / "Frist: 1. mars") are not deadlines. A date
without a year gets one from the text around it (knowledge.years) or is left to the notes
(knowledge.deadline_notes), as is a day counted from another year ("31 augusti året innan").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from knowledge import deadline_cues as cues
from knowledge.dates import DateMention, find_dates
from knowledge.layout import Field, headings, read_fields
from knowledge.models import DeadlineFact, Document
from knowledge.sentences import Sentence, split_sentences
from knowledge.years import YearContext, infer_year

_MAX_GAP = 80  # characters between a deadline word and its date; longer gaps are other statements


def extract_deadlines(doc: Document) -> list[DeadlineFact]:
    """Application deadlines stated in the text (never report deadlines)."""
    return resolve_deadlines(doc, [(unit, m) for unit in deadline_units(doc.text) for m in deadline_mentions(unit)])


def resolve_deadlines(doc: Document, found: list[tuple[Unit, DateMention]]) -> list[DeadlineFact]:
    """The deadline facts of the dates ``found`` in ``doc``'s units: each with its year, once per day."""
    # "senast 31 augusti året innan": a day counted from another year is a rule, not a date
    found = [(u, m) for u, m in found if not cues.RELATIVE_YEAR.match(doc.text[m.end : m.end + 40])]
    ctx = YearContext.of(doc.text, doc.published, [m for _, m in found])
    facts: dict[dt.date, DeadlineFact] = {}
    # one day written without a year several times is one deadline: the latest year inferred for it
    guessed: dict[tuple[int, int], int] = {}
    for unit, mention in found:
        if mention.year is None and (year := infer_year(mention, unit, ctx)):
            key = (mention.month, mention.day)
            guessed[key] = max(guessed.get(key, year), year)
    for unit, mention in sorted(found, key=lambda f: f[1].year is None):  # quotes that state the year win
        year = mention.year or guessed.get((mention.month, mention.day))
        day = mention.on(year) if year else None
        if day is not None and day not in facts:
            facts[day] = DeadlineFact(date=day, quote=unit.text)
    return sorted(facts.values(), key=lambda f: f.date)


@dataclass(frozen=True)
class Unit(Sentence):
    """A sentence, or a label with its value lines; ``label`` is set for the latter."""

    label: str = ""
    heading: str = ""  # the heading line over the unit, which sets the subject of what follows
    before: str = ""  # the sentence before, when in the same paragraph


def deadline_units(text: str) -> list[Unit]:
    """Sentences, and each label of a label/value layout with the dates it names, in text order."""
    # a field under another label keeps its lines as sentences ("Søke om tilskudd" / "Søknadsfrist 1. mars")
    fields = [f for f in read_fields(text) if _names_deadline(f.label.text)]
    covered = [(f.start, f.end) for f in fields]
    sentences = [s for s in split_sentences(text) if not any(a <= s.start < b for a, b in covered)]
    units = [_field_unit(text, f) for f in fields] + _joined_labels(text, sentences)
    units.sort(key=lambda u: u.start)
    heads = headings(text)
    starts = [h.start for h in heads]
    out: list[Unit] = []
    for u in units:
        k = bisect.bisect_right(starts, u.start - 1) - 1
        prev = out[-1] if out and "\n\n" not in text[out[-1].end : u.start] else None
        out.append(Unit(u.text, u.start, u.end, u.label, heads[k].text if k >= 0 else "", prev.text if prev else ""))
    return out


def _field_unit(text: str, field: Field) -> Unit:
    return Unit(text[field.start : field.end], field.start, field.end, field.label.text)


def _joined_labels(text: str, sentences: list[Sentence]) -> list[Unit]:
    """Sentences, with a label sentence joined to the value after it ("**Søknadsfrist:** 20.09.2020")."""
    units: list[Unit] = []
    i = 0
    while i < len(sentences):
        s = sentences[i]
        nxt = sentences[i + 1] if i + 1 < len(sentences) else None
        if nxt is not None and (
            (_is_label(s.text) and (_starts_with_date(nxt.text) or _is_rolling_value(nxt.text)))
            or _continues(text, s, nxt)
        ):
            units.append(Unit(text[s.start : nxt.end], s.start, nxt.end))
            i += 2
            continue
        units.append(Unit(s.text, s.start, s.end))
        i += 1
    return units


def _is_rolling_value(sentence: str) -> bool:
    """A short value saying applications are taken at any time ("Søknadsfrist" / "Løpende")."""
    return len(sentence) <= 40 and bool(cues.ROLLING.search(sentence))


def _continues(text: str, s: Sentence, nxt: Sentence) -> bool:
    """A sentence broken over two lines by the page: "... ska vara inlämnad senast" / "10 september 2018
    klockan 12.", "Senast 1 december varje år" / "kan ni söka investeringsbidrag hos Boverket."."""
    if "\n\n" in text[s.end : nxt.start] or s.text.endswith((".", "!", "?", ":")):
        return False
    if nxt.text[:1].islower():
        return len(s.text) > 12
    return bool(cues.LIMIT_BEFORE.search(s.text) and _starts_with_date(nxt.text))


def _is_label(sentence: str) -> bool:
    """A heading-like line naming a deadline without giving it ("Søknadsfrist:")."""
    if len(sentence) > 60 or find_dates(sentence):
        return False
    return bool(cues.STRONG.search(sentence) or cues.NEGATIVE.search(sentence))


def _starts_with_date(sentence: str) -> bool:
    dates = find_dates(sentence)
    return bool(dates) and dates[0].start == 0


def deadline_mentions(unit: Unit) -> list[DateMention]:
    """The dates ``unit`` states as application deadlines, positioned in the whole text."""
    if cues.OTHER_DEADLINE.search(unit.heading) and not (cues.STRONG.search(unit.text) or cues.APPLY.search(unit.text)):
        return []  # "Rapportering" / "Frist: 1. mars 2025": the heading says whose date it is
    if unit.label:
        return _field_mentions(unit)
    body = unit.text
    dates = find_dates(body)
    out: list[DateMention] = []
    governed = [False] * len(dates)
    applying = bool(cues.APPLY.search(body) or cues.APPLY.search(unit.before))
    for i, d in enumerate(dates):
        prev_end = dates[i - 1].end if i else 0
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        after = body[d.end : nxt.start if nxt else len(body)]
        chained = i > 0 and governed[i - 1] and _joined(body[prev_end : d.start])
        governed[i] = (
            chained
            or _by_deadline_word(body, d, prev_end, applying)
            or _by_limit(body, d, prev_end, after)
            or _by_following_word(after, applying)
            or _by_closing_time(body, after)
        )
        if nxt is not None and cues.MOVED_BETWEEN.match(after):
            continue  # "1. juni 2019 (utvidet til mandag 3. juni)": the later date replaces it
        if nxt is not None and _period_between(body, d, after):
            # "kan søges fra 1. februar til 1. marts": the period of applying ends at the deadline
            governed[i] = governed[i] or _applying_opens(body, d, prev_end)
            continue
        opens = cues.OPENS_BEFORE.search(body, 0, d.start)
        if governed[i] and not opens and not cues.MOVED_AFTER.search(body, d.end):
            out.append(_shift(d, unit.start))
    return out


def _period_between(body: str, d: DateMention, after: str) -> bool:
    """``after`` joins ``d`` to the next date as one period ("1. marts til", "mellan 16 september och")."""
    if cues.RANGE.match(after):
        return True
    return bool(cues.BETWEEN_BEFORE.search(body, 0, d.start) and cues.AND_BETWEEN.match(after))


def _by_closing_time(body: str, after: str) -> bool:
    """The day's last minute right after the date, in a statement about nothing else (a report, a
    decision, a payout): "14.02.2025 23:59" under a call's key data."""
    return bool(cues.CLOSING_TIME_AFTER.match(after)) and not cues.OTHER_DEADLINE.search(body)


def _by_following_word(after: str, applying: bool) -> bool:
    """A deadline word right after the date: "15. juni er første søknadsfrist", "gikk fristen ut"."""
    if cues.EXPIRED_AFTER.match(after):
        return True
    lead = cues.IS_BEFORE_CUE.match(after) or cues.SCHEDULE_AFTER.match(after)
    if lead is None:
        return False
    cue = cues.STRONG.match(after, lead.end()) or (cues.FRIST.match(after, lead.end()) if applying else None)
    # "1. mars 2025 er siste frist for å sende sluttrapport": what the deadline is for follows it
    return cue is not None and not cues.OTHER_DEADLINE.search(re.split(r"[,;.(]", after[cue.end() :])[0])


def _field_mentions(unit: Unit) -> list[DateMention]:
    """Under a deadline label every date is a deadline, except the first of a period and dates
    whose own line points elsewhere ("Til kommunene: 1. februar", "Rapport: 1. mars")."""
    body = unit.text
    dates = find_dates(body)
    out = []
    for i, d in enumerate(dates):
        prev_end = dates[i - 1].end if i else 0
        line_start = max(body.rfind("\n", 0, d.start) + 1, prev_end)
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        # the date's own clause: up to the line end, a bracket ("(svar ca. 11. april)") or the next date
        stops = [body.find("\n", d.end), body.find("(", d.end), nxt.start if nxt else -1]
        line_end = min((x for x in stops if x >= 0), default=len(body))
        if nxt is not None and cues.RANGE.match(body[d.end : nxt.start]):
            continue
        if cues.NEGATIVE.search(body[line_start : d.start] + " " + body[d.end : line_end]):
            continue
        out.append(_shift(d, unit.start))
    return out


def _names_deadline(label: str) -> bool:
    return bool(cues.STRONG.search(label) or cues.FRIST_LABEL.match(label)) and not cues.NEGATIVE.search(label)


def _by_deadline_word(body: str, d: DateMention, prev_end: int, applying: bool) -> bool:
    """A deadline word since the previous date governs ``d``, with nothing pointing elsewhere between.

    A bare "frist" needs applying in its sentence or the one before ("Dere kan søke to ganger i året.
    I 2018 er fristene 23. februar og 24. august.")."""
    found = list(cues.STRONG.finditer(body, prev_end, d.start))
    if applying:
        found += cues.FRIST.finditer(body, prev_end, d.start)
    if applying or cues.CALL.search(body):
        found += cues.OPEN_UNTIL.finditer(body, prev_end, d.start)
    if prev_end == 0 and (label := cues.FRIST_LABEL.match(body)) and label.end() <= d.start:
        found.append(label)
    if not found:
        return False
    cue = max(found, key=lambda m: m.end())
    if d.start - cue.end() > _MAX_GAP:
        return False
    clause = max(prev_end, *(body.rfind(c, 0, cue.start()) + 1 for c in ",;("))
    lead, between = body[clause : cue.start()], body[cue.end() : d.start]
    if cues.NEGATIVE.search(lead):
        return False
    if cues.STRONG.fullmatch(cue.group()) and cues.COPULA_BEFORE.search(body, 0, d.start):
        return not cues.OTHER_DEADLINE.search(between)  # "Sista ansökningsdatum för projekt med start ... är"
    return not cues.NEGATIVE.search(between)


def _by_limit(body: str, d: DateMention, prev_end: int, after: str) -> bool:
    """Applying, then a limit right before the date ("søke ... innen"), or a deadline moved to it.

    What follows the date in its clause can move the limit onto something else ("ska senast den
    31 januari 2019 redovisa hur ...")."""
    before = body[: d.start]
    applying = [*cues.APPLY.finditer(body, prev_end, d.start), *cues.STRONG.finditer(body, prev_end, d.start)]
    if cues.CLOSES_BEFORE.search(before):
        # "En för ordinarie ansökan ... som stänger 28 januari 2022": what closes is the applying (or
        # the call); only the words between it and the closing verb can point elsewhere
        # the same subject may have opened on the date before ("Utlysningen öppnar 1 februari och stänger ...")
        subjects = [*cues.APPLY.finditer(body, 0, d.start), *cues.STRONG.finditer(body, 0, d.start),
                    *cues.CALL.finditer(body, 0, d.start)]
        subject = max(subjects, key=lambda m: m.end(), default=None)
        return subject is not None and not cues.NEGATIVE.search(body, max(subject.end(), prev_end), d.start)
    if cues.NEGATIVE.search(body, prev_end, d.start) or cues.NEGATIVE.search(re.split(r"[,;.(]", after)[0]):
        return False
    if cues.LIMIT_BEFORE.search(before):
        if not applying and len(before.strip()) <= 20 and cues.LIMIT_WORD.match(before.strip()):
            # "Senast 1 december varje år kan ni söka": the limit opens the sentence, applying follows
            return bool(cues.APPLY.search(re.split(r"[,;.]", after)[0]))
        # "tiltak som gjennomføres innen ...": a relative clause moves the limit onto something else
        return bool(applying) and not cues.RELATIVE.search(body, max(m.end() for m in applying), d.start)
    return bool(cues.MOVED_TO_BEFORE.search(before) and (cues.APPLY.search(before) or cues.STRONG.search(before)))


def _applying_opens(body: str, d: DateMention, prev_end: int) -> bool:
    """Applying, or an application round, stands right before the period ("kan søkes fra 1. januar
    til ...", "ansöka om bidraget under perioden 1 mars–20 juni", "ansökningsomgången ... är öppen
    29 oktober 2018 till 1 mars 2019"): the words between only say it is a period, or open."""
    words = [
        *cues.APPLY.finditer(body, prev_end, d.start),
        *cues.STRONG.finditer(body, prev_end, d.start),
        *cues.CALL.finditer(body, prev_end, d.start),
    ]
    if not words:
        return False
    last = max(words, key=lambda m: m.end())
    raw = body[last.end() : d.start]
    gap = cues.WINDOW_WORDS.sub(" ", raw)
    # "Ansøgningsrunden for støtte til ... er åben fra den": "open from" right before the period
    # keeps a longer subject
    if len(gap) > (120 if cues.OPEN_FROM_BEFORE.search(raw) else 50) or cues.NEGATIVE.search(gap):
        return False
    if cues.WORK.search(gap) and cues.PERIOD.search(raw):
        return False  # "søges om midler til projekter i perioden fra ...": the period of the work
    return not cues.NEGATIVE.search(body, 0, last.start())


def _joined(between: str) -> bool:
    """The text between two dates makes them one list or one period."""
    if cues.LIST.match(between) or cues.RANGE.match(between):
        return True
    qualified = cues.LIST_AFTER_QUALIFIER.match(between)
    return bool(qualified) and not cues.NEGATIVE.search(between) and not find_dates(between)


def _shift(d: DateMention, offset: int) -> DateMention:
    return DateMention(d.start + offset, d.end + offset, d.day, d.month, d.year, d.weekday)
