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


def nordic_terms(query: str) -> str:
    """The Nordic words for the grant vocabulary an (English) query uses; empty when none."""
    return " ".join(nordic for pattern, nordic in _compiled() if pattern.search(query))
