"""Nordic letter folding: the same name written with and without å, ø, æ, ä, ö.

Web addresses and older texts spell "Konfliktrådet" as "konfliktraadet", "Sør" as "soer" and
"Hälsa" as "haelsa"; folding both sides lets a question's word meet its address.
"""

from __future__ import annotations

_FOLD = str.maketrans({"å": "aa", "ø": "oe", "æ": "ae", "ä": "ae", "ö": "oe", "ü": "ue", "é": "e", "è": "e"})


def fold(text: str) -> str:
    """``text`` lowercased with Nordic letters spelt in ASCII (å→aa, ø/ö→oe, æ/ä→ae)."""
    return text.lower().translate(_FOLD)


def with_folded(text: str) -> str:
    """``text`` followed by its folded spelling when that differs (for indexing both)."""
    folded = fold(text)
    return text if folded == text.lower() else f"{text}\n{folded}"
