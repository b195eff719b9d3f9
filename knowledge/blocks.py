"""The layout of an announcement: headings with the lines under them, and lead-in lines with the
bullet list they introduce ("Bidrag kan sökas av:" • Föreningar • Kommuner).

Extractors use it to know what a line belongs to: a noun in a list under "Hvem kan søke?" is an
applicant, the same noun under "Hva kan det søkes om?" is not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

BULLET = re.compile(r"^\s*(?:[•·\-–*▪◦●]|\d{1,2}[.)](?=\s))\s*")
_MAX_LINES = 8
_MAX_HEADING = 120


@dataclass
class Block:
    """A heading or lead-in line and the lines it governs (bullet marks removed)."""

    head: str
    lines: list[str]


def _is_bullet(line: str) -> bool:
    return bool(BULLET.match(line)) and bool(BULLET.sub("", line).strip())


def item_text(line: str) -> str:
    """A list line without its bullet mark: a span of the line as written."""
    return BULLET.sub("", line.strip()).strip()


def sections(text: str, heading: re.Pattern, is_heading: Callable[[str], bool]) -> list[Block]:
    """Every section whose heading matches ``heading``; text after the heading on its line comes first.

    A section ends at the next heading (``is_heading``, a line ending in "?" or ":", or a short
    line after a blank one) or after a few lines."""
    lines = text.split("\n")
    out: list[Block] = []
    for k, line in enumerate(lines):
        m = heading.match(line.strip())
        if not m or m.end() > _MAX_HEADING:
            continue
        inline = line.strip()[m.end() :].strip()
        body = _section_body(lines[k + 1 :], bool(inline), is_heading)
        out.append(Block(head=line.strip()[: m.end()], lines=([inline] if inline else []) + body))
    return out


def _section_body(lines: list[str], has_content: bool, is_heading: Callable[[str], bool]) -> list[str]:
    body: list[str] = []
    after_blank = False
    for raw in lines:
        line = raw.strip()
        if not line:
            after_blank = True
            continue
        if (has_content or body) and _next_heading(line, after_blank, is_heading):
            break
        body.append(item_text(line) if _is_bullet(line) else line)
        if len(body) >= _MAX_LINES:
            break
    return body


def _next_heading(line: str, after_blank: bool, is_heading: Callable[[str], bool]) -> bool:
    if _is_bullet(line):
        return False
    if line.endswith(("?", ":")) or is_heading(line):
        return True
    return after_blank and len(line) <= 50 and not line.endswith(".")


def lists(text: str) -> list[Block]:
    """Every lead-in line that a bullet list follows, with the list's items.

    A lead-in ends in a colon or without a full stop ("Husbanken kan gi tilskudd til", "Ni ska
    antingen vara:"); the list runs over the bullet lines after it, blank lines between allowed."""
    lines = text.split("\n")
    out: list[Block] = []
    for k, line in enumerate(lines):
        lead = item_text(line)
        if not lead or lead.endswith((".", "!", "?")) or len(lead) > _MAX_HEADING:
            continue
        items = []
        for raw in lines[k + 1 :]:
            if not raw.strip():
                continue
            if not _is_bullet(raw):
                break
            items.append(item_text(raw))
            if len(items) >= _MAX_LINES * 2:
                break
        if items:
            out.append(Block(head=lead, lines=items))
    return out
