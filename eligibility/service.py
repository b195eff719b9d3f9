"""Checking one stored grant: its rule file (or rules derived on the spot) evaluated for a profile."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from eligibility.check import check
from eligibility.derive import derive_rules
from eligibility.models import CheckResult, Profile
from eligibility.rules_store import load_rules, rules_path
from knowledge.models import Document, GrantRecord


def rules_for(home: Path, record: GrantRecord, document: Document | None):
    """The grant's rules: its file when there is one, else derived in memory."""
    path = rules_path(home, record.id)
    return load_rules(path) if path.exists() else derive_rules(record, document)


def check_grant(
    home: Path,
    record: GrantRecord,
    document: Document | None,
    profile: Profile,
    today: dt.date,
    language: str = "en",
) -> CheckResult:
    """Check one grant for ``profile`` on ``today``; raises RuleFileError for an invalid rule file."""
    return check(rules_for(home, record, document), profile, today, language)
