"""A grant's history: what changed between two versions of its announcement, kept under the home.

A refreshed page may move its deadline or raise its amount; the catalogue keeps only the latest
version, so the differences that matter to an applicant are written down as they happen
("deadline 1 March 2024 → 15 March 2024") in ``$GRANTBOT_HOME/history.jsonl``, one line per change.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from knowledge.models import GrantRecord

_MONTHS = ("January February March April May June July August September October November December").split()


def _day(value: str) -> str:
    d = dt.date.fromisoformat(value)
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _listed(values: list[str]) -> str:
    return ", ".join(values) if values else "none"


def changes_between(old: GrantRecord, new: GrantRecord) -> list[str]:
    """The facts that differ between two versions of one grant, each as one short line."""
    out: list[str] = []
    if old.withdrawn and not new.withdrawn:
        out.append("published again")
    if old.title != new.title:
        out.append(f"title “{old.title}” → “{new.title}”")
    before, after = old.deadline_dates(), new.deadline_dates()
    if before != after:
        out.append(f"deadline {_listed([_day(d) for d in before])} → {_listed([_day(d) for d in after])}")
    amounts_before = [a.text for a in old.amounts]
    amounts_after = [a.text for a in new.amounts]
    if sorted(amounts_before) != sorted(amounts_after):
        out.append(f"amounts {_listed(amounts_before)} → {_listed(amounts_after)}")
    if old.applicant_codes() != new.applicant_codes():
        out.append(f"who may apply {_listed(old.applicant_codes())} → {_listed(new.applicant_codes())}")
    contacts_before = [c.name or c.email or c.phone or "" for c in old.contacts]
    contacts_after = [c.name or c.email or c.phone or "" for c in new.contacts]
    if contacts_before != contacts_after:
        out.append(f"contacts {_listed(contacts_before)} → {_listed(contacts_after)}")
    address = [r.application_address.text if r.application_address else "none" for r in (old, new)]
    if address[0] != address[1]:
        out.append(f"application address {address[0]} → {address[1]}")
    if not out and old.content_hash != new.content_hash:
        out.append("text changed")
    return out


class History:
    """The change log of every grant in one home (JSON lines, appended)."""

    def __init__(self, home: Path) -> None:
        self.path = Path(home) / "history.jsonl"

    def record(self, record: GrantRecord, changes: list[str], at: dt.datetime | None = None) -> None:
        entry = {"at": (at or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds"),
                 "grant_id": record.id, "title": record.title, "source": record.source, "changes": changes}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as f:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def entries(self, grant_id: str | None = None, limit: int | None = None) -> list[dict]:
        """Changes, newest first; of one grant when ``grant_id`` is given."""
        if not self.path.is_file():
            return []
        rows = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut short by a crash loses that line only
            if grant_id is None or row.get("grant_id") == grant_id:
                rows.append(row)
        rows.reverse()
        return rows[:limit] if limit else rows
