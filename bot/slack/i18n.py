"""The bot's own words in Slack, from the one message catalogue (knowledge/messages.py)."""

from __future__ import annotations

from knowledge.messages import has, label, message

# The word after the slash command that opens the self-check, and the language it implies.
CHECK_WORDS = {"check": "en", "sjekk": "nb", "kolla": "sv", "tjek": "da"}


def phrase(language: str | None, key: str, **values: object) -> str:
    """The Slack phrase ``key`` (``slack.<key>``) in ``language`` (or its nearest fallback), filled with ``values``."""
    return message(language, f"slack.{key}", **values)


def rule_label(language: str | None, rule_id: str) -> str:
    """A caseworker's name for an eligibility rule kind (``deadline`` → ``Frist``); unknown kinds as they are."""
    return message(language, f"rule.{rule_id}") if has(f"rule.{rule_id}") else rule_id


def applicant_label(language: str | None, code: str) -> str:
    """A human name for an applicant type code, as a label ("Kommune")."""
    return label(message(language, f"applicant.{code}")) if has(f"applicant.{code}") else code
