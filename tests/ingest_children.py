"""What the kill tests run in child processes (forked from a preloaded server): an ingest that may be
killed at an armed crash point, and an inspection of what the stores of a home hold."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

# chromadb imports its Rust bindings only when a client opens: preloaded, each of the ~60 children
# saves a third of a second.
PRELOAD = ["bot.ingest", "bot.consistency", "bot.services", "retrieval.index", "retrieval.chroma_store",
           "knowledge.extract", "eligibility.rules_store", "chromadb", "chromadb.api.rust"]
_context = None


def context():
    """A forkserver context: children start from a clean, preloaded interpreter in milliseconds."""
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(PRELOAD)
    return _context


def _services(home: Path):
    from bot.services import Services
    from retrieval.embeddings import HashingEmbedder
    from settings import Settings

    # The model is not under test here: the hashing embedder keeps 60 ingests to seconds.
    return Services(Settings(home=home, chroma_url=None, database_url=None), embedder=HashingEmbedder())


def _ingest(home: Path, folder: Path, kill_at: int | None, out) -> None:
    from bot.ingest import ingest
    from knowledge import crash_points

    crash_points.arm(kill_at)
    report = ingest(_services(home), [folder])
    out.send({"summary": report.summary(), "repaired": report.repaired, "points": crash_points.passed()})


def _inspect(home: Path, out) -> None:
    from bot.consistency import find_disagreements

    services = _services(home)
    parts = services.index.parts()
    records = services.catalogue.records()
    stale = [entry_id for entry_id, (grant_id, text) in parts["vectors"].entries().items()
             if grant_id not in services.catalogue or text not in services.catalogue.document(grant_id).text]
    rules = services.settings.home / "rules"
    out.send({
        "catalogue": sorted(r.id for r in records),
        "deadlines": {r.source: r.deadline_dates() for r in records},
        "vectors": sorted({g for g, _ in parts["vectors"].entries().values()}),
        "bm25": sorted({g for g, _ in parts["chunks"].entries().values()}),
        "titles": sorted({g for g, _ in parts["titles"].entries().values()}),
        "documents": sorted({g for g, _ in parts["documents"].entries().values()}),
        "rules": sorted(p.stem for p in rules.glob("*.yaml")) if rules.is_dir() else [],
        "stale_vectors": stale,
        "disagreements": [str(f) for f in find_disagreements(services)],
    })


def _doctor(home: Path, out) -> None:
    from bot.consistency import repair

    out.send({"repaired": repair(_services(home))})


def _run(target, *args, timeout: float = 300) -> tuple[int, dict | None]:
    ctx = context()
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=target, args=(*args, send))
    child.start()
    send.close()
    try:
        result = receive.recv() if receive.poll(timeout) else None
    except EOFError:  # the child died before it could answer
        result = None
    child.join(timeout)
    return child.exitcode, result


def ingest_in_child(home: Path, folder: Path, kill_at: int | None = None) -> tuple[int, dict | None]:
    """Exit code (-9 when killed) and, when it finished, the report and the crash points passed."""
    return _run(_ingest, home, folder, kill_at)


def inspect_in_child(home: Path) -> dict:
    code, result = _run(_inspect, home)
    assert code == 0 and result is not None, f"inspection failed with exit code {code}"
    return result


def doctor_in_child(home: Path) -> list[str]:
    """What `grantbot doctor` repaired in ``home``."""
    code, result = _run(_doctor, home)
    assert code == 0 and result is not None, f"doctor failed with exit code {code}"
    return result["repaired"]
