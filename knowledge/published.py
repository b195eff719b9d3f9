"""The publication date of an announcement, when the text states it.

Only a date right after a publication label counts ("Publisert 12.03.2019", "Publicerad: 6 februari
2020", "Udgivet ...", "Utlysningsdatum: 2024-05-08"). "Sist oppdatert" / "Sidst opdateret" /
"Uppdaterad" are deliberately not used, not even as a fallback: pages are edited years after the
call (a 2017 pool page "Sidst opdateret 20-05-2019"), and the publication date is what settles the
year of a deadline written without one, so a wrong year there would move the deadline.
"""

from __future__ import annotations

import datetime as dt
import re

from knowledge.dates import find_dates

_LABEL = re.compile(
    r"\b(?:publisert|publisert dato|publicerad|publicerat|publiceret|publiceringsdatum|udgivet|offentliggjort"
    r"|published(?: on)?|posted(?: on)?|date published|utlysningsdatum|utlysningsdato|utlyst)"
    r"\s*[:\-–]?\s*(?:den\s+|d\.\s*)?$",
    re.IGNORECASE,
)


def extract_published(text: str) -> dt.date | None:
    """The announcement's own publication date; None when unknown."""
    for mention in find_dates(text):
        if mention.year and _LABEL.search(text, max(0, mention.start - 40), mention.start):
            return mention.date
    return None
