"""Ingest: files → documents → grant records → catalogue, search index and rule files."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from tqdm import tqdm

from bot.consistency import ingest_journal
from eligibility.rules_store import remove_rules, write_rules
from knowledge.crash_points import crash_point
from knowledge.documents import build_document
from knowledge.errors import BadInput, GrantbotError
from knowledge.extract import extract_record
from knowledge.loaders import iter_files, load_file


@dataclass
class IngestReport:
    """What an ingest did, file by file."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)  # after a killed ingest, before this one

    def summary(self) -> str:
        lines = [
            f"added {len(self.added)}, updated {len(self.updated)}, "
            f"unchanged {len(self.unchanged)}, failed {len(self.failed)}"
        ]
        lines += [f"failed: {name}: {reason}" for name, reason in self.failed]
        lines += [f"repaired after an interrupted ingest: {what}" for what in self.repaired]
        return "\n".join(lines)


def sample_folder() -> Path:
    """The announcements bundled with the package."""
    return Path(str(resources.files("knowledge") / "sample"))


def ingest_sample(services, progress: bool = False) -> IngestReport:
    """Ingest the bundled sample announcements."""
    return ingest(services, [sample_folder()], progress=progress)


def ingest(services, paths: list[Path], progress: bool = False) -> IngestReport:
    """Ingest files and folders; unchanged documents are skipped, a failing one does not stop the rest."""
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise BadInput(f"No such file or folder: {missing[0]}")
    files = iter_files([Path(p) for p in paths])
    report = IngestReport()
    index = services.index
    batch = index.batch() if hasattr(index, "batch") else contextlib.nullcontext()
    with ingest_journal(services) as report.repaired, batch:
        indexed = index.grant_ids()
        for path in tqdm(files, desc="ingest", unit="doc", disable=not progress):
            try:
                _ingest_one(services, path, indexed, report)
            except GrantbotError as exc:
                report.failed.append((path.name, str(exc)))
            except Exception as exc:  # one bad document must not lose the others
                report.failed.append((path.name, f"{type(exc).__name__}: {exc}"))
    return report


def _ingest_one(services, path: Path, indexed: set[str], report: IngestReport) -> None:
    home = services.settings.home
    raw = load_file(path)
    crash_point("document read")
    old = services.catalogue.find_by_source(raw.source)
    document = build_document(raw)
    record = extract_record(document)
    if old is not None and old.content_hash == raw.content_hash and old.id in indexed:
        stored = services.catalogue.document(old.id)
        if stored == document and record.id == old.id:
            # The same document needs no new vectors; its facts and unedited rules are read again, so
            # an improved extractor reaches an unchanged file at the cost of parsing it.
            write_rules(home, record, document)
            if record != old:
                services.catalogue.put(record, document)
            report.unchanged.append(path.name)
            return
    if old is not None and old.id != record.id:
        services.index.remove(old.id)
        crash_point("old version unindexed")
        services.catalogue.remove(old.id)
        remove_rules(home, old.id)
    services.index.replace(record, document)
    write_rules(home, record, document)
    # The catalogue entry is written last: it is the commit point a re-run checks.
    services.catalogue.put(record, document)
    (report.updated if old is not None else report.added).append(path.name)


def reindex(services, progress: bool = False) -> IngestReport:
    """Embed and index every catalogued grant again, with the model the settings select now."""
    index = services.rebuild_index()
    report = IngestReport()
    with ingest_journal(services) as report.repaired, index.batch():
        for record in tqdm(services.catalogue.records(), desc="reindex", unit="doc", disable=not progress):
            index.replace(record, services.catalogue.document(record.id))
            report.updated.append(record.source)
    return report
