"""eligibility: rules as data (one YAML file per grant) and a deterministic, explained check."""

from eligibility.check import check
from eligibility.errors import EligibilityError, RuleFileError
from eligibility.models import CheckResult, Profile, RuleResult
from eligibility.profile_text import profile_from_text
from eligibility.rules_store import remove_rules, write_rules
from eligibility.service import check_grant, rules_for

__all__ = [
    "CheckResult",
    "EligibilityError",
    "Profile",
    "RuleFileError",
    "RuleResult",
    "check",
    "check_grant",
    "rules_for",
    "profile_from_text",
    "remove_rules",
    "write_rules",
]
