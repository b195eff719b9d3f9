"""Nordic letter folding: the same name written with and without å, ø, æ, ä, ö.

Web addresses and older texts spell Nordic letters in ASCII two ways: as two letters
("konfliktraadet", "soer", "haelsa") or by dropping the marks ("harnosand.se", "ornskoldsvik.se",
"Sok om okonomisk tilskudd", "naringsfond"). Indexing and asking with both spellings lets a
question's "Härnösand" meet its address whichever the site chose.
"""

from __future__ import annotations

_DIGRAPHS = str.maketrans({"å": "aa", "ø": "oe", "æ": "ae", "ä": "ae", "ö": "oe", "ü": "ue", "é": "e", "è": "e"})
_PLAIN = str.maketrans({"å": "a", "ø": "o", "æ": "a", "ä": "a", "ö": "o", "ü": "u", "é": "e", "è": "e"})
# Some addresses keep æ as two letters and drop the other marks: vaeroy.kommune.no for Værøy.
_MIXED = str.maketrans({"å": "a", "ø": "o", "æ": "ae", "ä": "a", "ö": "o", "ü": "u", "é": "e", "è": "e"})


def fold(text: str) -> str:
    """``text`` lowercased with Nordic letters spelt as two ASCII letters (å→aa, ø/ö→oe, æ/ä→ae)."""
    return text.lower().translate(_DIGRAPHS)


def strip_marks(text: str) -> str:
    """``text`` lowercased with Nordic letters spelt as one ASCII letter (å/æ/ä→a, ø/ö→o)."""
    return text.lower().translate(_PLAIN)


def ascii_spellings(text: str) -> list[str]:
    """The ASCII spellings of ``text`` (two letters, then one) that differ from it lowercased."""
    lower = text.lower()
    return list(dict.fromkeys(s for s in (fold(text), strip_marks(text)) if s != lower))


def address_spellings(text: str) -> set[str]:
    """Every ASCII spelling a web address may give ``text`` (lowercased): two letters, one letter,
    and æ as two letters with the other marks dropped ("Værøy" → vaeroey, varoy, vaeroy)."""
    lower = text.lower()
    return {fold(text), strip_marks(text), lower.translate(_MIXED)}


def with_folded(text: str) -> str:
    """``text`` followed by each ASCII spelling of it that differs (for indexing all of them)."""
    return "\n".join([text, *ascii_spellings(text)])
