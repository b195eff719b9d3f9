"""Language detection for documents, passages and short questions: nb, nn, sv, da, en.

lingua does the work; three general corrections make it reliable on one-line questions:
- Norwegian is decided as one family first (bokmål + nynorsk), then split. Otherwise lingua's
  probability mass is shared between the two Norwegian written standards and Danish wins
  questions that are plainly Norwegian.
- Function words (knowledge.language_cues) vote alongside lingua, and names quoted in brackets
  or quotes ("the pool (Ældrevenlige byer)") are left out, since they are often in another
  language than the question around them.
- For the same reason the words before the first capitalised name ("How much is | Tilskudd til
  ...") count extra: question word and verb are always in the asker's language.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lingua import Language as L
from lingua import LanguageDetectorBuilder

from knowledge.language_cues import CUES

_CODES = {L.BOKMAL: "nb", L.NYNORSK: "nn", L.SWEDISH: "sv", L.DANISH: "da", L.ENGLISH: "en"}
_FAMILY = {"nb": "no", "nn": "no", "sv": "sv", "da": "da", "en": "en"}
_CUE_WEIGHT = 1.0
_NYNORSK_ODDS = 4.0  # lingua must favour nynorsk this strongly when no function word decides
_QUOTED = re.compile(r"\([^()]*\)|«[^«»]*»|“[^“”]*”|\"[^\"]*\"")
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 4000
_QUESTION_CHARS = 300
_MIN_HEAD_WORDS = 2
_HEAD_WEIGHT = 2.0


@lru_cache(maxsize=1)
def _detector():
    return LanguageDetectorBuilder.from_languages(*_CODES).build()


def _without_quoted(text: str) -> str:
    """``text`` minus bracketed or quoted names, unless that would leave too little to judge."""
    rest = _QUOTED.sub(" ", text)
    return rest if len(_WORD.findall(rest)) >= 3 else text


def _lingua_scores(text: str) -> dict[str, float]:
    values = _detector().compute_language_confidence_values(text)
    return {_CODES[v.language]: v.value for v in values}


def _cue_scores(text: str) -> dict[str, float]:
    """Share of the function-word votes per language.

    A word's vote is split evenly between the language families it belongs to, then between the
    languages within each: "kan" (da, nb, nn) gives Danish as much as Norwegian, since bokmål and
    nynorsk are one family when Danish and Norwegian are told apart.
    """
    votes: dict[str, float] = {}
    total = 0
    for word in _WORD.findall(text.lower()):
        langs = CUES.get(word)
        if not langs:
            continue
        total += 1
        families = {_FAMILY[lang] for lang in langs}
        for lang in langs:
            kin = sum(1 for other in langs if _FAMILY[other] == _FAMILY[lang])
            votes[lang] = votes.get(lang, 0.0) + 1 / len(families) / kin
    return {lang: v / total for lang, v in votes.items()} if total else {}


def _family_of_best(scores: dict[str, float]) -> str:
    families: dict[str, float] = {}
    for lang, value in scores.items():
        families[_FAMILY[lang]] = families.get(_FAMILY[lang], 0.0) + value
    return max(families, key=families.__getitem__)


def _combined(lingua: dict[str, float], cues: dict[str, float]) -> dict[str, float]:
    scores = dict(lingua)
    for lang, share in cues.items():
        scores[lang] = scores.get(lang, 0.0) + _CUE_WEIGHT * share
    return scores


def _head(text: str) -> str:
    """A question's words before the first name in it ("How much is | Tilskudd til inkludering ...?").

    Grant and place names keep their own language inside a question in another; the words before
    them (question word, verb) are the asker's own. "" when the head is too short to judge.
    """
    if len(text) > _QUESTION_CHARS:
        return ""
    for m in _WORD.finditer(text):
        if m.start() > 0 and m.group()[0].isupper() and m.group() != "I":
            head = text[: m.start()]
            return head if len(_WORD.findall(head)) >= _MIN_HEAD_WORDS else ""
    return ""


def _head_scores(head: str) -> dict[str, float]:
    """What the head says. When its function words fit two families equally ("Hvem kan jeg kontakte
    om" is both Danish and Norwegian), it says only that: n-gram guesses on five shared words are
    noise, and the rest of the question decides between those families."""
    cues = _cue_scores(head)
    families: dict[str, float] = {}
    for lang, share in cues.items():
        families[_FAMILY[lang]] = families.get(_FAMILY[lang], 0.0) + share
    top = sorted(families.values(), reverse=True)
    if len(top) > 1 and top[0] - top[1] < 1e-9:
        return cues
    return _combined(_lingua_scores(head), cues)


def detect_language(text: str, default: str = "nb") -> str:
    """The most likely of nb/nn/sv/da/en for ``text``; ``default`` when nothing can be told."""
    if not _WORD.search(text):
        return default
    sample = _without_quoted(text[:_SAMPLE_CHARS])
    lingua, cues = _lingua_scores(sample), _cue_scores(sample)
    scores = _combined(lingua, cues)
    head = _head(sample)
    if head:
        head_scores = _head_scores(head)
        scores = {lang: _HEAD_WEIGHT * head_scores.get(lang, 0.0) + value for lang, value in scores.items()}
    if not any(scores.values()):
        return default
    family = _family_of_best(scores)
    return family if family != "no" else _norwegian_standard(lingua, cues)


def _norwegian_standard(lingua: dict[str, float], cues: dict[str, float]) -> str:
    """nn only on clear evidence: bokmål is by far the commoner standard, and many short
    Norwegian sentences ("Når er søknadsfristen?") are valid in both."""
    lean = cues.get("nn", 0.0) - cues.get("nb", 0.0)
    if lean:
        return "nn" if lean > 0 else "nb"
    return "nn" if lingua.get("nn", 0.0) > _NYNORSK_ODDS * lingua.get("nb", 0.0) else "nb"
