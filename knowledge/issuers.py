"""The issuing body of an announcement and the country it belongs to."""

from __future__ import annotations

import re
from urllib.parse import urlparse

from knowledge.countries import BY_DOMAIN, BY_LANGUAGE
from knowledge.footers import content_end
from knowledge.letters import address_spellings
from knowledge.models import Document

_PUBLISHER_LABEL = re.compile(
    r"\b(?:Utgiver|Udgiver|Utgivare|Publisher|Avsender|Afsender|Avsändare)\s*:\s*([^\n]{3,80})"
)
_CAP = r"[A-ZÆØÅÄÖ][\wæøåäö]*(?:-,?)?"
# A joining word belongs to a name only before another part of it ("Helse- og omsorgsdepartementet",
# "Sveriges Kommuner och Landsting"), not "Miljødirektoratet og for søknader …".
_BODY = (
    rf"{_CAP}(?:[ \t]+(?:(?:og|och|i|for|för|mot)[ \t]+)*"
    rf"(?:{_CAP}|[a-zæøåäö]+(?:direktoratet|departementet|styrelsen|myndigheten|ministeriet)))*"
)
_ANNOUNCES = (
    r"(?:satt\s+av|bevilg\w+|lyser\s+ut|lyst\s+ut|utlyser|kunngjort|kunngjer|inviterer|udmeldt|udmelder|"
    r"fördelar|fordeler|indkalder|avsatt|avsat|avser\s+att\s+fördela|søker\s+nå|opslår|slår\s+op)"
)
_ANNOUNCER = re.compile(
    rf"\b({_BODY})\s+(?:som\s+)?(?:(?:har|hade|have|has|vil|skal)(?:\s+\S+){{0,4}}?\s+)?{_ANNOUNCES}\b"
)
# The body an application is addressed to: "ansökan till Sveriges Kommuner och Landsting".
_ADDRESSEE = re.compile(
    rf"\b(?:ansökan|ansökningar|søknad\w*|ansøgning\w*|application)\s+(?:\S+\s+){{0,3}}?(?:till?|to)\s+({_BODY})"
    rf"|\b(?:søke|søkje|søge|ansöka|söka|ansøge)\s+(?:om\s+\S+\s+)?(?:hos|fra|frå|från|from)\s+({_BODY})"
)
_NOT_BODIES = set("vi det den de nu nå no man ni du dere der her we it i og".split())


def _named_in_text(text: str) -> str | None:
    body = text[: content_end(text)]
    m = _PUBLISHER_LABEL.search(body)
    if m:
        return m.group(1).strip()
    for pattern in (_ANNOUNCER, _ADDRESSEE):
        for m in pattern.finditer(body):
            name = next(g for g in m.groups() if g).strip(" ,-")
            if name.split()[0].lower() not in _NOT_BODIES:
                return name
    return None


def _host(doc: Document) -> str:
    for candidate in (doc.url, doc.source):
        if candidate and re.match(r"https?://", candidate):
            return (urlparse(candidate).hostname or "").lower().removeprefix("www.")
    return ""


def _fold(name: str) -> set[str]:
    """The ways a name is spelt in a domain: "Sørreisa" → sorreisa, soerreisa; "Region Västerbotten" → regionvasterbotten."""
    return address_spellings(re.sub(r"[\s-]", "", name))


def _spelt_in_text(label: str, text: str) -> str | None:
    """The text's own spelling of a domain label, letters like ø and ä restored ("oygarden" → "Øygarden")."""
    for m in re.finditer(r"[A-ZÆØÅÄÖ][\wæøåäö-]*(?:[ \t]+[A-ZÆØÅÄÖ][\wæøåäö-]*){0,2}", text):
        words = m.group().split()
        for n in range(len(words), 0, -1):
            if label in _fold(" ".join(words[:n])):
                return " ".join(words[:n])
    return None


def _named_by_domain(host: str, text: str) -> str | None:
    """Helsedirektoratet from helsedirektoratet.no; "Sørreisa kommune" from sorreisa.kommune.no."""
    labels = host.split(".")
    if len(labels) < 2:
        return None
    municipal = len(labels) >= 3 and labels[-2] == "kommune"
    label = labels[-3] if municipal else labels[-2]
    name = _spelt_in_text(label, text) or (label.upper() if len(label) <= 4 else label.capitalize())
    return f"{name} kommune" if municipal else name


def extract_issuer(doc: Document) -> str | None:
    """The public body that issues the grant: front matter, else named in the text, else the web domain."""
    return doc.issuer or _named_in_text(doc.text) or _named_by_domain(_host(doc), doc.text)


def country_of(doc: Document) -> str | None:
    """NO, SE or DK: from the URL's country domain when known, else from the language."""
    tld = _host(doc).rsplit(".", 1)[-1] if _host(doc) else ""
    if tld in BY_DOMAIN:
        return BY_DOMAIN[tld]
    if len(tld) == 2:
        return None  # another country's domain (.fi, .cz): not a Nordic grant we know
    return BY_LANGUAGE.get(doc.language)
