"""Time `grantbot check` as a fresh process (target: under 1 s, no embedding model loaded).

Builds a throwaway GRANTBOT_HOME from the bundled samples (catalogue + rule files, no index),
then runs the check N times through the real `grantbot` entry point, and once more through a
bare Typer app holding only the `check` command, to tell our cost from other CLI plug-ins'.

    .venv/bin/python benchmarks/bench_check.py [-n 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "knowledge" / "sample"
ARGS = [
    "--grant",
    "001-1a68e8f698feec8c",
    "--applicant-type",
    "municipality",
    "--country",
    "SE",
    "--population",
    "275000",
    "--partner",
    "region",
    "--today",
    "2009-03-01",
    "--json",
]
BARE = (
    "import typer, sys; from bot.cli.check import register; app = typer.Typer(); app.callback()(lambda: None); "
    "register(app); "
    "app(['check'] + sys.argv[1:])"
)


def build_home(home: Path) -> None:
    """Catalogue and rule files for the bundled samples, as ingest would leave them."""
    from eligibility.rules_store import write_rules
    from knowledge.catalogue import Catalogue
    from knowledge.documents import build_document
    from knowledge.extract import extract_record
    from knowledge.loaders import load_file

    catalogue = Catalogue(home)
    for path in sorted(SAMPLES.glob("*.txt")):
        doc = build_document(load_file(path))
        record = extract_record(doc)
        catalogue.put(record, doc)
        write_rules(home, record, doc)


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_runs(cmd: list[str], env: dict, n: int) -> tuple[list[float], float]:
    """Wall-clock seconds of ``n`` fresh runs of ``cmd`` and their mean CPU seconds (wall time
    suffers on a shared, loaded machine; CPU time does not)."""
    times, cpu_before = [], _cpu()
    for _ in range(n):
        started = time.perf_counter()
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
        times.append(time.perf_counter() - started)
        if proc.returncode != 0:
            sys.exit(f"{cmd[0]} failed: {proc.stderr.strip()}")
    return times, (_cpu() - cpu_before) / n


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=5)
    n = parser.parse_args().n
    home = Path(tempfile.mkdtemp(prefix="grantbot-bench-"))
    build_home(home)
    env = dict(os.environ, GRANTBOT_HOME=str(home), HF_HUB_OFFLINE="1")
    grantbot = str(Path(sys.executable).parent / "grantbot")
    for label, cmd in (
        ("grantbot check", [grantbot, "check", *ARGS]),
        ("check command alone", [sys.executable, "-c", BARE, *ARGS]),
    ):
        t, cpu = time_runs(cmd, env, n)
        print(
            f"{label:<20} wall median {statistics.median(t):.2f} s, max {max(t):.2f} s; CPU {cpu:.2f} s; {n} fresh runs"
        )
    probe = "import sys, bot.cli.commands; print('torch' in sys.modules, 'retrieval' in sys.modules)"
    loaded = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True
    ).stdout.split()
    print(
        f"torch imported by the CLI: {loaded[0] if loaded else '?'}; retrieval imported: {loaded[1:] or '?'}"
    )


if __name__ == "__main__":
    main()
