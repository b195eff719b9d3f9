"""When grantbot first saw each version of each announcement: the feed's entries and the digest's
"new grants" are dated by it. Kept in one JSON file under GRANTBOT_HOME.

The catalogue keeps no such date (an ingest rewrites unchanged records too), so a version is
stamped when an ingest or refresh writes it (and, for a home written before this file existed, the
first time a list, the feed or the digest reads the catalogue).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import threading
from pathlib import Path

from knowledge.models import GrantRecord

_LOCK = threading.Lock()


def first_seen(home: Path, records: list[GrantRecord], now: dt.datetime | None = None) -> dict[str, dt.datetime]:
    """Each record's first-seen time (UTC); a new or changed announcement is stamped ``now``."""
    path = Path(home) / "grant_history.json"
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    with _LOCK:
        seen = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
        changed = False
        for r in records:
            version = r.content_hash or r.source
            entry = seen.get(r.id)
            if entry is None or entry.get("version") != version:
                seen[r.id] = {"version": version, "seen": now.isoformat(), "first": (entry or {}).get("first", now.isoformat())}
                changed = True
        if changed:
            _write(path, seen)
    return {r.id: dt.datetime.fromisoformat(seen[r.id]["seen"]) for r in records}


def _write(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
    os.replace(tmp, path)
