"""Function words that tell the five languages apart in short texts, where n-gram models waver.

Each word lists the languages it belongs to. Only common function words, question words and the
core grant vocabulary (apply, application, grant) are listed: they appear in almost any question,
and their spelling differs between the languages (hvad/hva/vad, ansøgning/søknad/ansökan).
"""

from __future__ import annotations

_GROUPS: dict[tuple[str, ...], str] = {
    ("en",): (
        "the what who whom whose when where which why how is are was were does do did can could "
        "will would should may much many there this that these those of on with from and or any "
        "apply applied application applications grant grants deadline deadlines receive received "
        "municipality municipalities we you it they our my their about pool fund funds scheme "
        "programme contact amount money"
    ),
    ("sv",): (
        "vad vem vilka vilken vilket när hur mycket många söka ansöka ansökan ansökningar "
        "ansökningsdag sista och är inte finns för till jag kontakta bidrag statsbidrag bidraget "
        "statsbidraget stöd medel medlen kronor måste skall går gäller län också"
    ),
    ("da",): (
        "hvad hvornår meget ansøge ansøgning ansøgningen ansøgningsfrist ansøgningsfristen "
        "ansøgere søge søges af ud os tilskud puljen pulje puljer midlerne nogle noget nogen "
        "blive bliver penge"
    ),
    ("nb",): ("hva mye søke søkes søknader tilskudd tilskuddsordningen midlene noen noe penger"),
    ("nn",): (
        "kva kven korleis kor kvar kvifor søkje søkjast tilskot tilskotet tilskotsordninga "
        "midlar midlane eg ikkje kommunane nokon noko frå ein eit dei vere ordninga"
    ),
    ("nb", "nn"): "søknad søknaden søknadsfrist søknadsfristen etter meg",
    ("da", "nb"): "hvem hvordan hvilke hvilken hvilket jeg ikke midler tilskuddet der",
    ("da", "nb", "nn"): "mange også skal må fra er",
    ("da", "nb", "nn", "sv"): "kan man",
    ("sv", "da"): "efter mig",
    ("sv", "nb", "nn"): "av ut oss blir bli pengar",
}


def _index() -> dict[str, tuple[str, ...]]:
    cues: dict[str, set[str]] = {}
    for langs, words in _GROUPS.items():
        for word in words.split():
            cues.setdefault(word, set()).update(langs)
    return {word: tuple(sorted(langs)) for word, langs in cues.items()}


CUES: dict[str, tuple[str, ...]] = _index()
