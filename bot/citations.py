"""Numbered citations: each distinct verbatim quote gets one ``[n]``."""

from __future__ import annotations

from bot.models import Citation


class Citations:
    """Collects the quotes an answer rests on, numbering them in order of first use."""

    def __init__(self, source: str, title: str | None = None, url: str | None = None) -> None:
        self.source, self.title, self.url = source, title, url
        self._items: list[Citation] = []

    def cite(self, quote: str) -> str:
        """The ``[n]`` mark for ``quote``, adding it when new."""
        quote = quote.strip()
        for c in self._items:
            if c.quote == quote:
                return f"[{c.n}]"
        n = len(self._items) + 1
        self._items.append(Citation(n=n, source=self.source, quote=quote, title=self.title, url=self.url))
        return f"[{n}]"

    @property
    def items(self) -> list[Citation]:
        return list(self._items)
