"""Where and how to send the application (postal address, e-mail, portal).

A postal address or an e-mail address counts only when a sentence about sending an application
leads to it ("Skriftlig søknad skal sendes: …", "Den ställs till:", "sendes på e-mail til …");
a portal counts when a sentence about applying names one ("søknad sendes via Altinn", "sök via
e-tjänsten"). A postal address is the most specific answer, then an e-mail, then a portal.
"""

from __future__ import annotations

import re

from knowledge.emails import EMAIL
from knowledge.footers import content_end
from knowledge.models import AddressFact, Document
from knowledge.sentences import split_sentences

# "sök" alone also means search ("sökfunktionen"), so only the applying forms count.
_APPLY = re.compile(
    r"\b(?:søk(?:e|er|es|t|ja|je|jar|jast|nad\w*)?|søg(?:e|er|es|t)?|sök(?:a|er|es|as|t|nad\w*)?|"
    r"ansøg\w*|ansök\w*|apply\w*|applica\w*|rekvi\w*|forespørsel\w*|blankett\w*|skjema\w*|skema\w*)\b",
    re.I,
)
# A portal sentence must say what to do there, not only mention a form or a site.
_ACT = re.compile(
    r"\b(?:søk(?:e|er|es|je|jast)?|søg(?:e|er|es)?|sök(?:a|er|es|as)?|ansøg(?:e|er|es)?|ansök(?:a|er|es|as)?|"
    r"apply|submit\w*|rekvir\w*|registrer\w*|sende|sendes|send|leveres|lever|görs|gjøres|gjerast|"
    r"skjer|sker|ske|skje|foretages|foretas|göras|foregår|indsend\w*|logg\w*)\b",
    re.I,
)
_SEND = re.compile(
    r"\b(?:sendes|sende|send|skickas|skicka|skickar|indsendes|indsend\w*|ställs|adresseres|adresseras|"
    r"leveres|lever|submit\w*|mailes|postes)\b",
    re.I,
)
_TO = re.compile(r"\b(?:til|till|to|på)\b|:", re.I)
# Postcode and town: "0031 Oslo", "DK-1057 København K", "118 82 STOCKHOLM", "831 26 Östersund".
_POSTCODE = re.compile(
    r"(?:\bDK-)?\b(?:\d{3}[ \t]?\d{2}|\d{4})[ \t]+[A-ZÆØÅÄÖ][A-Za-zæøåäöÆØÅÄÖ-]+(?:[ \t][A-ZÆØÅ]\b)?"
)
# "Postboks 8054" is a box number and "1. mars 2024" a date, not a postcode.
_NOT_POSTCODE_BEFORE = re.compile(
    r"\b(?:postboks|boks|box|pb\.?|januar[iy]?|februar[iy]?|mars|march|marts|april|mai|maj|may|juni?|june|juli|"
    r"july|augusti?|september|oktober|october|november|desember|december|jan|feb|mar|apr|aug|sept?|okt|oct|nov|"
    r"des|dec)\.?\s*$",
    re.I,
)
_STREETISH = re.compile(r"(?:\d+[A-Za-z]?\b|\bbox\b|\bpostboks\b|\bboks\b)", re.I)
_FOLLOW_ATTENTION = re.compile(r"\s*\n?[ \t]*(?:Att|Attn)(?:\.:?|:)[^\n]*")
_FOLLOW_EMAIL = re.compile(
    r"\s*\n?[ \t]*(?:alt(?:ernativt)?|eller|or)\b[^\n]{0,30}?(?:e-?post|e-?mail|mail)[^\n]{0,10}?:?\s*"
    + EMAIL.pattern
    + rf"(?:\s+(?:og|och|and)\s+{EMAIL.pattern})?",
    re.I,
)
_PORTAL = re.compile(
    r"\b(?:[\w-]*portal\w*|e-tjänst\w*|e-tjeneste\w*|altinn|e-boks|webbformulär\w*|webformular\w*|"
    r"nettskjema\w*|hjemmeside\w*|webbplats\w*|nettside\w*|website|ekstranett\w*|"
    r"(?:www\.)?[a-z0-9-]+\.(?:no|se|dk|eu|org|com)\b)",
    re.I,
)
_VIA_NAME = re.compile(r"\b(?i:via|gjennom|genom|through|hos)\s+[A-ZÆØÅÄÖ]\w+")
_SWEDISH_POSTCODE = re.compile(r"\d{3}[ \t]\d{2}\b")
_MAX_SPAN = 200


def _after_to(text: str, start: int, end: int) -> int:
    """Where the recipient starts: after the last colon, else after the first "til/till/to"."""
    colons = [m.end() for m in re.finditer(":", text[start:end])]
    first_to = _TO.search(text, start, end)
    cut = start + colons[-1] if colons else (first_to.end() if first_to else start)
    while cut < end and text[cut] in " \t\n\xa0:":
        cut += 1
    return cut


def _sentence_index(sentences, offset: int) -> int:
    return max((k for k, s in enumerate(sentences) if s.start <= offset), default=0)


def _sending_phrase(text: str, sentences, start: int, end: int) -> re.Match | None:
    """The last "sendes/skickas/ställs …" in ``text[start:end]`` whose sentence (or the one before) is about applying."""
    for m in reversed(list(_SEND.finditer(text, start, end))):
        k = _sentence_index(sentences, m.start())
        around = " ".join(s.text for s in sentences[max(0, k - 1) : k + 1])
        if _APPLY.search(around):
            return m
    return None


def _postal(text: str, sentences) -> AddressFact | None:
    for m in _POSTCODE.finditer(text):
        before = text[max(0, m.start() - 60) : m.start()]
        # A four-digit code could be a year or an amount: it needs a street, box or "DK-" before it.
        distinctive = _SWEDISH_POSTCODE.match(m.group()) or m.group().startswith("DK-")
        if _NOT_POSTCODE_BEFORE.search(before) or not (distinctive or _STREETISH.search(before)):
            continue
        send = _sending_phrase(text, sentences, max(0, m.start() - _MAX_SPAN), m.start())
        if send is None:
            continue
        start, end = _after_to(text, send.end(), m.start()), m.end()
        for follow in (_FOLLOW_ATTENTION, _FOLLOW_EMAIL):
            more = follow.match(text, end)
            end = more.end() if more else end
        return _fact(text, sentences, start, end, send.start())
    return None


def _email(text: str, sentences) -> AddressFact | None:
    for m in EMAIL.finditer(text):
        k = _sentence_index(sentences, m.start())
        window = sentences[max(0, k - 1)].start
        send = _sending_phrase(text, sentences, window, m.start())
        if send is None:
            continue
        start = _after_to(text, send.end(), m.start())
        start = start if m.end() - start <= 120 else m.start()
        return _fact(text, sentences, start, m.end(), send.start())
    return None


def _portal(sentences) -> AddressFact | None:
    for s in sentences:
        channel = _PORTAL.search(s.text) or _VIA_NAME.search(s.text)
        if channel and _APPLY.search(s.text) and _ACT.search(s.text):
            return AddressFact(text=s.text, quote=s.text)
    return None


def _fact(text: str, sentences, start: int, end: int, cue: int) -> AddressFact:
    quote_start = sentences[_sentence_index(sentences, cue)].start
    return AddressFact(text=text[start:end].strip(), quote=text[quote_start:end].strip())


def extract_application_address(doc: Document) -> AddressFact | None:
    """Where the application goes, as stated in the text; None when not stated."""
    text = doc.text[: content_end(doc.text)]
    sentences = split_sentences(text)
    return _postal(text, sentences) or _email(text, sentences) or _portal(sentences)
