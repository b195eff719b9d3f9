"""Named points between the writes of an ingest, where a test can have the process kill itself.

An ingest writes four stores (vectors, the BM25 files, rule files, the catalogue) that must agree
however it ends. ``arm(n)`` makes the n-th point reached send SIGKILL to this process, which is the
one way to test "killed between any two writes" deterministically; unarmed, a point costs a check.
"""

from __future__ import annotations

import os
import signal

_armed: int | None = None
_passed: list[str] = []


def arm(n: int | None) -> None:
    """Kill this process (SIGKILL) at the ``n``-th crash point from now; None disarms."""
    global _armed
    _armed = n
    _passed.clear()


def passed() -> list[str]:
    """The names of the points passed since ``arm`` (to count them in a run that is not killed)."""
    return list(_passed)


def crash_point(name: str) -> None:
    """Die here if this is the armed point."""
    if _armed is None:
        return
    _passed.append(name)
    if len(_passed) == _armed:
        os.kill(os.getpid(), signal.SIGKILL)
