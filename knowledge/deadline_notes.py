"""What a text says about when to apply when it gives no full date: a deadline without a year
("Søknadsfrist: 15. april"), or applications taken all year ("Søknad kan sendes hele året").

These answer "when is the deadline?" truthfully without inventing a year: the sentence is
quoted as it stands, and no ISO date is reported.
"""

from __future__ import annotations

import re

from knowledge import deadline_cues as cues
from knowledge.dates import find_dates
from knowledge.deadlines import deadline_units
from knowledge.models import Document, Fact

_ROLLING = re.compile(
    r"\b(?:fortløp\w*|løpende|løpande|fortløpande|fortlöpande|löpande|løbende|"
    r"hele året|heile året|hela året|året rundt|året runt|all year|rolling basis|on a rolling|"
    r"ingen (?:søknads|ansöknings|ansøgnings)?frist|no (?:application )?deadline)\b",
    re.IGNORECASE,
)


# "Søknader behandles fortløpende" says how applications are processed, not that any day will do.
_REPORTING = re.compile(
    r"rapport|redovis|report|regnskap|räkenskap|regnskab|behandl|handsam|handläg|vurder|bedöm|process|review",
    re.IGNORECASE,
)


def extract_deadline_notes(doc: Document) -> list[Fact]:
    """Deadline statements without a full date, and rolling-application statements (verbatim)."""
    notes: list[Fact] = []
    for unit in deadline_units(doc.text):
        names_deadline = cues.STRONG.search(unit.text) or cues.FRIST.search(unit.text)
        undated = names_deadline and find_dates(unit.text) and not cues.NEGATIVE.search(unit.text)
        rolling = _ROLLING.search(unit.text) and (cues.APPLY.search(unit.text) or names_deadline)
        rolling = rolling and not _REPORTING.search(unit.text)
        if undated or rolling:
            notes.append(Fact(quote=unit.text))
    return list({n.quote: n for n in notes}.values())
