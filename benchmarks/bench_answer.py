"""Answer benchmark: ingest speed, warm answer latency against its floor, and a dense-only baseline.

    python benchmarks/bench_answer.py [--corpus ../shared/seeds] [--questions ../shared/eval/dev-questions.jsonl]

Prints figures and ratios; asserts nothing (targets are judged by reading them).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def timed_cli(args: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "bot.cli", *args], env=env, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - started


def cold_runs(corpus: Path, questions: Path) -> None:
    """Whole-process figures, model load included: ingest, and one batch of all questions."""
    home = tempfile.mkdtemp(prefix="bench-cold-")
    env = dict(os.environ, GRANTBOT_HOME=home)
    files = [p for p in corpus.iterdir() if p.is_file()]
    t_ingest = timed_cli(["ingest", str(corpus)], env)
    t_batch = timed_cli(["ask", "--batch", str(questions), "--json"], env)
    n = sum(1 for line in questions.read_text().splitlines() if line.strip())
    print(f"cold ingest of {len(files)} docs (model load included): {t_ingest:.1f} s "
          f"({t_ingest / len(files):.2f} s/doc)")
    print(f"cold batch of {n} questions (model load included): {t_batch:.1f} s")


def warm_runs(corpus: Path, questions: list[dict]) -> None:
    from bot.ingest import ingest
    from bot.services import Services
    from retrieval.chunking import chunk_document
    from retrieval.index import _embedding_text
    from settings import Settings

    services = Services(Settings(home=Path(tempfile.mkdtemp(prefix="bench-warm-"))))
    index = services.index
    started = time.perf_counter()
    ingest(services, [corpus])
    took = time.perf_counter() - started
    files = [p for p in corpus.iterdir() if p.is_file()]
    texts = [_embedding_text(c) for r in services.grants() for c in chunk_document(services.catalogue.document(r.id), r.id)]
    started = time.perf_counter()
    index.embedder.embed_documents(texts)
    embed_only = time.perf_counter() - started
    print(f"warm ingest: {(took / len(files)) * 1000:.0f} ms/doc, {len(texts) / took:.1f} chunks/s; "
          f"floor (embedding the same {len(texts)} chunks alone) {embed_only:.1f} s; ratio {took / embed_only:.2f}x")

    ours, floor, hits = [], [], 0
    for q in questions:
        ans = services.answer(q["question"])
        ours.append(ans.latency_ms)
        hits += bool(ans.grant) and ans.grant.source == q["source"]
        t0 = time.perf_counter()
        index.store.query(index.embedder.embed_query(q["question"]), 8, None)
        floor.append((time.perf_counter() - t0) * 1000)
    base_hits, base_lat = baseline(services, questions)
    n = len(questions)
    print(f"grantbot answer: p50 {statistics.median(ours):.1f} ms, p95 {pct(ours, .95):.1f} ms; "
          f"grant hit {hits}/{n} ({hits / n:.0%})")
    print(f"floor (embed + one Chroma query): p50 {statistics.median(floor):.1f} ms, p95 {pct(floor, .95):.1f} ms; "
          f"ratio p50 {statistics.median(ours) / statistics.median(floor):.1f}x, "
          f"p95 {pct(ours, .95) / pct(floor, .95):.1f}x")
    print(f"baseline langchain Chroma similarity search (dense, top-1): p50 {statistics.median(base_lat):.1f} ms, "
          f"p95 {pct(base_lat, .95):.1f} ms; grant hit {base_hits}/{n} ({base_hits / n:.0%})")


def baseline(services, questions: list[dict]) -> tuple[int, list[float]]:
    """Plain langchain Chroma over the same chunks, no lexical signal, no fusion."""
    from langchain_chroma import Chroma

    from retrieval.chunking import chunk_document

    store = Chroma(collection_name="baseline", embedding_function=services.index.embedder,
                   collection_metadata={"hnsw:space": "cosine"})
    for record in services.grants():
        store.add_documents(chunk_document(services.catalogue.document(record.id), record.id))
    hits, lat = 0, []
    for q in questions:
        t0 = time.perf_counter()
        top = store.similarity_search(q["question"], k=1)
        lat.append((time.perf_counter() - t0) * 1000)
        hits += bool(top) and top[0].metadata["source"] == q["source"]
    return hits, lat


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=SHARED / "seeds")
    ap.add_argument("--questions", type=Path, default=SHARED / "eval" / "dev-questions.jsonl")
    ap.add_argument("--skip-cold", action="store_true")
    a = ap.parse_args()
    items = [json.loads(line) for line in a.questions.read_text().splitlines() if line.strip()]
    if not a.skip_cold:
        cold_runs(a.corpus, a.questions)
    warm_runs(a.corpus, [q for q in items if q.get("source")])


if __name__ == "__main__":
    main()
