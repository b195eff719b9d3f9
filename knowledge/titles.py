"""A title for each document: shown to users and matched in retrieval.

Scraped pages often start with chrome or a generic section heading ("Målgruppe", "Hvem kan
søke?"), so the first line is not enough. The page's URL usually spells its real title in
ASCII ("moteplasser-for-innovative-anskaffelser"), which tells us which line is the title, or
gives a title itself when no line is.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from knowledge.dates import month_number
from knowledge.language import detect_language
from knowledge.letters import address_spellings
from knowledge.money_words import GRANT_MONEY

_MAX_CHARS = 200
_MAX_WORDS = 25
_LOOK_LINES = 12
_PARAGRAPH_CHARS = 150
_MIN_LINE_MATCH = 0.5  # share of the URL's words a line must contain to be taken as the title
_MIN_SLUG_IN_TEXT = 0.5  # share of the URL's words the text must contain for the URL to be a title
_WORD = re.compile(r"[^\W_]+")
_GRANT_WORD = re.compile(rf"(?:{GRANT_MONEY})", re.IGNORECASE)
_DAY_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)?")
_PAGE_ID = re.compile(r"^(?:[a-z]{1,3}\d{4,}|\d{5,})$")  # "id2536100", "48072"
# Sitevision, the CMS of many Swedish municipalities, ends a page's name with its node id:
# "anlaggningsbidrag.4.893164c167b47ab8c38f33.html".
_SITEVISION_ID = re.compile(r"\.\d+\.[0-9a-f]{12,}$")
_FILE_LINK = re.compile(r"\((pdf|docx?|xlsx?)\b|\b\d+\s?[kKM]B\)", re.IGNORECASE)
_DANO_NORWEGIAN_TLD = re.compile(r"\.(no|dk)$")
_ASCII_SPELLING = (("aa", "å"), ("oe", "ø"), ("ae", "æ"))


def choose_title(text: str, url: str | None = None) -> str:
    """The best title for a cleaned ``text``; ``url`` (when known) helps pick or make it."""
    candidates = _headline_candidates(text)
    slug = _slug_words(url)
    if slug:
        line, share = _best_line_for_slug(candidates, slug)
        if share >= _MIN_LINE_MATCH:
            # "Tilskudd", "Tilskud": the word for a grant names none; a heading with a paragraph does.
            return (_is_generic(line) and _title_before_paragraph(text)) or line
        if _slug_is_descriptive(slug, text, url):
            return _title_from_slug(slug, text, url)
    first = candidates[0] if candidates else ""
    return _title_before_paragraph(text) or first or _title_from_slug(slug, text, url)


def _is_headline(line: str) -> bool:
    """Short, not a sentence, a label, a list item or a link: how headings look as plain text."""
    if not (2 < len(line) <= _MAX_CHARS) or len(line.split()) > _MAX_WORDS:
        return False
    if (
        line[-1] in ".:,;"
        or line[0] in "•·-–*|/("
        or "http" in line
        or "@" in line
        or _FILE_LINK.search(line)
        or _only_dates(line)
    ):
        return False
    return any(c.isalpha() for c in line)


def _only_dates(line: str) -> bool:
    # "December 31, 2017 — February 16, 2018" above a call dates it: it names no grant.
    return all(_DAY_NUMBER.fullmatch(w) or month_number(w) for w in _WORD.findall(line))


def _is_generic(line: str) -> bool:
    return all(_GRANT_WORD.match(w) for w in _WORD.findall(line))


def _lines(text: str) -> list[str]:
    return [s for s in (line.strip() for line in text.splitlines()) if s][: _LOOK_LINES * 2]


def _headline_candidates(text: str) -> list[str]:
    return [line for line in _lines(text) if _is_headline(line)][:_LOOK_LINES]


def _title_before_paragraph(text: str) -> str:
    """The first heading of three or more words that a paragraph follows within two lines (a line of
    dates between them, the call's dates, does not count)."""
    lines = [line for line in _lines(text) if not _only_dates(line)]
    for i, line in enumerate(lines[:_LOOK_LINES]):
        if _is_headline(line) and len(line.split()) >= 3:
            if any(len(after) >= _PARAGRAPH_CHARS for after in lines[i + 1 : i + 3]):
                return line
    return ""


def _slug_words(url: str | None) -> list[str]:
    if not url:
        return []
    path = unquote(urlsplit(url).path).rstrip("/")
    # The last segment that has a word in it: ".../sok-om-medfinansiering-til-digitaliseringsprosjekt/1988"
    # ends in a page number, which names nothing.
    for segment in reversed(path.split("/")):
        segment = _SITEVISION_ID.sub("", re.sub(r"\.(html?|aspx?|php)$", "", segment, flags=re.IGNORECASE))
        words = [w.lower() for w in re.split(r"[-_.\s]+", segment) if w and not _PAGE_ID.match(w)]
        if any(c.isalpha() for w in words for c in w):
            return words
    return []


def _line_folds(line: str) -> tuple[set[str], set[str]]:
    words: set[str] = set()
    for w in _WORD.findall(line):
        words |= address_spellings(w)
    # Squashed without spaces or punctuation: some sites run a title's words together in the URL
    # ("starkforetagskonkurrenskraftinnovationochdigitalisering" for "Stärk företags konkurrenskraft, ...").
    return words, {re.sub(r"[\W_]+", "", fold) for fold in address_spellings(line)}


def _share_matched(slug: list[str], words: set[str], squashed: set[str]) -> float:
    hits = sum(1 for w in slug if w in words or (len(w) >= 8 and any(w in s for s in squashed)))
    return hits / len(slug)


def _best_line_for_slug(candidates: list[str], slug: list[str]) -> tuple[str, float]:
    scored = [(_share_matched(slug, *_line_folds(line)), -i, line) for i, line in enumerate(candidates)]
    if not scored:
        return "", 0.0
    share, _, line = max(scored)
    return line, share


def _share_in_text(slug: list[str], text: str) -> float:
    words, _ = _line_folds(text)
    return sum(1 for w in slug if w in words) / len(slug)


def _slug_is_descriptive(slug: list[str], text: str, url: str | None) -> bool:
    """A URL made of words of the page's language, not of CMS names like ``new-block-page``."""
    if _share_in_text(slug, text) >= _MIN_SLUG_IN_TEXT:
        return True
    words, _ = _line_folds(text)
    unseen = [w for w in slug if w not in words]
    # One word the page never uses ("view", "index") is a CMS name; the language of a single
    # word is a guess.
    return len(unseen) > 1 and _family(detect_language(_title_from_slug(unseen, text, url))) == _family(detect_language(text))


def _family(language: str) -> str:
    return "no" if language in ("nb", "nn") else language


def _title_from_slug(slug: list[str], text: str, url: str | None = None) -> str:
    """The URL's words with their spelling in the text (``moteplasser`` -> ``møteplasser``)."""
    if not slug:
        return ""
    spelling: dict[str, str] = {}
    for w in _WORD.findall(text):
        for fold in address_spellings(w):
            spelling.setdefault(fold, w.lower())
    respell = _DANO_NORWEGIAN_TLD.search(urlsplit(url or "").hostname or "") is not None
    words = [spelling.get(w) or (_respelt(w) if respell else w) for w in slug]
    title = " ".join(words)
    return title[:1].upper() + title[1:]


def _respelt(word: str) -> str:
    """Danish and Norwegian URLs write å ø æ as aa oe ae ("soeke", "aeldre")."""
    for ascii_form, letter in _ASCII_SPELLING:
        word = word.replace(ascii_form, letter)
    return word
