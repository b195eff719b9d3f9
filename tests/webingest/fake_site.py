"""A directorate's web site for the tests: a real HTTP server on a free loopback port.

Each route is a small dict the test changes between two refreshes (body, status, content type,
ETag); the server answers conditional requests with 304 itself, and can redirect, hang for ever,
or send a body larger than any cap. Every request is logged with its headers and time.
"""

from __future__ import annotations

import hashlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from pdf_bytes import pdf  # noqa: F401 - the site serves it, tests import it from here

SAMPLE = Path(__file__).resolve().parents[2] / "knowledge" / "sample"
SEED_0 = "000_1de9e93bc0097409.txt"  # "Frist for søknad er mandag 6. september 2004."
SEED_1 = "001_1a68e8f698feec8c.txt"
SEED_2 = "002_56ff6eb9f7905725.txt"
OLD_DEADLINE = "mandag 6. september 2004"


def seed_text(name: str) -> str:
    return (SAMPLE / name).read_text(encoding="utf-8")


def as_html(text: str, title: str | None = None) -> str:
    """A plain announcement page: the seed's lines as paragraphs."""
    from html import escape

    title = title or text.strip().splitlines()[0]
    paragraphs = "\n".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())
    return (f"<!doctype html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
            f"</head><body><main><article>{paragraphs}</article></main></body></html>")




def sitemap(urls: list[str]) -> str:
    locs = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'


def rss(urls: list[str]) -> str:
    items = "".join(f"<item><title>Utlysning {n}</title><link>{u}</link></item>" for n, u in enumerate(urls))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Utlysninger</title>{items}</channel></rss>'


def fresh(services):
    """Another process's view of the same home (same fast embedder)."""
    from bot.services import Services

    return Services(services.settings, embedder=services.embedder)


class Site:
    """Routes by path; ``base`` is the site's address."""

    def __init__(self) -> None:
        self.routes: dict[str, dict] = {}
        self.log: list[dict] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        # shutdown() waits for serve_forever's next poll: at the default half second, every test paid it.
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def page(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8", **extra) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = {"status": 200, "body": data, "type": content_type, **extra}

    def requests(self, path: str) -> list[dict]:
        return [r for r in self.log if r["path"] == path]

    def __enter__(self) -> Site:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


def _handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # quiet test output
            pass

        def do_GET(self) -> None:  # noqa: N802 - the http.server name
            path = self.path.split("?")[0]
            route = site.routes.get(path)
            entry = {"path": path, "headers": dict(self.headers), "at": time.monotonic()}
            site.log.append(entry)
            if route is None:
                return self._send(404, b"not found", "text/plain")
            entry["status"] = route["status"]
            if route.get("redirect"):
                return self._send(route["status"], b"", "text/plain", {"Location": route["redirect"]})
            if route.get("hang"):
                # Headers, then a byte now and then, for ever: only a deadline ends this response.
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                try:
                    while True:
                        self.wfile.write(b" ")
                        self.wfile.flush()
                        time.sleep(0.2)
                except OSError:
                    return
            if route.get("huge"):
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                if route.get("declared", True):
                    self.send_header("Content-Length", str(route["huge"]))
                self.end_headers()
                block = b"<p>" + b"x" * 65530 + b"</p>"
                try:
                    for _ in range(route["huge"] // len(block)):
                        self.wfile.write(block)
                except OSError:
                    pass
                return
            body = route["body"]
            etag = route.get("etag", True) and '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if route["status"] == 200 and etag and self.headers.get("If-None-Match") == etag:
                entry["status"] = 304
                return self._send(304, b"", None, {"ETag": etag})
            headers = {"ETag": etag} if etag and route["status"] == 200 else {}
            self._send(route["status"], body, route["type"], headers)

        def _send(self, status: int, body: bytes, content_type: str | None, headers: dict | None = None) -> None:
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status != 304:
                self.wfile.write(body)

    return Handler
