"""What a question asks for: one of the nine CONTRACT intents, from cue words in five languages.

A cue table rather than a trained classifier: there is no labelled Nordic grant-question
data to train on, and a table is deterministic and readable by the people who maintain it.
Nordic words compound freely ("søknadsfristen", "tilskotsbeløp"), so money and deadline
cues match inside words, not only at word starts.
"""

from __future__ import annotations

import re

from bot.models import Intent

_APPLY = r"(søk\w*|søkj\w*|ansök\w*|sök\w*|ansøg\w*|søg\w*|apply\w*|applic\w*)"
_WHO = r"\b(hvem|kven|vem|vilka|vilken|hvilke|hvilken|kva for|who|which)\b"

# Checked in order; the first intent with a matching cue wins.
_CUES: list[tuple[Intent, list[str]]] = [
    ("contact", [
        r"kontakt", r"\bcontact\w*", r"\b(ringe|ring|ringa)\b", r"\btelefon\w*", r"\bphone\b",
        _WHO + r".{0,30}\b(call|spørre|spørja|fråga|spørge|ask|snakke|tala|tale)\b",
        r"e-?post", r"\be-?mail", r"sparring",
    ]),
    ("deadline", [
        r"frist", r"deadline", r"\bdue date\b", r"\bclosing date\b", r"\bstill open\b", r"\bapply by\b",
        r"\b(fortsatt|fremdeles|framleis|enn(å|o)|fortfarande|stadig|endnu|still)\b.{0,40}"
        r"(" + _APPLY[1:-1] + r"|open|åpen|öppen|åben)",
        r"\b(sista|siste|sidste|last) (ansöknings)?(dag|dato|datum|date|day)", r"\bsenast\b", r"\bsenest\b",
        r"\b(når|hvornår|när|kva tid|når)\b.{0,80}(" + _APPLY[1:-1] + r"|inne|levere\w*|sendes|skickas|"
        r"öppnar|stänger|åpner|stenger|lukker|åbner)",
        r"\bwhen\b.{0,60}\b(apply|application|submit|due|close|open)",
        r"\b(går ut|gå ut|expires?|closes?)\b", r"\b(datum|dato|datoer|datoen|dates?)\b", r"ansökningsomgång\w* .{0,40}\bgår\b",
    ]),
    ("eligibility", [
        r"\b(kan|får|må) (vi|jeg|eg|jag|me)\b.{0,60}(" + _APPLY[1:-1] + r"|\bfå\b|delta)",
        r"\b(can|may) (we|i)\b.{0,40}\b(apply|get|receive|take part)",
        r"\b(are|is) (we|our \w+)\b.{0,30}\beligible", r"\ber vi (kvalifisert|berettiget|aktuelle)",
        r"\bär vi (behöriga|berättigade)", r"\ber vi berettigede",
    ]),
    ("amount", [
        r"\b(hvor|kor|hur) (mye|mykje|mycket|meget|stor|stort|store)\b", r"\w+sum(men|ma)?\b", r"\bhow (much|large|big)\b",
        r"\b(hvor|kor|hur) (mange|mykje|många) \w*(penge|pengar|penger|midler|midlar|medel|kroner|kronor|millioner)",
        r"\bhow many (kroner|kronor|crowns|euros?)\b", r"\btotal (budget|amount|funding)\b",
    ]),
    ("how_to_apply", [
        r"\b(hvor|kor|kvar|hvorhen|where)\b.{0,80}(" + _APPLY[1:-1] + r"|rekvir\w*|registr\w*|send\w*|skick\w*|"
        r"lämna\w*|indsend\w*|submit\w*|levere\w*)",
        r"^(var|vart)\b.{0,80}(" + _APPLY[1:-1] + r"|rekvir\w*|registr\w*|send\w*|skick\w*|lämna\w*)",
        r"\b(hvordan|korleis|hur|how)\b.{0,60}(" + _APPLY[1:-1] + r"|rekvir\w*|requisition\w*)",
        _WHO + r".{0,30}\b(behandl\w*|handlägg\w*|process\w*|vurder\w*|bedöm\w*|beslut\w*|decide\w*|review\w*)",
        r"søknadsskjema", r"ansökningsblankett", r"ansøgningsskema", r"\bapplication form\b", r"portal",
    ]),
    ("applicants", [
        _WHO + r".{0,50}(" + _APPLY[1:-1] + r"|\bfå\b|\bfår\b|receive|\bget\b|requisition\w*|rekvir\w*|"
        r"fakturer\w*|eligible)",
        r"\bkan (en |ei |et |ett )?(\w+ )?(kommun\w*|fylke\w*|region\w*|landsting\w*|organisa\w*|foren\w*|"
        r"förening\w*|sykehus\w*|sygehus\w*|bedrift\w*|företag\w*|virksomhed\w*|lag)\b",
        r"\bcan (an? )?(\w+ )?(municipalit\w*|count(y|ies)|regions?|organi[sz]ations?|ngos?|hospitals?|compan\w*|"
        r"associations?)\b",
        r"målgrupp", r"\btarget group", r"\beligib\w*", r"søkerkrets",
    ]),
    ("amount", [
        r"beløp", r"belopp", r"beløb", r"\bamount", r"\b(kroner|kronor|kr|nok|sek|dkk|euro)\b",
        r"\b(maks|maksimalt|högst|max\w*)\b", r"budsjett", r"budget", r"\bramme\b",
        r"\b(få|fikk|fick|fik|receive\w*|get|got)\b.{0,20}\b(penger|pengar|midler|medel|money|funding)\b",
    ]),
    ("criteria", [
        r"formål", r"syfte", r"purpose", r"kriteri", r"criteri", r"\bkrav\b", r"vilkår", r"villkor",
        r"betingelse", r"requirement", r"\bcondition",
        r"\b(hva|kva|vad|hvad|what)\b.{0,80}\b(brukes|nyttast|användas|bruges|used|gå til|gå till|dekke\w*|"
        r"täck\w*|dække\w*|støtte\w*|stöd\w*|fund\w*|for)\b",
        r"\b(hvor|kor|hur|how) mange?\b", r"\bhur många\b", r"\bhow many\b", r"fordel", r"\bsplit\b",
        r"\bdivided\b", r"priorit",
    ]),
    ("overview", [
        r"\b(hva|kva|vad|hvad|what) (er|är|is)\b", r"\bfortell\b", r"\bberätta\b", r"\bfortæl\b", r"\btell me\b",
        r"\b(om|about)\b", r"oversikt", r"översikt", r"\boverview\b", r"\bsummary\b",
    ]),
]
_COMPILED = [(intent, [re.compile(c, re.I) for c in cues]) for intent, cues in _CUES]


def classify_intent(question: str) -> Intent:
    """The intent of ``question``; ``other`` when no cue matches."""
    text = question.lower().strip()
    for intent, cues in _COMPILED:
        if any(c.search(text) for c in cues):
            return intent
    return "other"
