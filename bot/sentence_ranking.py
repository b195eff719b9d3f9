"""Picking the document sentences that best answer a question, for "what is it for" answers."""

from __future__ import annotations

import re

from knowledge.sentences import split_sentences

_WORD = re.compile(r"[\wæøåäöüé]+", re.I)
# Question words and fillers in five languages carry no content to match on.
_STOP = set(
    """hva hvem hvor hvordan hvilke hvilken når kva kven kor korleis vad vem var vart hur vilka vilken när
    hvad hvornår hvilke what who where when how which the and for with from that this are was were is
    til for med som det den der er og eller på av om i å en et ett ei ein eit de dei kan skal må vil
    till från att och är har hade ska kan inte ikke ikkje not have has had does did do being been
    jeg vi eg me jag du man""".split()
)


def content_stems(text: str) -> set[str]:
    """Lower-cased 5-letter word prefixes without stop words: a cheap stem that survives Nordic inflection."""
    return {w[:5] for w in (t.lower() for t in _WORD.findall(text)) if len(w) > 2 and w not in _STOP}


def best_sentences(question: str, text: str, passages: list, limit: int = 3) -> list[str]:
    """The sentences of ``text`` most relevant to ``question``: word overlap plus the retrieval score
    of the passage they sit in."""
    q = content_stems(question)
    spans = [(p.start, p.end, max(0.0, float(p.score))) for p in passages]
    top = max((s for _, _, s in spans), default=0.0) or 1.0
    scored = []
    for i, s in enumerate(split_sentences(text)):
        if len(s.text) < 25:
            continue
        overlap = len(q & content_stems(s.text))
        passage = max((sc for a, b, sc in spans if a <= s.start < b), default=0.0) / top
        score = overlap + passage
        if score > 0:
            scored.append((score, -i, s.text))
    scored.sort(reverse=True)
    return [t for _, _, t in scored[:limit]]
