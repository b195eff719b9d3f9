"""Polite, bounded HTTP fetching of announcement pages, sitemaps and feeds (httpx).

Polite: a User-Agent naming grantbot, robots.txt obeyed, one request at a time per host with
GRANTBOT_FETCH_DELAY seconds between two, and conditional requests (ETag / Last-Modified) so an
unchanged page costs a 304. Bounded: connect/read timeouts plus a deadline for the whole body (a
server that trickles bytes for ever is cut off), a size cap on the body, a limited number of
redirects, each hop checked by knowledge/url_safety.py.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from knowledge.errors import LoadError
from knowledge.url_safety import check_url
from settings import Settings

USER_AGENT = "grantbot/0.1 (reads public grant announcements; one request at a time)"
ROBOTS_AGENT = "grantbot"
_REDIRECTS = (301, 302, 303, 307, 308)
# The whole body must arrive within this many read timeouts: a read timeout alone never fires
# while a server sends a byte now and then.
BODY_DEADLINE_FACTOR = 3


class FetchError(LoadError):
    """A fetch that failed; ``temporary`` ones (timeouts, 5xx, connection errors) may pass."""

    def __init__(self, message: str, temporary: bool = False) -> None:
        super().__init__(message)
        self.temporary = temporary


@dataclass
class Fetched:
    """One response: ``status`` is 200, 304 (not modified), or 404/410 (gone)."""

    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    content: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None

    @property
    def gone(self) -> bool:
        return self.status in (404, 410)


class Fetcher:
    """Fetches URLs one by one; keeps robots.txt and the last request time per host for its life."""

    def __init__(self, settings: Settings, transport: httpx.BaseTransport | None = None) -> None:
        self.settings = settings
        timeout = httpx.Timeout(settings.fetch_timeout)
        self._client = httpx.Client(timeout=timeout, follow_redirects=False, transport=transport,
                                    headers={"User-Agent": USER_AGENT})
        self._robots: dict[str, RobotFileParser | None] = {}
        self._last: dict[str, float] = {}
        self._host_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self._client.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET ``url`` following redirects; FetchError (or UrlRefused) when it cannot be had."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _ in range(self.settings.fetch_max_redirects + 1):
            check_url(current, self.settings.allow_private_urls)
            if not self._robots_allow(current):
                raise FetchError(f"{current}: robots.txt of {urlsplit(current).netloc} does not allow grantbot")
            status, body, response = self._request(current, headers)
            if status in _REDIRECTS and response.headers.get("location"):
                current = urljoin(current, response.headers["location"])
                continue
            if status == 304:
                return Fetched(url, current, 304, etag=etag, last_modified=last_modified)
            if status in (404, 410):
                return Fetched(url, current, status)
            if status >= 500 or status == 429:
                raise FetchError(f"{current}: the server answered HTTP {status}", temporary=True)
            if status != 200:
                raise FetchError(f"{current}: the server answered HTTP {status}")
            return Fetched(url, current, 200, body, response.headers.get("content-type", ""),
                           response.headers.get("etag"), response.headers.get("last-modified"))
        raise FetchError(f"{url}: more than {self.settings.fetch_max_redirects} redirects "
                         "(GRANTBOT_FETCH_MAX_REDIRECTS)")

    def _request(self, url: str, headers: dict[str, str]) -> tuple[int, bytes, httpx.Response]:
        host = urlsplit(url).netloc
        with self._lock:
            host_lock = self._host_locks.setdefault(host, threading.Lock())
        with host_lock:  # one request at a time per host, GRANTBOT_FETCH_DELAY apart
            wait = self._last.get(host, 0.0) + self.settings.fetch_delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                return self._read(url, headers)
            finally:
                self._last[host] = time.monotonic()

    def _read(self, url: str, headers: dict[str, str]) -> tuple[int, bytes, httpx.Response]:
        cap = self.settings.fetch_max_bytes
        deadline = time.monotonic() + BODY_DEADLINE_FACTOR * self.settings.fetch_timeout
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code != 200:
                    return response.status_code, b"", response
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > cap:
                    raise FetchError(f"{url}: the response is {int(declared):,} bytes, more than the "
                                     f"{cap:,} allowed (GRANTBOT_FETCH_MAX_BYTES)")
                body = bytearray()
                for part in response.iter_bytes():
                    body += part
                    if len(body) > cap:
                        raise FetchError(f"{url}: the response is more than the {cap:,} bytes allowed "
                                         "(GRANTBOT_FETCH_MAX_BYTES)")
                    if time.monotonic() > deadline:
                        raise FetchError(f"{url}: the response did not finish within "
                                         f"{BODY_DEADLINE_FACTOR * self.settings.fetch_timeout:g} s", temporary=True)
                return 200, bytes(body), response
        except httpx.TimeoutException:
            raise FetchError(f"{url}: no answer within {self.settings.fetch_timeout:g} s "
                             "(GRANTBOT_FETCH_TIMEOUT)", temporary=True) from None
        except httpx.TransportError as exc:
            raise FetchError(f"{url}: cannot connect ({type(exc).__name__}: {exc})", temporary=True) from None

    def _robots_allow(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin)
        robots = self._robots[origin]
        return robots is None or robots.can_fetch(ROBOTS_AGENT, url)

    def _load_robots(self, origin: str) -> RobotFileParser | None:
        """The site's rules; None (everything allowed) when it has none (RFC 9309: 4xx)."""
        url = f"{origin}/robots.txt"
        parser = RobotFileParser(url)
        try:
            status, body, _ = self._request(url, {})
        except FetchError as exc:
            if not exc.temporary:
                raise
            # RFC 9309: an unreachable robots.txt means the whole site is off limits for now.
            parser.parse(["User-agent: *", "Disallow: /"])
            return parser
        if 300 <= status < 500:
            return None  # missing, or moved elsewhere: no rules for this origin
        if status != 200:
            parser.parse(["User-agent: *", "Disallow: /"])
            return parser
        parser.parse(body.decode("utf-8", errors="replace").splitlines())
        return parser
