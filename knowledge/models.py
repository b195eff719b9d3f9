"""Typed records at the knowledge boundary: documents, facts with their verbatim evidence, grants."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

Language = Literal["nb", "nn", "sv", "da", "en"]
Country = Literal["NO", "SE", "DK"]
Currency = Literal["NOK", "SEK", "DKK", "EUR"]
ApplicantType = Literal[
    "municipality",
    "county_municipality",
    "region",
    "county_administration",
    "hospital_trust",
    "state_agency",
    "ngo",
    "company",
    "research_institution",
    "individual",
]
APPLICANT_TYPES: tuple[str, ...] = ApplicantType.__args__  # type: ignore[attr-defined]
# What an amount is, read from its sentence (CONTRACT extension ``amounts[].role``): the sum the call
# shares out, the most one applicant can get, a rate per unit, a share of costs, what applicants asked
# for, what was handed out, or anything else the text mentions (another year, a wider budget).
AmountRole = Literal["total", "max_per_applicant", "rate", "share", "applied_for", "awarded", "context"]
AMOUNT_ROLES: tuple[str, ...] = AmountRole.__args__  # type: ignore[attr-defined]
# The roles that say what an applicant can get: the ones a "largest amount" or a cap may use.
OFFERED_ROLES = ("total", "max_per_applicant")


class Fact(BaseModel):
    """Something stated in a document, with the verbatim sentence it was read from."""

    quote: str


class DeadlineFact(Fact):
    date: dt.date


class AmountFact(Fact):
    value: float
    currency: Currency | Literal["%"]  # "%": a share of a cost or grant (CONTRACT), never a max_amount
    text: str  # the amount as written, e.g. "to millioner kroner"
    role: AmountRole = "context"
    per: str | None = None  # for rates: the unit, e.g. "länsinvånare" in "1.09 kr per länsinvånare"

    def contract(self) -> dict:
        """The CONTRACT amount, with its role (an extension)."""
        return {"value": self.value, "currency": self.currency, "text": self.text, "role": self.role}


class ContactFact(Fact):
    name: str | None = None
    phone: str | None = None  # E.164
    email: str | None = None


class ApplicantTypeFact(Fact):
    code: ApplicantType


class AddressFact(Fact):
    text: str


class Document(BaseModel):
    """One announcement as loaded and cleaned; ``text`` is made of verbatim spans of the source."""

    source: str  # file name, or URL for web-ingested documents
    path: str | None = None
    title: str
    text: str
    language: Language
    content_hash: str
    url: str | None = None
    issuer: str | None = None
    published: dt.date | None = None


class GrantRecord(BaseModel):
    """The structured facts of one announcement; every fact keeps its quote."""

    id: str
    title: str
    source: str
    language: Language
    country: Country | None = None
    issuer: str | None = None
    published: dt.date | None = None
    deadlines: list[DeadlineFact] = Field(default_factory=list)
    # What the text says about timing without a full date ("Søknadsfrist: 15. april", "hele året").
    deadline_notes: list[Fact] = Field(default_factory=list)
    amounts: list[AmountFact] = Field(default_factory=list)
    applicant_types: list[ApplicantTypeFact] = Field(default_factory=list)
    contacts: list[ContactFact] = Field(default_factory=list)
    application_address: AddressFact | None = None
    urls: list[str] = Field(default_factory=list)
    # The announcement's own address (front matter ``url`` or the fetched URL): never a link that
    # merely appears in its text, which ``urls`` also holds.
    url: str | None = None
    content_hash: str = ""
    # The page answered 404/410 on a refresh: kept (and listed, marked), left out of answers.
    withdrawn: bool = False

    def year(self) -> int | None:
        """The announcement's year: its publication date's, else its latest deadline's; None when neither is stated."""
        if self.published:
            return self.published.year
        return max((d.date.year for d in self.deadlines), default=None)

    def deadline_dates(self) -> list[str]:
        """Distinct application deadlines as sorted ISO dates."""
        return sorted({d.date.isoformat() for d in self.deadlines})

    def applicant_codes(self) -> list[str]:
        """Distinct applicant type codes, in order of first mention."""
        return list(dict.fromkeys(a.code for a in self.applicant_types))

    def contract_amounts(self) -> list[dict]:
        return [a.contract() for a in self.amounts]

    def contract_contacts(self) -> list[dict]:
        return [{"name": c.name, "phone": c.phone, "email": c.email} for c in self.contacts]

    def to_contract(self) -> dict:
        """The CONTRACT ``grants`` record."""
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "language": self.language,
            "country": self.country,
            "issuer": self.issuer,
            "published": self.published.isoformat() if self.published else None,
            "deadlines": self.deadline_dates(),
            "amounts": self.contract_amounts(),
            "applicant_types": self.applicant_codes(),
            "contacts": self.contract_contacts(),
            "application_address": self.application_address.text if self.application_address else None,
            "urls": self.urls,
            "withdrawn": self.withdrawn,
            "url": self.url,
        }
