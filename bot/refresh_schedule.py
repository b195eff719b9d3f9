"""`grantbot serve` keeps its sources current: a refresh every GRANTBOT_REFRESH_EVERY, or on request.

The refresh writes through its own Services (its own index and catalogue objects, the server's
loaded embedding model), exactly as a `grantbot refresh` in another process would: the serving
index is never changed under a question being answered, and notices the finished write as it
notices another process's (retrieval/index.py). The home's write lock keeps it from running
beside an ingest or refresh in another process.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading

from bot.services import Services
from knowledge.errors import BadInput, GrantbotError
from settings import Settings

log = logging.getLogger(__name__)
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.I)
MIN_EVERY_SECONDS = 10  # a typo such as "6" (seconds) must not hammer a directorate's site


def parse_every(value: str | None) -> float | None:
    """GRANTBOT_REFRESH_EVERY ("6h", "30m", "90s", "1d"; a bare number is seconds) in seconds."""
    if value is None or not str(value).strip() or str(value).strip().lower() in ("0", "off", "no"):
        return None
    m = _EVERY.match(str(value))
    if not m:
        raise BadInput(f"GRANTBOT_REFRESH_EVERY={value!r}: write a number with s, m, h or d, e.g. 6h")
    seconds = float(m.group(1)) * _UNITS[(m.group(2) or "s").lower()]
    if seconds < MIN_EVERY_SECONDS:
        raise BadInput(f"GRANTBOT_REFRESH_EVERY={value!r}: at least {MIN_EVERY_SECONDS} s between refreshes")
    return seconds


class Refresher:
    """Runs one refresh at a time for the server and remembers how the last one went."""

    def __init__(self, settings: Settings, services: Services) -> None:
        self.settings = settings
        self.services = services
        self.every = parse_every(settings.refresh_every)
        self.last: dict | None = None
        self._running = threading.Lock()

    @property
    def running(self) -> bool:
        return self._running.locked()

    def run(self) -> dict:
        """Refresh now; the outcome as JSON (``summary`` as `grantbot refresh` prints it, or ``error``)."""
        if not self._running.acquire(blocking=False):
            return {"error": "A refresh is already running"}
        started = dt.datetime.now(dt.UTC).replace(microsecond=0)
        # On use: the fetching and extraction a refresh needs cost `grantbot serve` ~0.5 s of start-up
        # to import, and most servers never refresh.
        from bot.refresh import refresh

        try:
            # load_embedder caches the model per process: the writer shares the server's copy.
            writer = Services(self.settings, embedder=self.services.embedder)
            report = refresh(writer)
            result = {"summary": report.summary(), "added": len(report.added), "updated": len(report.updated),
                      "unchanged": len(report.unchanged), "withdrawn": len(report.withdrawn),
                      "failed": [{"source": name, "reason": reason} for name, reason in report.failed]}
        except GrantbotError as exc:
            result = {"error": str(exc)}
        except Exception as exc:  # the server goes on answering from the last good version
            log.exception("refresh failed")
            result = {"error": f"{type(exc).__name__}: {exc}"}
        finally:
            self._running.release()
        self.last = {"started": started.isoformat(), **result}
        log.info("refresh: %s", result.get("summary") or result.get("error"))
        return self.last

