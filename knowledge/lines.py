"""Lines of a text with their offsets, so that a block of lines can be quoted verbatim."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    text: str  # stripped
    start: int
    end: int


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, stripped, with ``text[start:end] == line.text``."""
    out: list[Line] = []
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group()
        stripped = raw.strip()
        if stripped:
            start = m.start() + len(raw) - len(raw.lstrip())
            out.append(Line(stripped, start, start + len(stripped)))
    return out


def line_index(lines: list[Line], offset: int) -> int | None:
    """The index of the line holding ``offset``, if any."""
    return next((k for k, ln in enumerate(lines) if ln.start <= offset <= ln.end), None)
