"""Homes for tests: copies of a home that keep its vectors.

A copied home keeps its catalogue, vectors and indexes, so ingesting the same documents into it again
(from any folder) embeds nothing: a test that needs the sample plus a few pages of its own embeds only
those pages.
"""

from __future__ import annotations

import shutil
from pathlib import Path

# The question log (the copy starts with none), the write lock and half-written files are not the home's
# content. The vector store's own SQLite file (chroma/chroma.sqlite3) is, and is copied.
NOT_COPIED = shutil.ignore_patterns("questions.sqlite3*", "*.lock", "*.json.tmp")


def copy_home(home: Path, to: Path) -> Path:
    """A copy of ``home`` at ``to`` (which must not exist yet), its question log left behind."""
    shutil.copytree(home, to, ignore=NOT_COPIED)
    return to
