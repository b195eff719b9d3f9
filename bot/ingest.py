"""Ingest: files → documents → grant records → catalogue, search index and rule files."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from tqdm import tqdm

from bot.consistency import ingest_journal
from bot.grant_history import first_seen
from bot.seams import Indexer
from eligibility.rules_store import remove_rules, write_rules
from knowledge.crash_points import crash_point
from knowledge.documents import build_document
from knowledge.errors import BadInput, GrantbotError, LoadError
from knowledge.extract import extract_record
from knowledge.history import History, changes_between
from knowledge.loaders import RawDocument, iter_files, load_file
from knowledge.write_lock import write_lock


@dataclass
class IngestReport:
    """What an ingest did, file by file."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    changes: list[tuple[str, list[str]]] = field(default_factory=list)  # (name, what changed)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (address, why it was not fetched)
    show_withdrawn: bool = False  # web runs always count withdrawn pages
    repaired: list[str] = field(default_factory=list)  # after a killed ingest, before this one

    def merge(self, other: IngestReport) -> IngestReport:
        for name in ("added", "updated", "unchanged", "failed", "withdrawn", "changes", "skipped", "repaired"):
            getattr(self, name).extend(getattr(other, name))
        self.show_withdrawn |= other.show_withdrawn
        return self

    def fail(self, name: str, exc: Exception) -> None:
        """Record a failure, naming the document once (loader messages start with its name)."""
        reason = str(exc) if isinstance(exc, GrantbotError) else f"{type(exc).__name__}: {exc}"
        self.failed.append((name, reason.removeprefix(f"{name}: ")))

    def summary(self) -> str:
        counts = (f"added {len(self.added)}, updated {len(self.updated)}, "
                  f"unchanged {len(self.unchanged)}")
        counts += f", withdrawn {len(self.withdrawn)}" if self.withdrawn or self.show_withdrawn else ""
        lines = [f"{counts}, failed {len(self.failed)}"]
        lines += [f"changed: {name}: {'; '.join(what)}" for name, what in self.changes]
        lines += [f"skipped: {name}: {reason}" for name, reason in self.skipped]
        lines += [f"failed: {name}: {reason}" for name, reason in self.failed]
        lines += [f"repaired after an interrupted ingest: {what}" for what in self.repaired]
        return "\n".join(lines)


def sample_folder() -> Path:
    """The announcements bundled with the package."""
    return Path(str(resources.files("knowledge") / "sample"))


def ingest_sample(services: Indexer, progress: bool = False) -> IngestReport:
    """Ingest the bundled sample announcements."""
    return ingest(services, [sample_folder()], progress=progress)


def ingest(services: Indexer, paths: list[Path], progress: bool = False) -> IngestReport:
    """Ingest files and folders; unchanged documents are skipped, a failing one does not stop the rest."""
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise BadInput(f"No such file or folder: {missing[0]}")
    files = iter_files([Path(p) for p in paths])
    report = IngestReport()
    with write_lock(services.settings.home, "grantbot ingest"), Writer(services, progress) as writer:
        for path in tqdm(files, desc="ingest", unit="doc", disable=not progress):
            try:
                writer.put(load_file(path), path.name, report)
            except Exception as exc:  # one bad document must not lose the others
                report.fail(path.name, exc)
    report.repaired = writer.repaired
    return report


class Writer:
    """Puts loaded documents into the catalogue, search index and rule files, within one index batch.

    Shared by file ingest and web refresh; the caller holds the home's write lock. The search index
    (and with it the embedding model) is opened only when a document needs it, so a run over
    unchanged or broken files loads no model.
    """

    def __init__(self, services: Indexer, progress: bool = False) -> None:
        self.services = services
        self.progress = progress
        self._batch: contextlib.ExitStack | None = None
        self._indexed: set[str] | None = None
        self.history = History(services.settings.home)
        self.repaired: list[str] = []

    def __enter__(self) -> Writer:
        # A marker says a write is under way: finding one left by a killed process, the stores are
        # repaired first (bot/consistency.py); it is removed only when the write ends normally.
        self._journal = ingest_journal(self.services)
        self.repaired = self._journal.__enter__()
        self._batch = contextlib.ExitStack()
        return self

    def __exit__(self, *exc) -> None:
        assert self._batch is not None
        self._batch.close()
        self._journal.__exit__(*exc)
        # The feed and the digest date a version by when it was first seen: stamp it as it goes in,
        # not when a reader next happens to look.
        first_seen(self.services.settings.home, self.services.catalogue.records())

    @property
    def index(self):
        if self._indexed is None:
            index = self.services.index
            if hasattr(index, "batch"):
                self._batch.enter_context(index.batch())
            self._indexed = index.grant_ids()
        return self.services.index

    def indexed(self, grant_id: str) -> bool:
        self.index  # noqa: B018 - opens the index (not the model) on first use
        return grant_id in self._indexed

    def put(self, raw: RawDocument, name: str, report: IngestReport) -> None:
        """Add, update or confirm one document; LoadError when it is over the size cap."""
        limit = self.services.settings.max_document_chars
        if len(raw.text) > limit:
            raise LoadError(
                f"{len(raw.text):,} characters of text is more than the {limit:,} one document may hold "
                "(GRANTBOT_MAX_DOCUMENT_CHARS); split it into its announcements, or raise the setting"
            )
        crash_point("document read")
        home = self.services.settings.home
        catalogue = self.services.catalogue
        old = catalogue.find_by_source(raw.source)
        document = build_document(raw)
        record = extract_record(document)
        if old is not None and old.content_hash == raw.content_hash and self.indexed(old.id):
            # Where the file lies is not what it says: the same files ingested from another folder
            # keep their vectors.
            stored = catalogue.document(old.id).model_copy(update={"path": document.path})
            if stored == document and record.id == old.id:
                # The same document needs no new vectors; its facts and unedited rules are read again,
                # so an improved extractor reaches an unchanged file at the cost of parsing it.
                write_rules(home, record, document)
                if record != old:
                    catalogue.put(record, document)
                report.unchanged.append(name)
                return
        index = self.index
        if old is not None and old.id != record.id:
            index.remove(old.id)
            crash_point("old version unindexed")
            catalogue.remove(old.id)
            remove_rules(home, old.id)
        with self._embedding_progress(name):
            index.replace(record, document)
        write_rules(home, record, document)
        # The catalogue entry is written last: it is the commit point a re-run checks.
        catalogue.put(record, document)
        self._indexed.add(record.id)
        if old is None:
            report.added.append(name)
            return
        report.updated.append(name)
        what = changes_between(old, record)
        if what:
            self.history.record(record, what)
            report.changes.append((name, what))

    def withdraw(self, source: str, name: str, reason: str, report: IngestReport) -> bool:
        """Mark the grant read from ``source`` withdrawn: kept in the catalogue (and on /grants,
        marked), out of the search index so that no answer rests on it. False when unknown."""
        catalogue = self.services.catalogue
        old = catalogue.find_by_source(source)
        if old is None:
            return False
        if old.withdrawn:
            return True
        self.index.remove(old.id)
        self._indexed.discard(old.id)
        catalogue.put(old.model_copy(update={"withdrawn": True}), catalogue.document(old.id))
        what = [f"withdrawn ({reason})"]
        self.history.record(old, what)
        report.withdrawn.append(name)
        report.changes.append((name, what))
        return True

    @contextlib.contextmanager
    def _embedding_progress(self, name: str):
        index = self.services.index
        if not self.progress or not hasattr(index, "progress"):
            yield
            return
        bar = tqdm(desc=f"  embedding {name}", unit="chunk", leave=False)

        def update(done: int, total: int) -> None:
            bar.total = total
            bar.n = done
            bar.refresh()

        index.progress = update
        try:
            yield
        finally:
            index.progress = None
            bar.close()


def reindex(services: Indexer, progress: bool = False) -> IngestReport:
    """Embed and index every catalogued grant again, with the model the settings select now."""
    report = IngestReport()
    with write_lock(services.settings.home, "grantbot ingest --reindex"):
        _reindex(services, report, progress)
    return report


def _reindex(services: Indexer, report: IngestReport, progress: bool) -> None:
    index = services.rebuild_index()
    with ingest_journal(services) as report.repaired, index.batch():
        for record in tqdm(services.catalogue.records(), desc="reindex", unit="doc", disable=not progress):
            if record.withdrawn:
                continue  # kept out of the index: no answer rests on a withdrawn announcement
            index.replace(record, services.catalogue.document(record.id))
            report.updated.append(record.source)
