"""Do the catalogue, the vector store, the BM25 index and the rule files agree? Check, and repair.

The catalogue is the truth: it holds each grant's record and cleaned document, from which the
index entries and the rule file are derived again. Everything else must hold exactly the grant's
current chunks (none missing, none stale, none left over from an old version) and nothing of a
grant the catalogue does not have. ``grantbot doctor`` runs this; so does an ingest that finds that
the previous one was killed (``ingest_journal``).
"""

from __future__ import annotations

import contextlib
import os
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eligibility.rules_store import is_kept, remove_rules, rules_path, write_rules
from knowledge.errors import GrantbotError

PART_NAMES = {"vectors": "vectors", "chunks": "BM25 chunks", "titles": "BM25 title entry",
              "documents": "BM25 document entry"}
REINDEX, UNINDEX, WRITE_RULES, REMOVE_RULES, DELETE_FILE = (
    "re-indexed", "removed from the index", "rule file written", "rule file removed", "deleted")


@dataclass(frozen=True)
class Finding:
    """One disagreement: which grant (or file), what is wrong, and the repair it needs."""

    subject: str
    problem: str
    repair: str

    def __str__(self) -> str:
        return f"{self.subject}: {self.problem}"


def _difference(have: dict[str, str], want: dict[str, str]) -> str:
    missing = len(want.keys() - have.keys())
    extra = len(have.keys() - want.keys())
    stale = sum(1 for k in want.keys() & have.keys() if want[k] != have[k])
    parts = [f"{n} {word}" for n, word in ((missing, "missing"), (stale, "stale"), (extra, "left over")) if n]
    return ", ".join(parts)


def _by_grant(entries: dict[str, tuple[str, str]]) -> dict[str, dict[str, str]]:
    grouped: dict[str, dict[str, str]] = defaultdict(dict)
    for entry_id, (grant_id, text) in entries.items():
        grouped[grant_id][entry_id] = text
    return grouped


def _unfinished_files(home: Path) -> list[Path]:
    # Atomic writes go through a temporary file in the same folder; a kill can leave one behind.
    return sorted(p for folder in (home / "catalogue", home / "rules") if folder.is_dir()
                  for p in folder.glob("*.tmp"))


def find_disagreements(services) -> list[Finding]:
    """Every way the four stores disagree with the catalogue (empty when they agree)."""
    home, catalogue, index = services.settings.home, services.catalogue, services.index
    stored = {name: _by_grant(part.entries()) for name, part in index.parts().items()}
    findings: list[Finding] = []
    for record in catalogue.records():
        expected = index.expected(record, catalogue.document(record.id))
        problems = [f"{PART_NAMES[name]}: {_difference(stored[name].get(record.id, {}), want)}"
                    for name, want in expected.items()
                    if stored[name].get(record.id, {}) != want]
        if problems:
            findings.append(Finding(record.id, "; ".join(problems), REINDEX))
        if not rules_path(home, record.id).exists():
            findings.append(Finding(record.id, "no rule file", WRITE_RULES))
    orphans = sorted({g for name in stored for g in stored[name]} - {r.id for r in catalogue.records()})
    findings += [Finding(g, "indexed but not in the catalogue", UNINDEX) for g in orphans]
    for path in sorted((home / "rules").glob("*.yaml")) if (home / "rules").is_dir() else []:
        if path.stem not in catalogue and not is_kept(path):
            findings.append(Finding(path.stem, "rule file of a grant not in the catalogue", REMOVE_RULES))
    findings += [Finding(str(p.relative_to(home)), "unfinished write", DELETE_FILE) for p in _unfinished_files(home)]
    return findings


def repair(services, findings: list[Finding] | None = None) -> list[str]:
    """Make the stores agree with the catalogue; returns what was done, one line per repair."""
    home, catalogue, index = services.settings.home, services.catalogue, services.index
    findings = find_disagreements(services) if findings is None else findings
    done: list[str] = []
    with index.batch():
        for f in findings:
            if f.repair == REINDEX:
                index.replace(catalogue.get(f.subject), catalogue.document(f.subject))
            elif f.repair == UNINDEX:
                index.remove(f.subject)
            elif f.repair == WRITE_RULES:
                write_rules(home, catalogue.get(f.subject), catalogue.document(f.subject))
            elif f.repair == REMOVE_RULES:
                remove_rules(home, f.subject)
            elif f.repair == DELETE_FILE:
                (home / f.subject).unlink(missing_ok=True)
            done.append(f"{f}: {f.repair}")
    for name, part in index.parts().items():
        if getattr(part, "settle", lambda: False)():
            done.append(f"{PART_NAMES[name]}: finished an interrupted save")
    return done


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextlib.contextmanager
def ingest_journal(services) -> Iterator[list[str]]:
    """Around an ingest: a marker says one is running; finding the marker of a process that is
    gone means it was killed, and the stores are repaired first (the yielded list says how).
    The marker is removed only when the ingest ends normally."""
    home = services.settings.ensure_home()
    marker = home / "ingest.running"
    repaired: list[str] = []
    if marker.exists():
        pid = int(marker.read_text(encoding="utf-8").strip() or 0)
        if pid and pid != os.getpid() and _alive(pid):
            raise GrantbotError(f"Another ingest (process {pid}) is writing to {home}: wait for it to finish")
        repaired = repair(services) or ["the stores agreed"]
    marker.write_text(str(os.getpid()), encoding="utf-8")
    yield repaired
    marker.unlink(missing_ok=True)
