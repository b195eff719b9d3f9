"""Function words that tell the five languages apart in short texts, where n-gram models waver.

Each word lists the languages it belongs to. Only common function words, question words and the
core grant vocabulary (apply, application, grant) are listed: they appear in almost any question,
and their spelling differs between the languages (hvad/hva/vad, ansøgning/søknad/ansökan).
"""

from __future__ import annotations

NO = ("nb", "nn")

_GROUPS: dict[tuple[str, ...], str] = {
    ("en",): (
        "the what who whom whose when where which why how is are was were does do did can could "
        "will would should may much many there this that these those of on with from "
        "and or any apply applied application applications grant grants deadline deadlines receive "
        "received municipality municipalities we you it they our my their about pool fund funds "
        "scheme programme contact amount"
    ),
    ("sv",): (
        "vad vem vilka vilken vilket när hur mycket många söka ansöka ansökan ansökningar "
        "ansökningsdag sista och är inte finns kommer för till jag vi ni mig oss "
        "bidrag statsbidrag bidraget statsbidraget stöd medel medlen kronor måste skall går gäller "
        "kommunen kommuner regioner län också efter"
    ),
    ("da",): (
        "hvad hvornår hvilke hvilken hvilket hvordan meget mange ansøge ansøgning ansøgningen "
        "ansøgningsfrist ansøgningsfristen ansøgere søge søges af ud efter mig os jeg tilskud "
        "tilskuddet puljen pulje puljer midler midlerne kan man må hvem ikke også  skal "
        "kommuner kommunen regionerne nogle noget blive bliver"
    ),
    ("nb",): (
        "hva hvem hvordan hvilke hvilken hvilket mye mange søke søkes søknad søknaden søknader "
        "søknadsfrist søknadsfristen tilskudd tilskuddet tilskuddsordningen midler midlene av ut "
        "etter meg oss jeg ikke også  skal kan må blir bli kommunen kommuner noen noe fra"
    ),
    ("nn",): (
        "kva kven korleis kor kvar kvifor søkje søkjast søknad søknaden søknadsfrist søknadsfristen "
        "tilskot tilskotet tilskotsordninga midlar midlane av ut etter meg oss eg ikkje også  "
        "skal kan må blir bli kommunen kommunane nokon noko frå ein eit dei vere ordninga"
    ),
}


def _index() -> dict[str, tuple[str, ...]]:
    cues: dict[str, set[str]] = {}
    for langs, words in _GROUPS.items():
        for word in words.split():
            cues.setdefault(word, set()).update(langs)
    return {word: tuple(sorted(langs)) for word, langs in cues.items()}


CUES: dict[str, tuple[str, ...]] = _index()
