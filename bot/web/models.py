"""Request bodies of the HTTP API: strict pydantic models, so bad input is refused at the boundary."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from eligibility.models import Profile
from knowledge.models import ApplicantType, Country

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
UiLanguage = Literal["nb", "nn", "sv", "da", "en"]


def parse_iso_date(value: object) -> dt.date:
    """A real calendar date written YYYY-MM-DD; anything else is refused with a readable reason."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise ValueError("must be a date written YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value} is not a real date") from None


IsoDate = Annotated[dt.date, BeforeValidator(parse_iso_date)]
SessionId = Annotated[str, Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_-]+$")]


class _Strict(BaseModel):
    # Strict types: "5000" is not a population and "yes" is not a boolean; unknown keys are typos.
    model_config = ConfigDict(extra="forbid", strict=True)


class AskRequest(_Strict):
    question: str = Field(description="The question, in nb, nn, sv, da or en")
    session_id: SessionId | None = Field(None, description="Keeps follow-up questions in one conversation")
    today: IsoDate | None = Field(None, description="Fixes the date used for deadline status")
    grant_id: Annotated[str, Field(min_length=1, max_length=128)] | None = Field(
        None, description="Ask about this announcement (one of an answer's alternatives)"
    )


class ProfileIn(_Strict):
    """The applicant's profile; a key left out is unknown, never assumed."""

    applicant_type: ApplicantType | None = None
    country: Country | None = None
    municipality: Annotated[str, Field(min_length=1, max_length=200)] | None = None
    population: Annotated[int, Field(ge=0, le=100_000_000)] | None = None
    partners: Annotated[list[ApplicantType], Field(max_length=20)] | None = Field(
        None, description="[] means no partners; leaving the key out means unknown"
    )
    requested_amount: Annotated[float, Field(ge=0, le=1e12)] | None = None

    def to_profile(self) -> Profile:
        """The eligibility core's Profile."""
        return Profile(**self.model_dump())


class CheckRequest(_Strict):
    grant_id: Annotated[str, Field(min_length=1, max_length=128)]
    profile: ProfileIn = Field(default_factory=ProfileIn)
    today: IsoDate | None = None
    language: UiLanguage = Field("en", description="Language of the rule reasons")


class FeedbackRequest(_Strict):
    answer_id: Annotated[str, Field(min_length=1, max_length=64)]
    helpful: bool
    comment: Annotated[str, Field(max_length=2000)] | None = None


class ErrorBody(BaseModel):
    """Every error of the HTTP API."""

    error: str = Field(description="What was wrong, in one line, naming the field")


ERROR_RESPONSES = {status: {"model": ErrorBody, "description": text} for status, text in {
    400: "Invalid JSON", 404: "Unknown grant or answer id", 413: "Body too large",
    422: "Wrong type, unknown key, empty or too long question, impossible date",
    429: "Too many questions from this client; see Retry-After",
}.items()}
