"""Errors of the eligibility layer; messages say what to do next."""

from knowledge.errors import BadInput


class EligibilityError(BadInput):
    """Base of every eligibility error reported to a person (CLI exit 2, HTTP 4xx)."""


class RuleFileError(EligibilityError):
    """A grant's rule file does not validate; the message names the file and the field."""


class BadProfile(EligibilityError):
    """A profile field has a value the check cannot use (e.g. an unknown applicant type code)."""
