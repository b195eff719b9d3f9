"""Picking the document sentences that best answer a question, for "what is it for" answers."""

from __future__ import annotations

import math
import re

from knowledge.sentences import Sentence, split_sentences
from retrieval.glossary import nordic_terms

_WORD = re.compile(r"[\wæøåäöüé]+", re.I)
# Question words and fillers in five languages carry no content to match on.
_STOP = set(
    """hva hvem hvor hvordan hvilke hvilken når kva kven kor korleis vad vem var vart hur vilka vilken när
    hvad hvornår hvilke what who where when how which the and for with from that this are was were is
    til for med som det den der er og eller på av om i å en et ett ei ein eit de dei kan skal må vil
    till från att och är har hade ska kan inte ikke ikkje not have has had does did do being been
    jeg vi eg me jag du man får fikk fick""".split()
)
# Cues for the kind of sentence a question wants, beyond shared words: a purpose, or a count.
_ASKS_PURPOSE = re.compile(r"formål|syfte|formål|purpose|aim|brukes|nyttast|användas|bruges|used for|gå til", re.I)
_STATES_PURPOSE = re.compile(
    r"formål|syfte|avsikt|målet|\bmål\b|skal brukes|skal nyttast|ska användas|skal bruges|purpose|\baim|"
    r"intended|skal bidra|ska bidra|skal stimulere|ska stödja|skal støtte|utvecklingsområden|områder|områden",
    re.I,
)
_ASKS_COUNT = re.compile(r"\b(hvor|kor|hur|how) (mange|många|many)\b", re.I)
_NUMBER = re.compile(r"\b\d+\b|\b(to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|två|fyra|sex|sju|åtta|nio|tio|"
                     r"two|three|four|five|six|seven|eight|nine|ten)\b", re.I)


def content_stems(text: str) -> set[str]:
    """Lower-cased 5-letter word prefixes without stop words: a cheap stem that survives Nordic inflection."""
    return {w[:5] for w in (t.lower() for t in _WORD.findall(text)) if len(w) > 2 and w not in _STOP}


def _idf(sentences: list[set[str]]) -> dict[str, float]:
    # Words spread over the whole announcement (its own name, "tilskudd") say little about which
    # sentence answers; rare ones ("behandler") say much.
    df: dict[str, int] = {}
    for stems in sentences:
        for s in stems:
            df[s] = df.get(s, 0) + 1
    n = len(sentences) or 1
    return {s: math.log(1 + n / d) for s, d in df.items()}


def _bonus(question: str, sentence: str) -> float:
    bonus = 0.0
    if _ASKS_PURPOSE.search(question) and _STATES_PURPOSE.search(sentence):
        bonus += 2.0
    if _ASKS_COUNT.search(question) and _NUMBER.search(sentence):
        bonus += 1.0
    return bonus


# The grant a question is about usually follows a preposition ("Hvem behandler søknadene | om
# samhandlingsmidler ..."); the words before it say what is asked, and weigh more.
_PREPOSITION = re.compile(r"\b(om|for|för|til|till|about|for|of|from|fra|från|on|på|i|in|under|med|with)\b", re.I)


def _focus(question: str) -> set[str]:
    m = _PREPOSITION.search(question)
    return content_stems(question[: m.start()] if m else question)


def best_sentences(question: str, text: str, passages: list, limit: int = 3, keep_share: float = 0.0) -> list[str]:
    """The sentences of ``text`` most relevant to ``question`` (verbatim; a sentence that introduces a
    list with a colon brings the list along)."""
    # An English question about a Nordic page shares few words with it: its grant vocabulary is
    # matched in the page's words too ("rounds" -> "runde omgang", the glossary the retrieval uses).
    q, focus = content_stems(f"{question} {nordic_terms(question)}"), _focus(question)
    sentences = [s for s in split_sentences(text) if len(s.text) >= 12]
    stems = [content_stems(s.text) for s in sentences]
    idf = _idf(stems)
    spans = [(p.start, p.end, max(0.0, float(p.score))) for p in passages]
    top = max((s for _, _, s in spans), default=0.0) or 1.0
    scored = []
    for i, (s, st) in enumerate(zip(sentences, stems, strict=True)):
        overlap = sum(idf[w] * (1.5 if w in focus else 1.0) for w in q & st)
        passage = 0.5 * max((sc for a, b, sc in spans if a <= s.start < b), default=0.0) / top
        score = overlap + passage + (_bonus(question, s.text) if overlap else 0.0)
        if score > 0 and overlap > 0:
            scored.append((score, -i))
    scored.sort(reverse=True)
    # With ``keep_share``, a sentence far weaker than the best one answers something else: it is left out.
    kept = [(score, i) for score, i in scored[:limit] if score >= keep_share * scored[0][0]]
    quotes: list[str] = []
    for _, i in kept:
        quote = _with_list(text, sentences, _antecedent(text, sentences, -i), -i)
        # A sentence already brought along as another's antecedent is not quoted twice.
        if not any(quote in q for q in quotes):
            quotes = [q for q in quotes if q not in quote] + [quote]
    return quotes


# "16 av disse er nye prosjekter …", "Av dessa …", "Of these …": the sentence counts or picks from
# what the one before it named, and is not understood without it.
_REFERS_BACK = re.compile(
    r"^(?:[\w,.%]+\s+){0,2}?(?:av|af|of)\s+(?:disse|desse|dessa|these|those|dem|dei)\b"
    r"|^(?:disse|desse|dessa|these|those)\b",
    re.I,
)


def _antecedent(text: str, sentences: list[Sentence], i: int) -> int:
    """The index of the first sentence to quote for sentence ``i``: the one before it when ``i`` refers
    back to it within one paragraph, else ``i`` itself."""
    if i > 0 and _REFERS_BACK.search(sentences[i].text) and "\n\n" not in text[sentences[i - 1].end : sentences[i].start]:
        return i - 1
    return i


def _with_list(text: str, sentences: list[Sentence], first: int, i: int) -> str:
    """Sentences ``first`` to ``i``, extended over the list ``i`` introduces when it ends with a colon."""
    s = sentences[i]
    end, j = s.end, i + 1
    if s.text.rstrip().endswith(":"):
        while j < len(sentences) and j <= i + 6 and len(sentences[j].text) < 300:
            end, j = sentences[j].end, j + 1
    return text[sentences[first].start : end]
