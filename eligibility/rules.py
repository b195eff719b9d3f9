"""The typed rule kinds: what a grant's YAML rule file may say, each rule with its quote and source."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from knowledge.models import ApplicantType, Country, Currency


class _Rule(BaseModel):
    # extra="forbid" so a misspelt key in a hand-edited file is an error, not silently ignored.
    model_config = ConfigDict(extra="forbid")

    quote: str | None = None  # the verbatim sentence of the announcement the rule rests on
    source: str | None = None


class Round(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date: dt.date
    quote: str | None = None


class DeadlineRule(_Rule):
    """Open while any round's deadline (inclusive) is on or after today; or rolling; or no open call."""

    rule: Literal["deadline"] = "deadline"
    rounds: list[Round] = Field(default_factory=list)
    rolling: bool = False  # applications accepted continuously ("løpende", "löpande")
    open_call: bool = True  # False for award news: nothing is open to apply for


class Allowed(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: ApplicantType
    quote: str | None = None


class ApplicantTypeRule(_Rule):
    """Only these applicant types may apply; an empty list means the text names none."""

    rule: Literal["applicant_type"] = "applicant_type"
    allowed: list[Allowed] = Field(default_factory=list)


class CountryRule(_Rule):
    """Applicants must belong to one of these countries (by default the issuer's)."""

    rule: Literal["country"] = "country"
    countries: list[Country]
    issuer: str | None = None

    @field_validator("countries", mode="before")
    @classmethod
    def _yaml_norway(cls, v):
        # YAML 1.1 reads a bare NO as false; a caseworker writing `countries: [NO]` means Norway.
        return ["NO" if c is False else c for c in v] if isinstance(v, list) else v


class PartnersRule(_Rule):
    """The application must be made together with one of ``any_of``, and/or with enough municipalities."""

    rule: Literal["partners"] = "partners"
    any_of: list[ApplicantType] = Field(default_factory=list)
    min_municipalities: int | None = None


class PopulationRule(_Rule):
    """The applicant's population must lie within the bounds (inclusive)."""

    rule: Literal["population"] = "population"
    min: int | None = None
    max: int | None = None


class MaxAmountRule(_Rule):
    """At most ``value`` per applicant, or ``rate`` times the applicant's population."""

    rule: Literal["max_amount"] = "max_amount"
    currency: Currency
    value: float | None = None
    rate: float | None = None
    per: str | None = None  # the unit of the rate as written, e.g. "länsinvånare"
    # A worked example the text states with the rate ("ett län på 275 000 innevånare kan få 300 000 kr
    # (1.09 kr per länsinvånare)"): it outranks arithmetic on the rounded rate.
    example_population: int | None = None
    example_value: float | None = None


class CoFundingRule(_Rule):
    """The applicant must fund part of the project itself (``min_share`` of the costs when stated)."""

    rule: Literal["co_funding"] = "co_funding"
    min_share: float | None = None


Rule = Annotated[
    DeadlineRule
    | ApplicantTypeRule
    | CountryRule
    | PartnersRule
    | PopulationRule
    | MaxAmountRule
    | CoFundingRule,
    Field(discriminator="rule"),
]


class GrantRules(BaseModel):
    """Everything a grant's rule file holds."""

    model_config = ConfigDict(extra="forbid")

    grant: str
    title: str
    source: str
    language: Literal["nb", "nn", "sv", "da", "en"] = "en"
    locked: bool = False  # a caseworker's "keep my version": re-ingest never overwrites it
    rules: list[Rule] = Field(default_factory=list)

    def of_kind(self, kind: str) -> list:
        """The rules of one kind, in file order."""
        return [r for r in self.rules if r.rule == kind]
