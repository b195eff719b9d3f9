"""The grant list as the web shows it: each CONTRACT grants record plus its deadline status."""

from __future__ import annotations

import datetime as dt

from bot.composers import deadline_status
from knowledge.models import GrantRecord


def grant_rows(records: list[GrantRecord], today: dt.date) -> list[dict]:
    """CONTRACT grants records, each with ``deadline_status`` added (extra fields are allowed)."""
    rows = []
    for record in records:
        status = deadline_status(record, today)
        rows.append({**record.to_contract(), "deadline_status": status.model_dump() if status else None})
    return rows
