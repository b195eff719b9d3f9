"""One writer per home: `ingest`, `refresh` and the server's scheduled refresh take this lock.

An embedded Chroma store is one SQLite file plus index files that two writing processes would
corrupt, and the lexical index is saved as whole folders that two writers would overwrite. So every
command that writes takes an exclusive lock on ``$GRANTBOT_HOME/write.lock`` for as long as it
writes; a second writer is refused at once with a message naming the first. Readers (a running
`grantbot serve` answering questions) take no lock: they notice what a writer finished
(``index.written``, the catalogue folder's mtime) and reload it, see retrieval/index.py.

fcntl.flock is used rather than a lock-file library: the kernel drops the lock when its holder
dies, so a killed ingest never leaves a stale lock behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from knowledge.errors import GrantbotError


class HomeBusy(GrantbotError):
    """Another process is writing to this home."""


@contextlib.contextmanager
def write_lock(home: Path, what: str | None = None) -> Iterator[None]:
    """Hold the home's write lock; HomeBusy, naming the holder, when another process has it."""
    home = Path(home)
    home.mkdir(parents=True, exist_ok=True)
    path = home / "write.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise HomeBusy(_busy_message(path)) from None
        holder = {"pid": os.getpid(), "what": what or " ".join(["grantbot", *sys.argv[1:2]]),
                  "since": dt.datetime.now().isoformat(timespec="seconds")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(holder).encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _busy_message(path: Path) -> str:
    try:
        holder = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, json.JSONDecodeError):
        holder = {}
    who = f"{holder.get('what', 'another grantbot process')} (pid {holder.get('pid', '?')}, since {holder.get('since', '?')})"
    return (f"{path.parent} is being written by {who}; only one process may write a home at a time: "
            "run this again when it has finished")
