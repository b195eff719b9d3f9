"""The CONTRACT ``ask`` answer and the conversation session, as typed models."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Intent = Literal[
    "deadline", "contact", "amount", "applicants", "criteria", "how_to_apply", "eligibility", "overview", "other",
    "discover",  # "which grants …?": a list of grants (``grants``), no single ``grant``
]


class GrantRef(BaseModel):
    id: str
    title: str
    source: str
    issuer: str | None = None
    year: int | None = None
    url: str | None = None  # the announcement's own address, when it has one


class Citation(BaseModel):
    n: int
    source: str
    quote: str  # a verbatim span of the source document
    title: str | None = None
    url: str | None = None


class Facts(BaseModel):
    deadlines: list[str] = Field(default_factory=list)
    amounts: list[dict] = Field(default_factory=list)
    contacts: list[dict] = Field(default_factory=list)
    applicant_types: list[str] = Field(default_factory=list)
    application_address: str | None = None


class DeadlineStatus(BaseModel):
    """Whether the call is open on ``today``: the next open deadline and the days left."""

    open: bool
    next_deadline: str | None = None
    days_left: int | None = None


class Answer(BaseModel):
    answer_id: str
    question: str
    language: str
    intent: Intent
    answered: bool
    answer: str
    grant: GrantRef | None = None
    facts: Facts = Field(default_factory=Facts)
    citations: list[Citation] = Field(default_factory=list)
    confidence: float = 0.0
    latency_ms: float = 0.0
    deadline_status: DeadlineStatus | None = None
    check: dict | None = None  # the eligibility result when the question asked "can we apply?"
    # Announcements that stayed close to the one answered (another year or round of one scheme):
    # the channels offer to ask the same question about them.
    alternatives: list[GrantRef] = Field(default_factory=list)
    # discover: the grants listed, best first ({"id", "title", "source", "deadline_status", "deadlines",
    # "max_amount", "applicant_types"}, see bot.grant_status.grant_summary), and the filters read from the
    # question as the query string of /api/grants, /deadlines.ics and /grants.atom.
    grants: list[dict] | None = None
    filters: str | None = None


class Session(BaseModel):
    """What a conversation remembers between questions (web session or Slack thread)."""

    grant_id: str | None = None
    language: str | None = None
    profile: dict = Field(default_factory=dict)
    last_intent: str | None = None
