"""Retrieval benchmark: which announcement does the index rank first for each evaluation question?

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/bench_retrieval.py [--shared ../shared]

Prints, for the seeds + dev questions and the corpus + corpus questions: hit@1 and hit@3
(overall and per question language), the dense-only baseline (plain langchain Chroma
similarity search with the same model), warm search latency, ingest time, and how well
the confidence separates off-topic questions from grant questions.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from knowledge.documents import build_document
from knowledge.extract import extract_record
from knowledge.loaders import iter_files, load_file
from retrieval.index import CONFIDENCE_THRESHOLD, HybridIndex
from settings import Settings

# Written for this benchmark, not taken from the evaluation sets: weather, recipes, sports,
# chit-chat and other public services, in the five languages.
OFF_TOPIC = [
    "Hva blir været i Oslo i morgen?",
    "Give me a recipe for pancakes.",
    "Hvem vant fotballkampen mellom Rosenborg og Molde i går?",
    "Hvordan fornyer jeg passet mitt?",
    "Kva er klokka no?",
    "Korleis lagar eg fiskesuppe?",
    "Vad blir vädret i Stockholm i helgen?",
    "Hur bokar jag en tid för att förnya mitt körkort?",
    "Vem vann Allsvenskan förra året?",
    "Hvordan bliver vejret i København i morgen?",
    "Kan du give mig en opskrift på æblekage?",
    "Hvornår åbner borgerservice på lørdag?",
    "Who won the Champions League final?",
    "Tell me a joke about cats.",
    "How do I renew my driving licence?",
    "Hei, hvordan har du det?",
]


def load_pairs(folder: Path) -> list:
    pairs = []
    for path in iter_files([folder]):
        doc = build_document(load_file(path))
        pairs.append((extract_record(doc), doc))
    return pairs


def questions(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def hit_rates(index: HybridIndex, qs: list[dict], source_of: dict[str, str]) -> tuple[dict, list[float], list]:
    by_lang: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    latencies, misses = [], []
    for q in qs:
        if not q.get("source"):
            continue
        started = time.perf_counter()
        hits = index.search_grants(q["question"], k=3)
        latencies.append((time.perf_counter() - started) * 1000)
        got = [source_of[h.grant_id] for h in hits]
        by_lang[q["language"]].append((got[:1] == [q["source"]], q["source"] in got))
        if got[:1] != [q["source"]]:
            misses.append((q["id"], q["question"], got[:1]))
    return by_lang, latencies, misses


def dense_baseline(pairs: list, qs: list[dict], home: Path) -> float:
    """Top-1 hit rate of plain langchain Chroma similarity search over the same chunks."""
    from langchain_chroma import Chroma

    from retrieval.chunking import chunk_document
    from retrieval.embeddings import load_embedder

    store = Chroma("baseline", embedding_function=load_embedder(Settings(home=home)), persist_directory=str(home / "baseline"))
    chunks = [c for record, doc in pairs for c in chunk_document(doc, record.id)]
    store.add_documents(chunks, ids=[c.id for c in chunks])
    scored = [q for q in qs if q.get("source")]
    ok = sum(store.similarity_search(q["question"], k=1)[0].metadata["source"] == q["source"] for q in scored)
    return ok / len(scored)


def bm25_baseline(pairs: list, qs: list[dict]) -> float:
    """Top-1 hit rate of plain bm25s over the same chunks with Norwegian Snowball stemming only."""
    import bm25s
    import Stemmer

    from retrieval.chunking import chunk_document

    chunks = [c for record, doc in pairs for c in chunk_document(doc, record.id)]
    stemmer = Stemmer.Stemmer("norwegian")
    model = bm25s.BM25()
    model.index(bm25s.tokenize([c.page_content for c in chunks], stemmer=stemmer, show_progress=False), show_progress=False)
    scored = [q for q in qs if q.get("source")]
    ok = 0
    for q in scored:
        tokens = bm25s.tokenize([q["question"]], stemmer=stemmer, show_progress=False)
        docs, _ = model.retrieve(tokens, k=1, show_progress=False)
        ok += chunks[int(docs[0][0])].metadata["source"] == q["source"]
    return ok / len(scored)


def report(name: str, index: HybridIndex, pairs: list, qs: list[dict], home: Path) -> None:
    source_of = {r.id: r.source for r, _ in pairs}
    index.search_grants("oppvarming", k=1)
    by_lang, latencies, misses = hit_rates(index, qs, source_of)
    rows = [x for v in by_lang.values() for x in v]
    print(f"\n== {name}: {len(pairs)} documents, {len(rows)} questions with a source")
    print(f"hit@1 {sum(a for a, _ in rows) / len(rows):.1%}   hit@3 {sum(b for _, b in rows) / len(rows):.1%}")
    for lang, v in sorted(by_lang.items()):
        print(f"  {lang}: n={len(v):3d}  hit@1 {sum(a for a, _ in v) / len(v):.1%}  hit@3 {sum(b for _, b in v) / len(v):.1%}")
    q = statistics.quantiles(latencies, n=20)
    print(f"warm search_grants latency: p50 {statistics.median(latencies):.1f} ms  p95 {q[18]:.1f} ms")
    print(f"baseline (langchain Chroma, dense only) hit@1 {dense_baseline(pairs, qs, home):.1%}")
    print(f"baseline (bm25s, Norwegian stemming) hit@1 {bm25_baseline(pairs, qs):.1%}")
    for m in misses:
        print("  miss:", *m)


def separation(index: HybridIndex, qs: list[dict]) -> None:
    on = [index.search_grants(q["question"], k=1)[0].confidence for q in qs if q.get("source")]
    off_qs = OFF_TOPIC + [q["question"] for q in qs if not q.get("source")]
    off = [index.search_grants(q, k=1)[0].confidence for q in off_qs]
    t = CONFIDENCE_THRESHOLD
    print(f"\nconfidence threshold {t}: on-topic below {sum(c < t for c in on)}/{len(on)}"
          f" (min {min(on):.2f}), off-topic at/above {sum(c >= t for c in off)}/{len(off)} (max {max(off):.2f})")
    for question, c in sorted(zip(off_qs, off, strict=True), key=lambda p: -p[1])[:5]:
        print(f"  off-topic {c:.2f} {question}")


def run(name: str, folder: Path, qs: list[dict], extra_on_topic: list[dict]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        started = time.perf_counter()
        pairs = load_pairs(folder)
        index = HybridIndex(Settings(home=home))
        chunks = index.replace_many(pairs)
        print(f"\ningest {name}: {len(pairs)} documents, {chunks} chunks in {time.perf_counter() - started:.1f} s"
              " (model load included on the first)")
        report(name, index, pairs, qs, home)
        separation(index, qs + extra_on_topic)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = parser.parse_args()
    dev = questions(args.shared / "eval" / "dev-questions.jsonl")
    corpus = questions(args.shared / "eval" / "corpus-questions.jsonl")
    run("seeds", args.shared / "seeds", dev, [])
    run("corpus", args.shared / "corpus", corpus, [])
    return 0


if __name__ == "__main__":
    sys.exit(main())
