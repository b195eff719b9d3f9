"""Removing what is not announcement content (footers, about blocks, navigation, scraping noise).

Cleaning only drops text: whole lines, a trailing footer, or junk at the start or end of a line.
Nothing inside a kept piece is changed, so every sentence of the result is a verbatim span of
the source and can be quoted as it stands.
"""

from __future__ import annotations

import re

from knowledge.boilerplate import cut_at_rule, is_chrome_line, is_footer_start, is_table_row

# A footer heading this early in a page is more likely a menu link than the page's own footer.
_FOOTER_MIN_POSITION = 1 / 3
_FILE_TOKEN = re.compile(r"^[\w.-]*\w\.[A-Za-z0-9]{1,10}~?$")
_BARE_TOKEN = re.compile(r"^[a-z0-9_-]+~?$")
_MIN_FILE_TOKENS = 3
_TITLE_REPEAT_LINES = 10  # scrapers repeat the title near the top; further down a repeat is content
_MIN_TITLE_WORDS = 4  # shorter titles ("Kommunalt rustilskudd") often begin real sentences


def clean_text(text: str) -> str:
    """The announcement content of ``text``, made only of verbatim pieces of it."""
    lines = _drop_footer(text.splitlines())
    title = _first_content_line(lines)
    kept: list[str] = []
    for i, line in enumerate(lines):
        if is_table_row(lines, i):
            kept.append(line.strip())
            continue
        near_top = sum(1 for k in kept if k) < _TITLE_REPEAT_LINES
        piece = _clean_line(line, title if near_top else "", is_first=not any(kept))
        if piece is None:
            continue
        if piece and kept and piece == kept[-1]:
            continue  # scraped pages repeat headings and labels back to back
        kept.append(piece)
    # A page that is all chrome by these rules is better kept whole than lost.
    return _join(kept) or text.strip()


def _clean_line(line: str, title: str, is_first: bool) -> str | None:
    """The content part of one line; "" for a blank line, None to drop it."""
    stripped = line.strip()
    if not stripped:
        return ""
    if is_chrome_line(stripped):
        return None
    if not is_first and title and stripped == title:
        return None  # the title repeated as the first line of the body
    piece = _strip_file_listing(cut_at_rule(stripped).strip())
    if not is_first and _starts_with_title(piece, title):
        piece = piece[len(title) + 1 :].lstrip()
    return piece or None


def _starts_with_title(piece: str, title: str) -> bool:
    """A body line glued to a repeat of the title ("Title Title-less sentence ...")."""
    rest = piece[len(title) + 1 :]
    return len(title.split()) >= _MIN_TITLE_WORDS and piece.startswith(title + " ") and rest[:1].isupper()


def _drop_footer(lines: list[str]) -> list[str]:
    """Everything before the site footer or about-the-publisher block, when the page has one."""
    total = sum(len(line) + 1 for line in lines) or 1
    seen = 0
    for i, line in enumerate(lines):
        if seen / total >= _FOOTER_MIN_POSITION and is_footer_start(line, _next_text(lines, i)):
            return lines[:i]
        seen += len(line) + 1
    return lines


def _next_text(lines: list[str], i: int) -> str:
    return next((line for line in lines[i + 1 :] if line.strip()), "")


def _first_content_line(lines: list[str]) -> str:
    return next((s for s in (line.strip() for line in lines) if s and not is_chrome_line(s)), "")


def _strip_file_listing(line: str) -> str:
    """``line`` without a shell file listing pasted at its start (a scraper's stray ``ls`` output).

    The listing is a run of file names (``config.properties dump-articles.sh README.md``), possibly
    with bare folder names among them; the content starts after the last file name.
    """
    tokens = line.split(" ")
    files, end = 0, 0
    for i, token in enumerate(tokens):
        if _FILE_TOKEN.match(token):
            files, end = files + 1, i + 1
        elif not _BARE_TOKEN.match(token) or i - end >= 1:
            break
    if files < _MIN_FILE_TOKENS or end >= len(tokens):
        return line
    return " ".join(tokens[end:]).lstrip()


def _join(pieces: list[str]) -> str:
    """Kept pieces one per line, with runs of blank lines left by dropped lines collapsed."""
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(pieces)).strip()
    return text + "\n" if text else ""
