"""Slack retries an event up to three times and Bolt does not deduplicate: we answer each event id once."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from slack_bolt import BoltResponse

_KEEP_SECONDS = 24 * 3600  # Slack stops retrying after about an hour; a day leaves ample margin


class EventDedupe:
    """Seen event ids in SQLite: the unique insert decides, so two processes on one home agree."""

    def __init__(self, home: Path) -> None:
        Path(home).mkdir(parents=True, exist_ok=True)
        self.path = Path(home) / "slack.sqlite3"
        with self._connect() as con:
            con.execute("CREATE TABLE IF NOT EXISTS seen_events (event_id TEXT PRIMARY KEY, seen_at REAL NOT NULL)")

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)

    def first_delivery(self, event_id: str) -> bool:
        """True the first time ``event_id`` is seen (by any process on this home), False after."""
        now = time.time()
        with self._connect() as con:
            con.execute("DELETE FROM seen_events WHERE seen_at < ?", (now - _KEEP_SECONDS,))
            inserted = con.execute(
                "INSERT OR IGNORE INTO seen_events (event_id, seen_at) VALUES (?, ?)", (event_id, now)
            ).rowcount
        return inserted == 1


def dedupe_middleware(dedupe: EventDedupe) -> Callable[..., BoltResponse | None]:
    """Bolt global middleware: a repeated ``event_id`` is acknowledged with 200 and goes no further."""

    def skip_repeated_events(body: dict, next: Callable[[], None], logger) -> BoltResponse | None:
        event_id = body.get("event_id")
        if event_id and not dedupe.first_delivery(str(event_id)):
            logger.info("Slack delivered event %s again; already handled", event_id)
            return BoltResponse(status=200, body="")
        return next()

    return skip_repeated_events
