"""The clauses of a sentence and whether each one denies what it says, in nb, nn, sv, da and en.

"Kommuner kan søke, men privatpersoner kan ikke" permits in one clause and denies in the next; a
negation inside a relative clause ("kommuner som ikke har et slikt tilbud") describes a noun and
denies nothing; sentence-initial "Der gives ikke tilskud til …" denies the whole clause.
"""

from __future__ import annotations

import re

_NEGATION = re.compile(
    r"\b(?:ikke|ikkje|inte|ej|icke|not|aldrig|aldri)\b|\bnot eligible|cannot|can't|\bingen\b", re.I
)
# A clause boundary inside a sentence: what one clause permits, the next may deny.
_CLAUSE_CUT = re.compile(
    r";|,\s*(?:men|but|mens|medan|whereas|while)\b|\s(?:men|but)\s|,\s*(?=(?:ikke|ikkje|inte|not|ej)\b)", re.I
)
# A relative word after a noun opens a clause that describes it; sentence-initial "Der"/"Det" does not.
INNER_RELATIVE = re.compile(
    r"(?<=[\w,])\s+(?:som|der|which|who|that|vilka|vilken|vilket|hvilke|hvor|där)\b", re.I
)
_TURN = re.compile(r"[;,]?\s*(?:men|but|mens|medan|whereas|while)\b", re.I)


def clauses(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each clause: "Kommuner kan søke, men privatpersoner kan ikke" has two."""
    cuts = [0] + [m.start() for m in _CLAUSE_CUT.finditer(sentence)] + [len(sentence)]
    return list(zip(cuts, cuts[1:], strict=False))


def negated(clause: str) -> bool:
    """True when the clause itself is denied; a negation inside a relative clause
    ("kommuner som ikke har et slikt tilbud") describes the noun and denies nothing."""
    neg = _NEGATION.search(clause)
    if not neg:
        return False
    relative = INNER_RELATIVE.search(clause)
    return not (relative and relative.start() < neg.start())


def reach(sentence: str, pos: int) -> int:
    """Where the list begun at ``pos`` ends: at a clause that turns ("…, men ikke av kommuner"),
    not at a semicolon between items ("foreninger; uddannelsesinstitutioner")."""
    for a, b in clauses(sentence):
        if a > pos and (negated(sentence[a:b]) or _TURN.match(sentence, a)):
            return a
    return len(sentence)
