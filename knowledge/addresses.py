"""Where and how to send the application (postal address, e-mail, portal or system, office).

A postal address or an e-mail address counts only when a sentence about sending an application
leads to it ("Skriftlig søknad skal sendes: …", "Den ställs till:", "sendes på e-mail til …",
or a sending line ending in a colon above the block). A portal or system counts when a sentence
about applying says to apply through it ("søknad sendes via Altinn", "registreres på … (ISORD)",
"leverast gjennom søknadsplattform Espresso"), and a web address when it stands beside the
application form. Failing all of these, the office an application is sent to is the answer
("Ansökan ska vara Kultur och fritid tillhanda").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.emails import EMAIL
from knowledge.footers import content_end
from knowledge.models import AddressFact, Document
from knowledge.sentences import split_sentences

# "sök" alone also means search ("sökfunktionen"), so only the applying forms count.
_APPLY = re.compile(
    r"\b(?:søk(?:e|er|es|t|ja|je|jar|jast|nad\w*)?|søg(?:e|er|es|t)?|sök(?:a|er|es|as|t|nad\w*)?|"
    r"ansøg\w*|ansök\w*|apply\w*|applica\w*|rekvi\w*|forespørsel\w*|blankett\w*|skjema\w*|skema\w*|"
    r"\w*understödsansök\w*|prosjektskisse\w*|projektskiss\w*|skisse\w*|skiss)\b",
    re.I,
)
# The application form itself: a web address beside it is where to apply, verb or not
# ("Linken til søknadsskjemaet er https://…", "søknadsskjema finner du på anleggsregisteret.no").
_FORM = re.compile(
    r"\b\w*(?:søknadsskjema|ansøgningsskema|ansökningsblankett|ansökningsformulär|application form|"
    r"e-?skjema|webbformulär|webformular)\w*",
    re.I,
)
# A portal sentence must say what to do there, not only mention a form or a site.
_ACT = re.compile(
    r"\b(?:søk(?:e|er|es|je|jast)?|søg(?:e|er|es)?|sök(?:a|er|es|as)?|ansøg(?:e|er|es)?|ansök(?:a|er|es|as)?|"
    r"apply|submit\w*|fill\w*|rekvir\w*|registr\w*|sende|sendes|sendast|send|leveres|leverast|lever|görs|gjøres|"
    r"gjerast|skjer|sker|ske|skje|foretages|foretas|göras|foregår|indsend\w*|logg\w*|lämnas|skick\w*|fylles|fyllast|"
    r"fylls|udfyldes|use|used|använd\w*|anvend\w*)\b",
    re.I,
)
_SEND = re.compile(
    r"\b(?:sendes|sende|sendast|send|skickas|skicka|skickar|indsendes|indsend\w*|ställs|adresseres|adresseras|"
    r"leveres|leverast|lever|submit\w*|mailes|postes|riktas|tillställas|sändas|sänds|skriv|skrive|write|sent)\b",
    re.I,
)
# "… sendes til;\n", "Skriv til:\n": a sending phrase that introduces the lines below it.
_INTRODUCES_BLOCK = re.compile(r"[ \t]*(?:til|till|to)?[ \t]*[:;][ \t]*\n", re.I)
_TO = re.compile(r"\b(?:til|till|to|på)\b|:", re.I)
_TO_RECIPIENT = re.compile(r"\b(?:til|till|to)\b", re.I)
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
    r"\b(?:[\w-]*portal\w*|e-tjänst\w*|e-tjeneste\w*|altinn|e-boks|\w*formulär\w*|webformular\w*|"
    r"nettskjema\w*|e-?skjema\w*|hjemmeside\w*|webbplats\w*|nettsid\w*|nettstad\w*|website|ekstranett\w*|"
    r"\w*system(?:et|er|ene|s)?\b|\w*database\w*|\w*søknadssenter\w*|\w*plattform\w*|\w*platform\w*|"
    r"e-kanal\w*|\w*lenk(?:e|en|a|ja)\b|\w*länk(?:en)?\b|link(?:en)?\b|(?<![@\w.-])(?:www\.)?[a-z0-9-]+\.(?:no|se|dk|fi|ax|eu|org|com|net)\b)",
    re.I,
)
# A channel is where one applies: "via/i/på/gjennom … portalen", not "indkøb af digitale platforme".
_THROUGH = re.compile(r"\b(?:via|gjennom|genom|gennem|through|i|på|in|on|at|using|med|hos)\b[^,;]*$", re.I)
_THROUGH_REACH = 80
_WEB = re.compile(r"(?:https?://|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:no|se|dk|fi|ax|eu|org|com|net)\b", re.I)
# "… sendes inn gjennom denne portalen": the portal is named in the sentence before.
_BACK_REFERENCE = re.compile(r"\b(?:denne|dette|denna|detta|den här|det här|this|that)\s+\w*(?:portal|system|tjänst|tjeneste|løsning)", re.I)
# "Søknaden sendes dit": to the office named in the sentence before.
_THERE = r"|\b(?i:sendes|sendast|skickas|indsendes|sent|submitted)\s+(?i:inn?\s+)?(?i:dit|dertil|dit hen|there)\b"
_THERE_RE = re.compile(_THERE[1:], re.I)
# "Ansökan ska vara Kultur och fritid tillhanda", "skal være Plan- og Landdistriktsstyrelsen i hænde":
# the office named is the recipient. So is whoever an application "sendes til".
_RECIPIENT = re.compile(
    r"\b(?i:vara|være|vere)\s+[A-ZÆØÅÄÖ][^.]{2,80}?\s+(?:tillhanda|i hænde|i hende)\b"
    r"|\b(?i:sendes|sendast|sende|send|skickas|skicka|indsendes|indsend|riktas|tillställas|adresseres|adresseras|"
    r"sent|submitted|ställs)\b[^.]{0,40}?\b(?i:til|till|to)\s+(?:[A-ZÆØÅÄÖ]|\w+(?:en|et|a|n)\b)"
    + _THERE
)
_VIA_NAME = re.compile(
    r"\b(?i:via|gjennom|genom|through|hos)\s+[A-ZÆØÅÄÖ]\w+"
    # "The application is filled in Promas", "registreres i Prosjektskjønn": a name right after the act.
    r"|\b(?i:filled|fylles|fyllast|fylls|udfyldes|registered|registreres|registrerast|registreras|"
    r"submitted|sendes|sendast|skickas|leveres|leverast|lämnas)\s+(?i:(?:ut|in|inn|out)\s+)?(?i:i|in|på|on)\s+"
    r"[A-ZÆØÅÄÖ][\w-]+"
)
_SWEDISH_POSTCODE = re.compile(r"\d{3}[ \t]\d{2}\b")
_MAX_SPAN = 200


def _after_to(text: str, start: int, end: int) -> int:
    """Where the recipient starts: after the last colon, else after the first "til/till/to", else "på"
    ("sendes på eget skjema til Bodø kommune, …")."""
    colons = [m.end() for m in re.finditer("[:;]", text[start:end])]
    first_to = _TO_RECIPIENT.search(text, start, end) or _TO.search(text, start, end)
    cut = start + colons[-1] if colons else (first_to.end() if first_to else start)
    while cut < end and text[cut] in " \t\n\xa0:;":
        cut += 1
    return cut


def _sentence_index(sentences, offset: int) -> int:
    return max((k for k, s in enumerate(sentences) if s.start <= offset), default=0)


def _sending_phrase(text: str, sentences, start: int, end: int) -> re.Match | None:
    """The last "sendes/skickas/ställs …" in ``text[start:end]`` whose sentence (or the one before) is about applying."""
    for m in reversed(list(_SEND.finditer(text, start, end))):
        k = _sentence_index(sentences, m.start())
        around = " ".join(s.text for s in sentences[max(0, k - 1) : k + 1])
        if _APPLY.search(around) or _INTRODUCES_BLOCK.match(text, m.end()):
            return m
    return None


@dataclass(frozen=True)
class _Found:
    start: int  # the address text
    end: int
    quote_start: int


def _postal(text: str, sentences) -> _Found | None:
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
        return _found(text, sentences, start, end, send.start())
    return None


def _email(text: str, sentences) -> _Found | None:
    for m in EMAIL.finditer(text):
        k = _sentence_index(sentences, m.start())
        window = sentences[max(0, k - 1)].start
        send = _sending_phrase(text, sentences, window, m.start())
        if send is None:
            continue
        start = _after_to(text, send.end(), m.start())
        start = start if m.end() - start <= 120 else m.start()
        return _found(text, sentences, start, m.end(), send.start())
    return None


def _channel(text: str, sentences) -> _Found | None:
    """The first sentence that says to apply through a portal, system or site it names."""
    for k, s in enumerate(sentences):
        named = _through_portal(s.text) or _VIA_NAME.search(s.text)
        acted = named and _APPLY.search(s.text) and _ACT.search(s.text)
        if not (acted or (_FORM.search(s.text) and (_WEB.search(s.text) or _through_portal(s.text)))):
            continue
        start = sentences[k - 1].start if k and _BACK_REFERENCE.search(s.text) else s.start
        return _Found(start, _with_web_line_after(text, s.end), start)
    return None


def _through_portal(sentence: str) -> bool:
    for m in _PORTAL.finditer(sentence):
        # The preposition governs the channel: nothing but its modifiers between them (no comma).
        if _THROUGH.search(sentence[max(0, m.start() - _THROUGH_REACH) : m.start()]):
            return True
    return False


def _with_web_line_after(text: str, end: int) -> int:
    """A web address alone on the next line completes the sentence ("… elektronisk på nettsida\nwww.x.no")."""
    m = re.match(r"[ \t]*\n[ \t]*((?:https?://|www\.)\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)+)[ \t]*(?=\n|$)", text[end:], re.I)
    return end + m.end(1) if m else end


def _recipients(sentences) -> list[_Found]:
    """Sentences about an application that name who receives it (when no address is given)."""
    out = []
    for k, s in enumerate(sentences):
        if _APPLY.search(s.text) and _RECIPIENT.search(s.text):
            start = sentences[k - 1].start if k and _THERE_RE.search(s.text) else s.start
            out.append(_Found(start, s.end, start))
    return out


def _found(text: str, sentences, start: int, end: int, cue: int) -> _Found:
    return _Found(start, end, sentences[_sentence_index(sentences, cue)].start)


def _overlaps(a: _Found, b: _Found) -> bool:
    """Two candidates from the same sentence: the more specific one says it all."""
    return a.quote_start < b.end and b.quote_start < a.end


def _paragraph_gap(text: str, a: _Found, b: _Found) -> bool:
    first, second = (a, b) if a.start <= b.start else (b, a)
    return "\n\n" in text[first.end : second.start] or second.start - first.end > _MAX_SPAN


# An electronic channel named without an address ("Søknad må vera elektronisk", "apply online").
_MEANS = re.compile(r"\b(?:elektronisk\w*|electronic\w*|digitalt|online|på nett(?:et)?|e-?post\w*|e-?mail\w*)\b", re.I)


def describes_procedure(sentence: str) -> bool:
    """Whether ``sentence`` says how or where to apply: applying together with its means (a form, a
    portal, sending or submitting, an electronic channel, an address), not only the word for
    applying ("Research applying a life-course perspective", "Vem kan söka?")."""
    if not _APPLY.search(sentence):
        return False
    means = (_FORM, _PORTAL, _SEND, _MEANS, EMAIL, _WEB)
    return any(p.search(sentence) for p in means)


def extract_application_address(doc: Document) -> AddressFact | None:
    """Where the application goes, as stated in the text; None when not stated.

    A postal address is the most specific answer, then an e-mail, then a named portal or system,
    then the office an application is sent to. Channels stated in the same paragraph as the chosen
    one are alternatives to it ("sendes i Digisak. For Svalbard sendes søknad til postmottak@ra.no")
    and are kept in the same span.
    """
    text = doc.text[: content_end(doc.text)]
    sentences = split_sentences(text)
    found = [f for f in (_postal(text, sentences), _email(text, sentences), _channel(text, sentences)) if f]
    found = found or _recipients(sentences)
    if not found:
        return None
    primary = found[0]
    kept = [primary] + [
        f for f in found[1:] if not _paragraph_gap(text, primary, f) and not _overlaps(primary, f)
    ]
    start, end = min(f.start for f in kept), max(f.end for f in kept)
    quote_start = min(f.quote_start for f in kept)
    return AddressFact(text=text[start:end].strip(), quote=text[quote_start:end].strip())
