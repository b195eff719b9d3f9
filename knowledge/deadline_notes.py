"""What a text says about when to apply when it gives no full date: a deadline without a year
("Søknadsfrist: 15. april"), a deadline counted from something else ("senast 31 augusti året
innan", "14 måneder etter bosettingsdatoen"), or applications taken all year ("Søknad kan sendes
hele året", "Søknader behandles fortløpende").

These answer "when is the deadline?" truthfully without inventing a date: the sentence is quoted
as it stands, and no ISO date is reported.
"""

from __future__ import annotations

import re

from knowledge import deadline_cues as cues
from knowledge.dates import find_dates, month_names
from knowledge.deadlines import Unit, deadline_mentions, deadline_units
from knowledge.models import Document, Fact

# Statements about reports, or about what the issuer publishes or decides, are not about applying
# ("regionsrådet beslutter løbende", "som løbende bliver offentliggjort her på siden").
_NOT_APPLYING = re.compile(
    r"rapport|redovis|report|regnskap|räkenskap|regnskab|publi|offentliggj|offentliggør|kunngj|announc"
    r"|\bbeslut|\bbeslutt|\bdecide",
    re.IGNORECASE,
)


# Processing as applications come in ("Søknader behandles fortløpende") means no closing day only when
# the text speaks of no deadline at all ("... Søknader som kommer inn etter fristen kan avvises.").
_PROCESSING = re.compile(r"behandl|handsam|handläg|process|vurder|bedöm|bedøm|review", re.IGNORECASE)


def extract_deadline_notes(doc: Document) -> list[Fact]:
    """Deadline statements without a full date, relative deadlines and rolling calls (verbatim)."""
    units = deadline_units(doc.text)
    notes = [u for u in units if _undated(u) or _relative(u)]
    rolling = [u for u in units if _rolling(u)]
    speaks_of_deadline = any(_names_deadline(u) for u in units if u not in rolling)
    notes += [u for u in rolling if not (_PROCESSING.search(u.text) and speaks_of_deadline)]
    notes.sort(key=lambda u: u.start)
    return list({u.text: Fact(quote=u.text) for u in notes}.values())


def _names_deadline(unit: Unit) -> bool:
    return bool(cues.STRONG.search(unit.text) or cues.FRIST.search(unit.text) or cues.FRIST_LABEL.match(unit.label))


def _undated(unit: Unit) -> bool:
    """A deadline whose date the text leaves without a year (or the year was not settled)."""
    if deadline_mentions(unit):
        return True
    return _names_deadline(unit) and bool(find_dates(unit.text)) and not cues.NEGATIVE.search(unit.text)


def _relative(unit: Unit) -> bool:
    """A deadline counted from another event or year, or given as a month only ("seinast desember")."""
    text = unit.text
    applying = _names_deadline(unit) or (cues.APPLY.search(text) and cues.LIMIT_WORD.search(text))
    if not applying or cues.OTHER_DEADLINE.search(text) or _PROCESSING.search(text):
        return False  # "Behandling af ansøgninger kan tage ... 1½ måned, efter ansøgningsfristen"
    month_only = re.search(rf"{cues.LIMIT_WORD.pattern}\s+(?:utgangen av\s+|udgangen af\s+|slutten av\s+)?"
                           rf"(?:{month_names()})\b", text, re.IGNORECASE)
    return bool(cues.RELATIVE_TIME.search(text) or month_only)


def _rolling(unit: Unit) -> bool:
    """Applications taken at any time ("Søknader behandles fortløpende", "hele året")."""
    text = unit.text
    if not cues.ROLLING.search(text) or _NOT_APPLYING.search(text):
        return False
    return bool(cues.APPLY.search(text) or _names_deadline(unit))
