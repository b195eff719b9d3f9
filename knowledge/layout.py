"""Label/value layouts: which value line a short label line belongs to.

Scraped pages put key facts in cards and tables that lose their structure: a label on one line
and its value on the line below ("Søknadsfrist" / "03.06.2019"), or above ("17. mar 2021" /
"Søknadsfrist hovedprosjekt"), or a label over a list of values ("Søknadsfrister 2012" / "• 1. mars"
/ "• 1. juni"). Reading the pairing from the layout, rather than from the words of one line, lets
a value be tied to the label that names it.

The order is read from the whole block: a label ending in ":" always points down; otherwise a
block of alternating labels and values reads label-first unless its last label has no value of
its own below it (the block then reads value-first: every value is followed by its label).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.dates import find_dates
from knowledge.lines import Line, split_lines

_LABEL_MAX = 60  # longer lines without a closing colon are prose, not labels
_LABEL_WORDS = 8
_VALUE_MAX = 80  # a value line: the value and at most a few words ("03.06.2019 23:59:00", "1. juni (for kommuner)")
_VALUE_REST = 50  # characters of a value line that are not its date
# Words of labels that name a date: deadlines, openings, starts and ends, decisions, reports, payouts.
_DATE_LABEL = re.compile(
    r"dato|date|datum|frist|deadline|start|slutt|slut\b|\bend|åpn|öppn|åbn|åpen|öppen|åben|open|stäng|steng|luk"
    r"|clos|beslut|vedtak|decision|rapport|report|redovis|utbetal|udbetal|payment|period|tidligst|tidigast"
    r"|senest|senast|seneste|earliest|latest|sista|siste|sidste|last",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^[•·▪◦●‣∙*–-]\s*")
_NUMBER = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year in a label ("Søknadsfrister 2012") keeps it a label
_TIME = re.compile(r"^(?:kl\.?|klokken|klockan|at)?\s*\d{1,2}[.:]\d\d(?:\s*(?:CES?T|[AP]M))?\.?$", re.IGNORECASE)


@dataclass(frozen=True)
class Field:
    """A label and the value lines it names, as spans of the text."""

    label: Line
    values: tuple[Line, ...]

    @property
    def start(self) -> int:
        return min(self.label.start, self.values[0].start)

    @property
    def end(self) -> int:
        return max(self.label.end, self.values[-1].end)


def read_fields(text: str) -> list[Field]:
    """The label/value pairs of ``text`` whose values are dates."""
    blocks = _blocks(text)
    kinds = [_kind(b, text) for b in blocks]
    fields: list[Field] = []
    taken = -1  # the label a value-first block gave to the dates above it
    i = 0
    while i < len(blocks):
        if kinds[i] != "date":
            i += 1
            continue
        j = i
        while j + 1 < len(blocks) and kinds[j + 1] == "date":
            j += 1  # a list of dates under one label
        label = _label_of(blocks, kinds, i, j, value_first=taken == i - 1)
        taken = label if label is not None and label > j else -1
        if label is not None:
            fields.append(Field(blocks[label], tuple(blocks[i : j + 1])))
        i = j + 1
    return fields


def _blocks(text: str) -> list[Line]:
    """Lines, with a date written over several lines ("sep" / "03" / "2024") joined into one."""
    lines = split_lines(text)
    out: list[Line] = []
    spans = [(d.start, d.end) for d in find_dates(text)]
    for line in lines:
        joined = out and any(a < out[-1].end and line.start < b for a, b in spans)
        if joined or (out and _TIME.match(line.text) and find_dates(out[-1].text)):  # "Kl. 13:00" under its date
            prev = out.pop()
            line = Line(text[prev.start : line.end], prev.start, line.end)
        out.append(line)
    return out


def _kind(line: Line, text: str) -> str:
    body = _BULLET.sub("", line.text)
    dates = find_dates(body)
    if dates:
        rest = len(body) - sum(d.end - d.start for d in dates)
        leads = dates[0].start <= 4 or len(body) <= 30 or body[: dates[0].start].rstrip().endswith(":")
        is_value = leads and rest <= _VALUE_REST and len(body) <= _VALUE_MAX
        return "date" if is_value else "prose"
    if body.endswith(":") and len(body) <= 200:
        return "colon"
    if len(body) <= _LABEL_MAX and len(body.split()) <= _LABEL_WORDS and not body.endswith((".", "!", "?")):
        return "value" if _NUMBER.search(_YEAR.sub("", body)) else "label"
    return "prose"


def _label_of(blocks: list[Line], kinds: list[str], first: int, last: int, value_first: bool) -> int | None:
    """The label of the dates ``first..last``: above them, or below them in a value-first block."""
    above = first - 1 if first > 0 and kinds[first - 1] in ("label", "colon") else None
    below = last + 1 if last + 1 < len(blocks) and kinds[last + 1] == "label" else None
    if value_first:  # the label above belongs to the dates above it
        return below
    if above is not None and kinds[above] == "colon":
        return above
    if below is not None and _value_first(blocks, kinds, below):
        return below
    return above


def _value_first(blocks: list[Line], kinds: list[str], label: int) -> bool:
    """Walk the block of alternating labels and dates from ``label``: it reads value-first when its
    last label has no value below it (a label over a number or a paragraph reads label-first)."""
    k = label
    while k + 2 < len(kinds) and kinds[k + 1] == "date" and kinds[k + 2] == "label":
        k += 2
    nxt = kinds[k + 1] if k + 1 < len(kinds) else None
    # one date between two labels is too little to read the order from: it reads label-first; and
    # the last label must name a date ("Seneste tillatte prosjektslutt"), not a heading ("Kontakt")
    return k > label and nxt in (None, "label", "colon") and bool(_DATE_LABEL.search(blocks[k].text))


def headings(text: str) -> list[Line]:
    """Short lines standing alone over what follows ("Rapportering", "Søknadsfrist:")."""
    return [b for b in _blocks(text) if _kind(b, text) in ("label", "colon")]
