"""From a raw file to a cleaned, language-tagged Document."""

from __future__ import annotations

from pathlib import Path

from knowledge.cleaning import clean_text
from knowledge.language import detect_language
from knowledge.loaders import RawDocument
from knowledge.models import Document
from knowledge.published import extract_published
from knowledge.titles import choose_title


def _title(meta: dict, text: str, source: str) -> str:
    """Front matter or HTML title when given (minus a trailing site name), else one chosen from the text."""
    title = str(meta.get("title") or "").strip()
    site = str(meta.get("issuer") or "").strip()
    for sep in (" | ", " - ", " – "):
        if site and title.endswith(sep + site):
            title = title[: -len(sep + site)].strip()
    return title or choose_title(text, meta.get("url")) or Path(source).stem


def build_document(raw: RawDocument) -> Document:
    """Clean the raw text and fill title, language and publication date."""
    text = clean_text(raw.text)
    meta = raw.meta
    return Document(
        source=raw.source,
        path=raw.path,
        title=_title(meta, text, raw.source),
        text=text,
        language=detect_language(text),
        content_hash=raw.content_hash,
        url=meta.get("url"),
        issuer=meta.get("issuer"),
        # Read from the raw text: cleaning drops page chrome such as "Publisert ..." lines.
        published=meta.get("published") or extract_published(raw.text),
    )
