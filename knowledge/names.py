"""Recognising people's names (and telling them from titles and organisations) in Nordic text.

Written here rather than with a named-entity model: spaCy/flair models for nb/sv/da are large
downloads, and contact blocks are short, formulaic lines where capitalisation, title suffixes
and organisation suffixes decide well enough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = r"[A-ZÆØÅÄÖÜÉ][a-zæøåäöüéèáóí]+(?:-[A-ZÆØÅÄÖÜÉ][a-zæøåäöüéèáóí]+)?"
# Capitalised words joined by spaces or tabs (never a line break), with middle initials.
_RUN = re.compile(rf"{_TOKEN}(?:[ \t]+(?:{_TOKEN}|[A-ZÆØÅÄÖ]\.))*")

# Job titles end in these; "Maria Falck Enhetschef" is the name "Maria Falck".
_TITLE_ENDINGS = (
    "chef leder ledare leiar ansvarlig ansvarig sekreterare sekretær rådgiver rådgivar "
    "rådgivare konsulent handläggare saksbehandler sakshandsamar sagsbehandler direktør "
    "direktör koordinator fuldmægtig fullmektig medarbejder utredare utreder spesialist "
    "specialist assistent manager officer adviser advisor coordinator minister ministeren "
    "redaktør rådgjevar sjef samordnare"
).split()
# Words that make a capitalised run an organisation, a place or a label rather than a person.
_ORG_ENDINGS = (
    "direktoratet direktorat departementet departement styrelsen styrelse myndigheten "
    "myndighet verket banken ministeriet kommune kommunen kommun regionen sekretariat "
    "sekretariatet fonden fondet rådet instituttet institutet universitet högskola høgskole "
    "sykehus sjukhus hospital forvaltning forvaltningen organisation organisasjon forbund "
    "förbund enhet enheten enheden avdeling avdelingen afdeling afdelingen avdelning avdelningen "
    "seksjon seksjonen sektion sektionen kontor kontoret byrå byrån unit department section "
    # Street names in a postal block: "Danneskiold-Samsøes Allé".
    "allé alle gade gata gatan gate vej veien vegen vägen street road plads plass torg torget torv"
).split()
_NOT_NAME_WORDS = set(
    (
        "norge sverige danmark norway sweden denmark region helse sykehuset statsforvalteren "
        "fylkesmannen länsstyrelsen regeringen regjeringen innovasjon oslo stockholm københavn "
        "bergen göteborg aarhus trondheim malmö om mer les läs læs se ved vid for för til till "
        "att attn kontakt kontakta kontakte kontaktperson kontaktpersoner kontaktpersonar telefon "
        "tlf tel mobil mail e-post e-mail epost ring har hvis yderligere spørsmål spørgsmål "
        "frågor eller og och du dere ni statsbidrag tilskudd tilskot tilskud bidrag pulje puljen "
        "søknad ansökan the questions question asked frequently handbook guide guidelines call announcement "
        "programme program"
    ).split()
)


@dataclass(frozen=True)
class Name:
    text: str
    start: int
    end: int


def _is_title(word: str) -> bool:
    return word.lower().endswith(tuple(_TITLE_ENDINGS))


def _is_orgish(word: str) -> bool:
    low = word.lower()
    return low.endswith(tuple(_ORG_ENDINGS)) or low in _NOT_NAME_WORDS


def _trim(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Drop leading labels and titles and trailing titles around a run of capitalised words."""
    while words and (_is_title(words[0][0]) or words[0][0].lower() in _NOT_NAME_WORDS):
        words = words[1:]
    while words and _is_title(words[-1][0]):
        words = words[:-1]
    return words


def person_names(text: str, offset: int = 0) -> list[Name]:
    """People's names (2–4 capitalised words, not an organisation) in ``text``, in order."""
    out: list[Name] = []
    for run in _RUN.finditer(text):
        words = [(w.group(), w.start(), w.end()) for w in re.finditer(r"\S+", run.group())]
        words = _trim(words)
        if not 2 <= len(words) <= 4 or any(_is_orgish(w) for w, _, _ in words):
            continue
        s, e = run.start() + words[0][1], run.start() + words[-1][2]
        out.append(Name(text[s:e], offset + s, offset + e))
    return out


def last_person_name(text: str, offset: int = 0) -> Name | None:
    """The person's name nearest the end of ``text``, if any."""
    names = person_names(text, offset)
    return names[-1] if names else None


def is_name_line(line: str) -> bool:
    """A line that starts with a person's name, optionally followed by a title ("Maria Falck Enhetschef")."""
    names = person_names(line)
    return bool(names) and not line[: names[0].start].strip(" \t:-–•")
