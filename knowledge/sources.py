"""The registered web sources and what the last fetch of each page found, under the home.

``$GRANTBOT_HOME/sources.json`` holds the sources (a page, a sitemap or a feed) people added and,
for every page fetched, its validators (ETag, Last-Modified) for the next conditional request, its
status and its last error. It is written only under the home's write lock (knowledge/write_lock.py),
atomically, so a reader (the dashboard) never sees half a file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

SourceKind = Literal["page", "sitemap", "feed"]
PageStatus = Literal["new", "added", "updated", "unchanged", "withdrawn", "failed"]


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class PageState(BaseModel):
    """One fetched address: how it answered last, and what a conditional request sends next."""

    url: str
    status: PageStatus = "new"
    etag: str | None = None
    last_modified: str | None = None
    last_fetch: dt.datetime | None = None
    last_ok: dt.datetime | None = None  # the last time it answered with content or 304
    error: str | None = None
    failures: int = 0  # failed fetches in a row: the last good version stays meanwhile


class Source(BaseModel):
    """What someone registered: a page, or a sitemap or feed whose entries are followed one level."""

    url: str
    kind: SourceKind = "page"
    allowed_hosts: list[str] = Field(default_factory=list)  # entry hosts allowed besides the source's own
    added: dt.datetime = Field(default_factory=now)
    last_fetch: dt.datetime | None = None
    status: Literal["new", "ok", "failed"] = "new"
    error: str | None = None
    pages: list[str] = Field(default_factory=list)  # the entries found at the last fetch


class SourceBook(BaseModel):
    sources: list[Source] = Field(default_factory=list)
    pages: dict[str, PageState] = Field(default_factory=dict)


class SourceStore:
    """Load and save the source book of one home."""

    def __init__(self, home: Path) -> None:
        self.path = Path(home) / "sources.json"

    def load(self) -> SourceBook:
        if not self.path.is_file():
            return SourceBook()
        return SourceBook.model_validate(json.loads(self.path.read_text(encoding="utf-8")))

    def save(self, book: SourceBook) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(book.model_dump_json(indent=1))
        os.replace(tmp, self.path)
