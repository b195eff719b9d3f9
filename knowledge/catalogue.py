"""The grant catalogue: one JSON file per grant (record + cleaned document) under GRANTBOT_HOME."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TypeVar

from knowledge.crash_points import crash_point
from knowledge.errors import UnknownGrant
from knowledge.models import Document, GrantRecord

T = TypeVar("T")
# Values derived from every grant kept at once (a list's deadline states are one per day asked about).
_DERIVED_KEPT = 8


class Catalogue:
    """Grant records and their documents, persisted one file each so a crash loses at most one."""

    def __init__(self, home: Path) -> None:
        self.folder = Path(home) / "catalogue"
        self._cache: dict[str, tuple[GrantRecord, Document]] | None = None
        self._stamp: int | None = None
        # What derived() computed, and the cache it was computed from: valid until the catalogue changes.
        self._derived: tuple[dict, dict[Hashable, object]] | None = None

    def _folder_stamp(self) -> int | None:
        # Files are replaced atomically into the folder, so its mtime moves with every change,
        # also changes made by another process (an ingest while `grantbot serve` runs).
        try:
            return self.folder.stat().st_mtime_ns
        except FileNotFoundError:
            return None

    def _load(self) -> dict[str, tuple[GrantRecord, Document]]:
        stamp = self._folder_stamp()
        if self._cache is None or stamp != self._stamp:
            self._cache, self._stamp = {}, stamp
            for f in sorted(self.folder.glob("*.json")) if self.folder.exists() else []:
                data = json.loads(f.read_text(encoding="utf-8"))
                rec = GrantRecord.model_validate(data["record"])
                self._cache[rec.id] = (rec, Document.model_validate(data["document"]))
        return self._cache

    def records(self) -> list[GrantRecord]:
        """Every grant record, ordered by id (a new list; sorted once per change of the catalogue)."""
        return list(self.derived("records", lambda records: records))

    def derived(self, key: Hashable, compute: Callable[[list[GrantRecord]], T]) -> T:
        """``compute(every record, ordered by id)``, kept under ``key`` until the catalogue changes:
        what a list derives from every grant (their order, their deadline states on a day, the
        issuers) is worked out once, not for every question and every grant again. The value is
        shared by every caller: read it, never change it."""
        cache = self._load()
        derived = self._derived
        if derived is None or derived[0] is not cache:
            ordered = [r for r, _ in sorted(cache.values(), key=lambda p: p[0].id)]
            derived = self._derived = cache, {"records": ordered}
        values = derived[1]
        if key not in values:
            while len(values) > _DERIVED_KEPT:
                values.pop(next(k for k in values if k != "records"))
            values[key] = compute(values["records"])
        return values[key]  # type: ignore[return-value]

    def get(self, grant_id: str) -> GrantRecord:
        try:
            return self._load()[grant_id][0]
        except KeyError:
            raise UnknownGrant(f"No grant with id {grant_id!r}: see `grantbot grants`") from None

    def document(self, grant_id: str) -> Document:
        self.get(grant_id)
        return self._load()[grant_id][1]

    def find_by_source(self, source: str) -> GrantRecord | None:
        return next((r for r, _ in self._load().values() if r.source == source), None)

    def __contains__(self, grant_id: str) -> bool:
        return grant_id in self._load()

    def __len__(self) -> int:
        return len(self._load())

    def put(self, record: GrantRecord, document: Document) -> None:
        """Store (or replace) one grant, atomically."""
        # The cache as it is before this write: after it the folder's stamp has moved, and reading the
        # whole catalogue again after every write of an ingest would make the ingest quadratic. (One
        # process writes a home at a time: the write lock.)
        cache = self._load()
        self.folder.mkdir(parents=True, exist_ok=True)
        payload = {"record": record.model_dump(mode="json"), "document": document.model_dump(mode="json")}
        fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(payload, f, ensure_ascii=False)
        crash_point("catalogue entry written")
        os.replace(tmp, self.folder / f"{record.id}.json")
        cache[record.id] = (record, document)
        self._stamp, self._derived = self._folder_stamp(), None

    def remove(self, grant_id: str) -> None:
        cache = self._load()
        (self.folder / f"{grant_id}.json").unlink(missing_ok=True)
        cache.pop(grant_id, None)
        self._stamp, self._derived = self._folder_stamp(), None
