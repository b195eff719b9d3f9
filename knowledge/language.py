"""Language detection for documents and passages: nb, nn, sv, da, en."""

from __future__ import annotations

from functools import lru_cache

from lingua import Language as L
from lingua import LanguageDetectorBuilder

_CODES = {L.BOKMAL: "nb", L.NYNORSK: "nn", L.SWEDISH: "sv", L.DANISH: "da", L.ENGLISH: "en"}


@lru_cache(maxsize=1)
def _detector():
    return LanguageDetectorBuilder.from_languages(*_CODES).build()


def detect_language(text: str, default: str = "nb") -> str:
    """The most likely of nb/nn/sv/da/en for ``text``; ``default`` when nothing can be told."""
    if not text.strip():
        return default
    lang = _detector().detect_language_of(text[:4000])
    return _CODES.get(lang, default)
