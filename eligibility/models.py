"""Profiles and check results (CONTRACT ``check``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, field_validator

from knowledge.models import APPLICANT_TYPES

Outcome = Literal["pass", "fail", "unknown"]
Verdict = Literal["eligible", "not_eligible", "undetermined"]
PROFILE_FIELDS = (
    "applicant_type",
    "country",
    "municipality",
    "population",
    "partners",
    "requested_amount",
    "co_funding",
)


def _known_code(code: str) -> str:
    if code not in APPLICANT_TYPES:
        raise ValueError(f"unknown applicant type {code!r}; use one of: {', '.join(APPLICANT_TYPES)}")
    return code


class Profile(BaseModel):
    """What the applicant told us; a field left None is unknown, never assumed."""

    applicant_type: str | None = None
    country: Literal["NO", "SE", "DK"] | None = None
    municipality: str | None = None
    population: int | None = Field(default=None, ge=0)
    partners: list[str] | None = None  # [] means "no partners"; None means unknown
    requested_amount: float | None = Field(default=None, ge=0)
    co_funding: float | None = Field(
        default=None, ge=0, le=1
    )  # share of the costs the applicant funds itself

    @field_validator("applicant_type")
    @classmethod
    def _applicant_type(cls, v: str | None) -> str | None:
        return None if v is None else _known_code(v)

    @field_validator("partners")
    @classmethod
    def _partners(cls, v: list[str] | None) -> list[str] | None:
        return None if v is None else [_known_code(c) for c in v]


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
