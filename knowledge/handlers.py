"""Who handles the applications, when the text says so: often not the body that published the page.

"Det er Helsedirektoratet som lyser ut midlene og som behandler søknadene" on a ministry's press
release: whoever asks how to apply should be sent to the directorate, not to the ministry.
"""

from __future__ import annotations

import re

from knowledge.sentences import split_sentences

_NAME = r"(?P<who>[A-ZÆØÅÄÖ][\w-]+(?:\s+(?:og|och|for|för|af|of|i|and)?\s*[A-ZÆØÅÄÖ][\w-]+){0,4})"
_HANDLE = (
    r"(?:behandler|behandlar|handsamar|handsamer|handlägger|handlägga|bedömer|vurderer|vurderar|administrerer"
    r"|administrerar|forvalter|forvaltar|förvaltar|handles|processes|assesses|administers)"
)
_APPLICATIONS = (
    r"(?:søknadene|søknadane|søknader|søknadar|søknaden|ansökningarna|ansökningar|ansökan|ansøgningerne"
    r"|ansøgninger|ansøgningen|applications|the application|ordningen|tilskuddsordningen|tilskotsordninga)"
)
_PASSIVE = (
    r"(?:behandles|handsamast|handsamas|blir behandlet|blir handsama|handläggs|bedöms|behandlas|vurderes"
    r"|are handled|are processed|are assessed|is handled|is processed|administreres|forvaltes)"
)
_PATTERNS = (
    # "Det er Helsedirektoratet som … behandler søknadene"
    re.compile(rf"\b(?:Det er|Det är|It is)\s+{_NAME}\s+som\b[^.!?]{{0,80}}?\b{_HANDLE}\b", re.U),
    # "Søknadene behandles av Helsedirektoratet"
    re.compile(rf"\b{_APPLICATIONS}\s+(?:\w+\s+){{0,3}}?{_PASSIVE}\s+(?:av|af|by|hos)\s+{_NAME}", re.I | re.U),
    # "Helsedirektoratet behandler søknadene"
    re.compile(rf"{_NAME}\s+{_HANDLE}\s+{_APPLICATIONS}\b", re.U),
)
_NOT_A_NAME = re.compile(r"^(?:Det|Den|Der|Dette|Vi|Vem|Hvem|Kven|Who|The|It|Man|Du|De|Dei|Søknadene)$")


def application_handler(text: str) -> tuple[str, str] | None:
    """(the body that handles the applications, the sentence saying so), or None when the text does not say."""
    for sentence in split_sentences(text):
        for pattern in _PATTERNS:
            m = pattern.search(sentence.text)
            if m and not _NOT_A_NAME.match(m.group("who").split()[0]):
                return m.group("who"), sentence.text
    return None
