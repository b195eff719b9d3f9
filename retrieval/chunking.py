"""Sentence-aware chunking: chunks are whole sentences, verbatim spans of the document text.

Written here rather than with langchain_text_splitters: those splitters cut on separator
characters and re-join pieces, so a chunk need not be a span of the text, and they know
nothing of our Nordic-aware sentence splitter. The chunks are langchain ``Document``s.
"""

from __future__ import annotations

from langchain_core.documents import Document as Chunk

from knowledge.models import Document
from knowledge.sentences import Sentence, split_sentences

MAX_CHARS = 600
MAX_SENTENCES = 4
OVERLAP = 1  # sentences repeated at the start of the next chunk, so an answer split by a cut is still whole once


def chunk_id(grant_id: str, index: int) -> str:
    """The store id of chunk ``index`` of a grant."""
    return f"{grant_id}::{index}"


def grant_of(chunk_id: str) -> str:
    """The grant of a chunk, read from its id (see chunk_id)."""
    return chunk_id.rpartition("::")[0]


def chunk_document(document: Document, grant_id: str) -> list[Chunk]:
    """Cut ``document`` into chunks of 1..MAX_SENTENCES whole sentences, each a verbatim span."""
    groups = _group(split_sentences(document.text))
    return [_chunk(document, grant_id, i, g[0].start, g[-1].end) for i, g in enumerate(groups)]


def _group(sentences: list[Sentence]) -> list[list[Sentence]]:
    groups: list[list[Sentence]] = []
    i = 0
    while i < len(sentences):
        group = [sentences[i]]
        while i + len(group) < len(sentences) and len(group) < MAX_SENTENCES:
            nxt = sentences[i + len(group)]
            if nxt.end - group[0].start > MAX_CHARS:
                break
            group.append(nxt)
        groups.append(group)
        if i + len(group) >= len(sentences):
            break
        i += max(1, len(group) - OVERLAP)
    return groups


def _chunk(document: Document, grant_id: str, index: int, start: int, end: int) -> Chunk:
    meta = {
        "grant_id": grant_id,
        "source": document.source,
        "title": document.title,
        "language": document.language,
        "chunk_index": index,
        "start": start,
        "end": end,
    }
    return Chunk(page_content=document.text[start:end], metadata=meta, id=chunk_id(grant_id, index))
