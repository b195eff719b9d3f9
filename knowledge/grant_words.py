"""Words that say a text is about public money at all ("tilskudd", "pulje", "statsbidrag", "grant"),
and the compounds they begin or end: one list for the question's "is this about grants?" and for
the search's "which words name the grant?"."""

from __future__ import annotations

# Stems, matched at a word's start or, five letters and longer, at its end ("rustilskudd",
# "statsbidraget"); a five-letter stem would let "statsminister" pass for "statsbidrag".
GRANT_KIND = tuple(
    """tilskud tilskot bidrag stimulansmid stimulansmed midler midlar medel støtte stötte stöd pulje
    utlysning utlysing utlyst søknad ansökan ansøgning ordning penge penger pengar money grant funding
    fund scheme call subsid""".split()
)
# The stems end a compound inflected ("fyrtårnsordningen", "rustilskuddet", "kjøkkenpuljen"); a
# longer rest makes another word ("medelålder", "bidragsyter").
_ENDING = 4
_HEAD = 4  # letters a compound's first part has at least


def is_grant_word(word: str) -> bool:
    """True when ``word`` (lower case) is a grant word or a compound that begins or ends with one."""
    return any(word.startswith(d) or (len(d) >= 5 and _end_of(word, d) is not None) for d in GRANT_KIND)


def named_part(word: str) -> str | None:
    """The first part of a compound that ends with a grant word ("fyrtårn" of "fyrtårnsordningen",
    "kjøkken" of "kjøkkenpuljen"): what the compound names, the rest saying only what kind of thing
    it is. None when ``word`` is no such compound (a hyphenated one, "imdi-tilskotet", has its
    parts already)."""
    if not word.isalpha():
        return None
    for d in GRANT_KIND:
        at = _end_of(word, d) if len(d) >= 5 else None
        if at is not None and at >= _HEAD:
            head = word[:at]
            return head[:-1] if head[-1] in "se" and len(head) > _HEAD else head
    return None


def _end_of(word: str, stem: str) -> int | None:
    at = word.rfind(stem)
    return at if at > 0 and len(word) - at - len(stem) <= _ENDING else None
