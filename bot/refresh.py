"""Web ingest: `grantbot ingest URL`, `grantbot sources add URL` and `grantbot refresh`.

Every registered source is fetched again (conditionally: an unchanged page costs a 304 and no
embedding), sitemaps and feeds are followed one level to their pages, and each page goes through
the same Writer as an ingested file. A page that answers 404/410 is withdrawn (kept, out of the
answers); one that fails otherwise keeps its last good version and is reported.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from bot.ingest import IngestReport, Writer
from bot.seams import Indexer
from knowledge.errors import BadInput
from knowledge.fetch import Fetched, Fetcher, FetchError
from knowledge.sources import PageState, Source, SourceBook, SourceStore, now
from knowledge.url_safety import check_url
from knowledge.web_documents import document_of, entries_of, kind_of
from knowledge.write_lock import write_lock


def is_url(text: str) -> bool:
    """An http(s) address rather than a file path."""
    return urlsplit(str(text)).scheme in ("http", "https")


def add_sources(
    services: Indexer, urls: list[str], allowed_hosts: list[str] | None = None, pages_only: bool = False,
    progress: bool = False, transport=None,
) -> IngestReport:
    """Register ``urls`` (pages, or sitemaps and feeds unless ``pages_only``) and fetch them now."""
    for url in urls:
        if not is_url(url):
            raise BadInput(f"{url}: not an http or https address")
        check_url(url, services.settings.allow_private_urls)
    store = SourceStore(services.settings.home)
    with write_lock(services.settings.home, "grantbot ingest" if pages_only else "grantbot sources add"):
        book = store.load()
        known = {s.url: s for s in book.sources}
        chosen = []
        for url in dict.fromkeys(urls):
            source = known.get(url)
            if source is None:
                source = Source(url=url)
                book.sources.append(source)
            source.allowed_hosts = sorted(set(source.allowed_hosts) | set(allowed_hosts or []))
            chosen.append(source)
        store.save(book)
        return _fetch_sources(services, store, book, chosen, not pages_only, progress, transport)


def refresh(services: Indexer, progress: bool = False, transport=None) -> IngestReport:
    """Fetch every registered source again; the report says added, updated, unchanged, withdrawn, failed."""
    store = SourceStore(services.settings.home)
    with write_lock(services.settings.home, "grantbot refresh"):
        book = store.load()
        return _fetch_sources(services, store, book, list(book.sources), True, progress, transport)


def remove_source(services: Indexer, url: str) -> bool:
    """Forget a registered source (its grants stay until removed from the catalogue)."""
    store = SourceStore(services.settings.home)
    with write_lock(services.settings.home, "grantbot sources remove"):
        book = store.load()
        kept = [s for s in book.sources if s.url != url]
        if len(kept) == len(book.sources):
            return False
        book.sources = kept
        store.save(book)
        return True


def _fetch_sources(services: Indexer, store: SourceStore, book: SourceBook, sources: list[Source], detect: bool,
                   progress: bool, transport) -> IngestReport:
    report = IngestReport(show_withdrawn=True)
    with Fetcher(services.settings, transport) as fetcher, Writer(services, progress) as writer:
        run = _Run(services, fetcher, writer, book, report)
        for source in sources:
            try:
                run.source(source, detect)
                source.status, source.error = "ok", None
            except Exception as exc:  # one failing source must not stop the others
                source.status = "failed"
                report.fail(source.url, exc)
                source.error = report.failed[-1][1]
            finally:
                source.last_fetch = now()
                store.save(book)  # after each source: a crash loses at most the one being fetched
    return report


class _Run:
    """One pass over some sources, sharing the fetcher (politeness per host) and the writer."""

    def __init__(self, services: Indexer, fetcher: Fetcher, writer: Writer, book: SourceBook, report: IngestReport) -> None:
        self.services, self.fetcher, self.writer, self.book, self.report = services, fetcher, writer, book, report
        self.done: set[str] = set()

    def source(self, source: Source, detect: bool) -> None:
        if source.kind == "page":
            first = self._page(source.url, detect=detect)
            if first is None:
                return
            source.kind = kind_of(first)
            self._list(source, first)
            return
        state = self.book.pages.setdefault(source.url, PageState(url=source.url))
        fetched = self.fetcher.get(source.url, state.etag, state.last_modified)
        state.last_fetch = now()
        if fetched.gone:
            raise FetchError(f"{source.url}: the {source.kind} is gone (HTTP {fetched.status})")
        state.status, state.last_ok, state.error, state.failures = "unchanged", now(), None, 0
        if fetched.status == 304:
            self._follow(source, source.pages)
            return
        state.etag, state.last_modified = fetched.etag, fetched.last_modified
        self._list(source, fetched)

    def _list(self, source: Source, fetched: Fetched) -> None:
        pages, nested = entries_of(fetched)
        limit = self.services.settings.fetch_max_pages
        for sitemap in nested[:limit]:  # a sitemap index lists sitemaps, which list the pages
            if self._allowed(source, sitemap):
                pages += entries_of(self.fetcher.get(sitemap))[0]
        source.pages = list(dict.fromkeys(pages))[:limit]
        self._follow(source, source.pages)

    def _follow(self, source: Source, pages: list[str]) -> None:
        for url in pages:
            if self._allowed(source, url):
                self._page(url)
            else:
                host = urlsplit(url).hostname
                self.report.skipped.append((url, f"on another host; allow it with --allow-host {host}"))

    @staticmethod
    def _allowed(source: Source, url: str) -> bool:
        host = urlsplit(url).hostname
        return host == urlsplit(source.url).hostname or host in source.allowed_hosts

    def _page(self, url: str, detect: bool = False) -> Fetched | None:
        """Fetch one page and write what it says; returns a sitemap or feed met instead (``detect``)."""
        if url in self.done:
            return None
        self.done.add(url)
        catalogue, report = self.services.catalogue, self.report
        state = self.book.pages.setdefault(url, PageState(url=url))
        known = catalogue.find_by_source(url)
        # Validators only for a page whose last good version is in the catalogue: a 304 must never
        # stand for a version that was not stored (or was withdrawn since).
        conditional = known is not None and not known.withdrawn
        state.last_fetch = now()
        etag, modified = (state.etag, state.last_modified) if conditional else (None, None)
        try:
            fetched = self.fetcher.get(url, etag, modified)
        except Exception as exc:
            self._failed(state, url, exc)
            return None
        if fetched.status == 304:
            state.status, state.last_ok, state.error, state.failures = "unchanged", now(), None, 0
            report.unchanged.append(url)
            return None
        if fetched.gone:
            state.etag = state.last_modified = None
            if self.writer.withdraw(url, url, f"HTTP {fetched.status}", report):
                state.status, state.error = "withdrawn", f"HTTP {fetched.status}"
            else:
                self._failed(state, url, FetchError(f"{url}: not found (HTTP {fetched.status})"))
            return None
        if detect and kind_of(fetched) != "page":
            return fetched
        counts = {name: len(getattr(report, name)) for name in ("added", "updated", "unchanged")}
        try:
            self.writer.put(document_of(fetched), url, report)
        except Exception as exc:
            self._failed(state, url, exc)
            return None
        state.status = next(n for n, c in counts.items() if len(getattr(report, n)) > c)
        state.etag, state.last_modified = fetched.etag, fetched.last_modified
        state.last_ok, state.error, state.failures = now(), None, 0
        return None

    def _failed(self, state: PageState, url: str, exc: Exception) -> None:
        self.report.fail(url, exc)
        state.status, state.error = "failed", self.report.failed[-1][1]
        state.failures += 1
