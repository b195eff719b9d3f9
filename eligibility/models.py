"""Profiles and check results (CONTRACT ``check``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

Outcome = Literal["pass", "fail", "unknown"]
Verdict = Literal["eligible", "not_eligible", "undetermined"]


class Profile(BaseModel):
    """What the applicant told us; a field left None is unknown, never assumed."""

    applicant_type: str | None = None
    country: str | None = None
    municipality: str | None = None
    population: int | None = None
    partners: list[str] | None = None  # [] means "no partners"; None means unknown
    requested_amount: float | None = None


class RuleResult(BaseModel):
    id: str
    outcome: Outcome
    reason: str
    quote: str | None = None
    source: str | None = None


class CheckResult(BaseModel):
    grant: dict
    verdict: Verdict
    rules: list[RuleResult]
    missing: list[str]
    max_amount: dict | None = None
