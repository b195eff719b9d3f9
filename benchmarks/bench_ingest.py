"""Time and memory of `grantbot ingest` on large files, each run as a fresh process.

Issue 10 reported a 5 MB text file running 14 minutes at 1.2 GB and then failing on Chroma's batch
limit with exit 0. Printed here, each with its floor measured in the same run:

- the 5 MB file: refused at the size cap (GRANTBOT_MAX_DOCUMENT_CHARS) without loading the model;
  its floor is a bare Python process that reads and decodes the same file;
- a document just under the cap: embedded in batches within Chroma's limit (real model);
  its floor is the same process ingesting one bundled announcement;
- the same document again: unchanged, so no model is loaded.

    .venv/bin/python benchmarks/bench_ingest.py [--chars 95000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "knowledge" / "sample" / "000_1de9e93bc0097409.txt"
# Runs the CLI and prints the peak resident memory (kB) of that process on stderr's last line.
RUNNER = ("import resource, sys; from bot.cli.commands import app\n"
          "try:\n    app(sys.argv[1:])\nexcept SystemExit as e:\n    code = e.code\n"
          "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
          "sys.exit(code)\n")
FLOOR = ("import resource, sys; from knowledge.loaders import decode; from pathlib import Path\n"
         "decode(Path(sys.argv[1]).read_bytes())\n"
         "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n")


def timed(code: str, args: list[str], home: Path) -> tuple[float, int, int, str]:
    env = {**os.environ, "GRANTBOT_HOME": str(home), "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - start
    peak_kb = int(done.stderr.strip().splitlines()[-1])
    return seconds, peak_kb // 1024, done.returncode, done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=95_000, help="size of the document under the cap")
    opts = parser.parse_args()
    seed = SEED.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        big = tmp / "five-mb.txt"
        big.write_text(seed * (5_000_000 // len(seed.encode()) + 1), encoding="utf-8")
        under = tmp / "under-cap.txt"
        under.write_text((seed * (opts.chars // len(seed) + 1))[: opts.chars], encoding="utf-8")

        floor = timed(FLOOR, [str(big)], tmp / "h0")
        refused = timed(RUNNER, ["ingest", str(big)], tmp / "h1")
        print(f"5 MB file ({big.stat().st_size / 1e6:.1f} MB): exit {refused[2]}, {refused[0]:.2f} s, "
              f"peak {refused[1]} MB  |  floor (read + decode): {floor[0]:.2f} s, {floor[1]} MB  "
              f"|  ratio {refused[0] / floor[0]:.1f}x time, {refused[1] / floor[1]:.1f}x memory")
        print(f"    {refused[3]}")

        one = timed(RUNNER, ["ingest", str(SEED)], tmp / "h2")
        first = timed(RUNNER, ["ingest", str(under)], tmp / "h3")
        again = timed(RUNNER, ["ingest", str(under)], tmp / "h3")
        print(f"one announcement ({len(seed):,} chars, floor): {one[0]:.1f} s, peak {one[1]} MB")
        print(f"document under the cap ({opts.chars:,} chars): exit {first[2]}, {first[0]:.1f} s, peak {first[1]} MB"
              f"  |  ratio to floor {first[0] / one[0]:.1f}x time, {first[1] / one[1]:.1f}x memory")
        print(f"    {first[3]}")
        print(f"same document again (unchanged, no model): exit {again[2]}, {again[0]:.1f} s, peak {again[1]} MB"
              f"  |  ratio to floor {again[0] / one[0]:.2f}x time")


if __name__ == "__main__":
    main()
