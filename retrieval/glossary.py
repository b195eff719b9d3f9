"""English grant vocabulary with its Norwegian, Swedish and Danish words, for English questions.

An English question ("grant for inclusion of children") shares no words with its announcement
("tilskudd til inkludering av barn"); the multilingual model bridges much of that, and adding the
Nordic words of the question's grant vocabulary lets the stemmed BM25 signals help too. The table
is data (``glossary.tsv``): general vocabulary of public grants, not words grown for one question.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[re.Pattern, str]]:
    text = (resources.files("retrieval") / "glossary.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [(re.compile(rf"\b(?:{english})\b", re.IGNORECASE), nordic) for english, nordic in rows]


@lru_cache(maxsize=256)  # asked per question by the embedding and by the lexical query
def nordic_terms(query: str) -> str:
    """The Nordic words for the grant vocabulary an (English) query uses; empty when none.

    A longer term is one name: "County Governor of Vestland" is the statsforvalter, and its
    "County" must not also add the county council's words (fylkeskommune), so each stretch of the
    question counts for its longest entry only."""
    table = _compiled()
    found = sorted(((m.start(), m.end(), row) for row, (pattern, _) in enumerate(table)
                    for m in pattern.finditer(query)), key=lambda f: (f[0] - f[1], f[0]))
    taken: list[tuple[int, int]] = []
    rows: set[int] = set()
    for start, end, row in found:
        if all(end <= s or start >= e for s, e in taken):
            taken.append((start, end))
            rows.add(row)
    return " ".join(table[row][1] for row in sorted(rows))
