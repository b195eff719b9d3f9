"""From a raw file to a cleaned, language-tagged Document."""

from __future__ import annotations

from knowledge.cleaning import clean_text
from knowledge.language import detect_language
from knowledge.loaders import RawDocument
from knowledge.models import Document
from knowledge.published import extract_published


def _title(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if len(line) > 3:
            return line[:200]
    return "(untitled)"


def build_document(raw: RawDocument) -> Document:
    """Clean the raw text and fill title, language and publication date."""
    text = clean_text(raw.text)
    meta = raw.meta
    return Document(
        source=raw.source,
        path=raw.path,
        title=str(meta.get("title") or _title(text)),
        text=text,
        language=detect_language(text),
        content_hash=raw.content_hash,
        url=meta.get("url"),
        issuer=meta.get("issuer"),
        published=meta.get("published") or extract_published(text),
    )
