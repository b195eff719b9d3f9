"""Where a page's own furniture begins: editorial boxes, switchboards, company registers, share links.

These decide that a phone number or e-mail address belongs to the publication, not to the grant.
They describe kinds of footer, never one site.
"""

from __future__ import annotations

import re

# Headings that start the publication's own footer: everything after them is not the announcement.
_FOOTER_START = re.compile(
    r"\b(?:ansvarlig redaktør|redaktør|redaksjon\w*|redaktion\w*|redaktionen|sentralbord\w*|switchboard|"
    r"følg oss|følg os|följ oss|follow us|informasjonen er sendt gjennom)\b",
    re.I,
)
# Site-wide headings on a line of their own ("Kontakt oss" over the switchboard and post room).
_FOOTER_HEADING = re.compile(
    r"^[ \t]*(?:kontakt oss|kontakta oss|kontakt os|contact us|om oss|om os|about us|postadresse|besøksadresse|"
    r"besöksadress|besøgsadresse|postadress)[ \t]*:?[ \t]*$",
    re.I | re.M,
)
# Clues that a paragraph is about the organisation as a whole (its switchboard or registers).
_FOOTER_PARAGRAPH = re.compile(
    r"\b(?:EAN|CVR|org\.?\s?nr|organisasjonsnummer|organisationsnummer|sentralbord\w*|växel|"
    r"switchboard|åpningstid\w*|öppettider|åbningstid\w*|redaksjon\w*|redaktion\w*|redaktør|"
    r"presse?vakt\w*|pressekontakt\w*|presskontakt\w*|presstjänst\w*|presstelefon|pressetelefon|press contact|"
    r"pressesekretær|presssekreterare|pressechef|pressesjef|presschef)\b",
    re.I,
)
# A footer heading this early in a page is more likely a menu or a banner than the footer.
_MIN_POSITION = 1 / 3


def content_end(text: str) -> int:
    """The offset where the page's own footer begins (``len(text)`` when there is none)."""
    floor = int(len(text) * _MIN_POSITION)
    starts = [
        m.start() for p in (_FOOTER_START, _FOOTER_HEADING) for m in p.finditer(text) if m.start() >= floor
    ]
    return min(starts, default=len(text))


def paragraph_at(text: str, offset: int) -> tuple[int, int]:
    """The span of the paragraph (between blank lines) that holds ``offset``."""
    starts = [m.end() for m in re.finditer(r"\n[ \t\xa0]*\n", text[:offset])]
    start = starts[-1] if starts else 0
    m = re.compile(r"\n[ \t\xa0]*\n").search(text, offset)
    return start, m.start() if m else len(text)


def in_footer_paragraph(text: str, offset: int) -> bool:
    """Whether ``offset`` lies in a paragraph about the organisation rather than the grant."""
    start, end = paragraph_at(text, offset)
    return bool(_FOOTER_PARAGRAPH.search(text, start, end))
