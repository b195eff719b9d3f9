"""The deterministic evaluator (stub until the eligibility issue lands)."""

from __future__ import annotations

import datetime as dt

from eligibility.models import CheckResult, Profile
from knowledge.models import GrantRecord


def check(grant: GrantRecord, profile: Profile, today: dt.date, language: str = "en") -> CheckResult:
    """Evaluate every rule of ``grant`` against ``profile`` on ``today``."""
    return CheckResult(
        grant={"id": grant.id, "title": grant.title, "source": grant.source},
        verdict="undetermined",
        rules=[],
        missing=[],
    )
