"""Writing a date the way each of our languages writes it ("6. september 2004", "15 mars 2009")."""

from __future__ import annotations

import datetime as dt

MONTHS = {
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
    "nn": "januar februar mars april mai juni juli august september oktober november desember",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "en": "January February March April May June July August September October November December",
}


def format_date(day: dt.date, language: str, fallback: str = "en") -> str:
    """``day`` written out in ``language`` (``fallback`` for a language we do not write)."""
    lang = language if language in MONTHS else fallback
    month = MONTHS[lang].split()[day.month - 1]
    return f"{day.day}. {month} {day.year}" if lang in ("nb", "nn", "da") else f"{day.day} {month} {day.year}"
