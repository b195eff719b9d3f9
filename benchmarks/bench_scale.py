"""Scale benchmark: 1 000 and 10 000 announcements, embedded Chroma and a Chroma server.

    nice -n 10 python benchmarks/bench_scale.py [--pages 1000 10000] [--stores embedded server]

The corpora are DERIVED from the real pages in ../shared/corpus: each page is repeated with another
title, issuer (a municipality), its years shifted and its amounts scaled, so every derived page is a
distinct grant with its own facts. Embedding 100 000 chunks with the multilingual model takes hours
on two cores, so each DISTINCT chunk (ignoring the title line, digits and the issuer) is embedded
once and its vector REUSED for the same chunk of every derived page; ingest throughput therefore
measures extraction, chunking, the vector store and BM25, not the model. Questions are answered with
the real model. Per size and store it prints: ingest throughput, disk, `grantbot serve` start-up and
memory, warm answer p50/p95 and the floor (embed the question + one vector query) at that size, and
the growth from the smallest size to the largest. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import socket
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
sys.path.insert(0, str(ROOT))

MUNICIPALITIES = ["Bodø", "Lund", "Aarhus", "Tromsø", "Umeå", "Odense", "Hamar", "Kalmar", "Esbjerg", "Molde",
                  "Gävle", "Vejle", "Harstad", "Växjö", "Randers", "Askøy", "Borås", "Horsens", "Steinkjer",
                  "Östersund", "Herning", "Kongsberg", "Falun", "Roskilde", "Narvik", "Visby", "Ribe", "Alta"]
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-3]\d)\b")
_AMOUNT = re.compile(r"\b(\d{1,3}(?:[ .]\d{3})+|\d{4,})(?=\s*(?:kr|kroner|kronor|SEK|NOK|DKK|euro))")


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def _body_and_meta(text: str) -> tuple[dict, str]:
    if text.startswith("---\n"):
        head, _, body = text[4:].partition("\n---\n")
        meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
        return meta, body
    return {}, text


def derive(page: Path, k: int) -> str:
    """Variant ``k`` of a page (0 is the page itself): another title, issuer, years and amounts."""
    text = page.read_text(encoding="utf-8")
    if k == 0:
        return text
    meta, body = _body_and_meta(text)
    town = MUNICIPALITIES[k % len(MUNICIPALITIES)]
    shift = 1 + k % 17
    body = _YEAR.sub(lambda m: str(int(m.group()) + shift), body)
    body = _AMOUNT.sub(lambda m: f"{int(re.sub(r'[ .]', '', m.group())) * (1 + k % 5):,}".replace(",", " "), body)
    first = next((line.strip("# ").strip() for line in body.splitlines() if line.strip()), page.stem)[:80]
    meta["title"] = f"{meta.get('title', first)} – {town} {2000 + shift + k % 9} (runde {k})"
    meta["issuer"] = f"{town} kommune"
    if "url" in meta:
        meta["url"] = f"{meta['url'].rstrip('/')}/{town.lower()}-{k}"
    head = "\n".join(f"{key}: {value}" for key, value in meta.items())
    return f"---\n{head}\n---\n{body}"


def make_corpus(folder: Path, pages: int) -> int:
    base = sorted(p for p in (SHARED / "corpus").iterdir() if p.suffix in {".md", ".txt", ".html", ".htm"})
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(pages):
        page, k = base[n % len(base)], n // len(base)
        (folder / f"{k:04d}-{page.name}").write_text(derive(page, k), encoding="utf-8")
    return len(base)


class ReusingEmbedder:
    """The real model, but each distinct chunk is embedded once: the key drops the title line
    (the derived pages' new titles) and digits (shifted years, scaled amounts)."""

    def __init__(self, real) -> None:
        from retrieval.embeddings import DEFAULT_MODEL

        self.real, self.model_name = real, DEFAULT_MODEL
        self.cache: dict[str, list[float]] = {}
        self.embedded = self.reused = 0

    @staticmethod
    def key(text: str) -> str:
        body = text.split("\n", 1)[-1]
        for town in MUNICIPALITIES:
            body = body.replace(town, "")
        return re.sub(r"\d+", "#", body)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        keys = [self.key(t) for t in texts]
        new = {k: t for k, t in zip(keys, texts, strict=True) if k not in self.cache}
        if new:
            for k, v in zip(new, self.real.embed_documents(list(new.values())), strict=True):
                self.cache[k] = v
        self.embedded += len(new)
        self.reused += len(texts) - len(new)
        return [self.cache[k] for k in keys]

    def embed_query(self, text: str) -> list[float]:
        return self.real.embed_query(text)


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def wait_port(port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("process exited at start")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError("did not start")


def start_chroma(path: Path) -> tuple[subprocess.Popen, str]:
    exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = free_port()
    proc = subprocess.Popen([exe, "run", "--path", str(path), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_port(port, proc)
    return proc, f"http://127.0.0.1:{port}"


def questions_for(corpus_pages: int, n: int) -> list[str]:
    rows = [json.loads(line) for line in (SHARED / "eval" / "corpus-questions.jsonl").read_text().splitlines()
            if line.strip()]
    random.Random(13).shuffle(rows)
    return [r["question"] for r in rows[:n]]


def serve_figures(env: dict) -> tuple[float, float]:
    """Seconds from `grantbot serve` to a 200 on /healthz, and its RSS then (MB)."""
    import httpx

    port = free_port()
    started = time.perf_counter()
    proc = subprocess.Popen([str(Path(sys.executable).parent / "grantbot"), "serve", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError("grantbot serve exited")
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        return time.perf_counter() - started, rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def run(pages: int, store: str, embedder: ReusingEmbedder, questions: list[str], work: Path) -> dict:
    from bot.ingest import ingest
    from bot.services import Services
    from settings import Settings

    corpus = work / f"corpus-{pages}"
    if not corpus.exists():
        base = make_corpus(corpus, pages)
        print(f"  derived {pages} pages from {base} real pages of ../shared/corpus "
              "(titles, issuers, years and amounts varied)")
    home = work / f"home-{pages}-{store}"
    chroma, url, chroma_path = None, None, work / f"chroma-{pages}"
    if store == "server":
        chroma, url = start_chroma(chroma_path)
    try:
        settings = Settings(home=home, chroma_url=url, database_url=None)
        real, embedder.embedded, embedder.reused = embedder.real, 0, 0
        started = time.perf_counter()
        report = ingest(Services(settings, embedder=embedder), [corpus])
        took = time.perf_counter() - started
        chunks = embedder.embedded + embedder.reused
        print(f"  ingest: {pages} pages, {chunks} chunks in {took:.0f} s = {pages / took:.1f} pages/s "
              f"({len(report.failed)} failed); embedded {embedder.embedded} distinct chunks in this run, "
              f"reused vectors for {embedder.reused}")
        disk = du(home) + (du(chroma_path) if store == "server" else 0)
        env = {k: v for k, v in os.environ.items() if not k.startswith("GRANTBOT_")}
        env |= {"GRANTBOT_HOME": str(home), **({"GRANTBOT_CHROMA_URL": url} if url else {})}
        startup, rss = serve_figures(env)
        services = Services(settings, embedder=real)
        for q in questions[:5]:
            services.answer(q)  # warm: BM25 loaded, caches filled
        answer_ms, floor_ms = [], []
        for q in questions:
            t = time.perf_counter()
            services.answer(q)
            answer_ms.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            services.index.store.query(real.embed_query(q), 8)
            floor_ms.append((time.perf_counter() - t) * 1000)
        figures = {"pages": pages, "chunks": chunks, "ingest_pages_s": pages / took, "disk_mb": disk / 2**20,
                   "serve_start_s": startup, "serve_rss_mb": rss,
                   "p50": statistics.median(answer_ms), "p95": pct(answer_ms, 0.95),
                   "floor_p50": statistics.median(floor_ms), "floor_p95": pct(floor_ms, 0.95)}
        print(f"  disk {figures['disk_mb']:.0f} MB; serve start-up {startup:.1f} s, RSS {rss:.0f} MB")
        print(f"  warm answer p50 {figures['p50']:.0f} ms, p95 {figures['p95']:.0f} ms; floor (embed + one "
              f"vector query) p50 {figures['floor_p50']:.0f} ms, p95 {figures['floor_p95']:.0f} ms; "
              f"p95/floor p95 = {figures['p95'] / figures['floor_p95']:.1f}x ({len(questions)} questions)")
        return figures
    finally:
        if chroma is not None:
            chroma.terminate()
            chroma.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--stores", nargs="+", default=["embedded", "server"], choices=["embedded", "server"])
    parser.add_argument("--questions", type=int, default=100)
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()

    from retrieval.embeddings import load_embedder
    from settings import Settings

    real = load_embedder(Settings())
    reusing = ReusingEmbedder(real)  # shared by every run: a chunk is embedded once in the whole benchmark
    questions = questions_for(0, args.questions)
    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    print(f"machine: {os.cpu_count()} CPUs, {os.uname().machine}; corpora DERIVED from ../shared/corpus; "
          "each distinct chunk embedded once and its vector REUSED across derived pages")
    results: dict[tuple[str, int], dict] = {}
    try:
        for store in args.stores:
            for pages in args.pages:
                print(f"{store} store, {pages} pages:")
                results[store, pages] = run(pages, store, reusing, questions, work)
        smallest, largest = min(args.pages), max(args.pages)
        for store in args.stores:
            if smallest != largest and (store, largest) in results:
                a, b = results[store, smallest], results[store, largest]
                print(f"growth {smallest}->{largest} pages ({store}): answer p50 x{b['p50'] / a['p50']:.2f}, "
                      f"p95 x{b['p95'] / a['p95']:.2f}; floor p50 x{b['floor_p50'] / a['floor_p50']:.2f}; "
                      f"serve start-up x{b['serve_start_s'] / a['serve_start_s']:.2f}, "
                      f"RSS x{b['serve_rss_mb'] / a['serve_rss_mb']:.2f}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
