"""The publication date of an announcement, when the text or its metadata states it."""

from __future__ import annotations

import datetime as dt


def extract_published(text: str) -> dt.date | None:
    """The announcement's own publication date; None when unknown."""
    return None
