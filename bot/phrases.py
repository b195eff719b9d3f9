"""What the bot says in its answers, from the one message catalogue (knowledge/messages.py)."""

from __future__ import annotations

import datetime as dt

from knowledge.date_words import format_date as write_date
from knowledge.messages import message, messages


def say(language: str, key: str, **values: object) -> str:
    """The answer phrase ``key`` (``answer.<key>`` in the catalogue) in ``language``, filled in."""
    return message(language, f"answer.{key}", **values)


def applicant_names(language: str) -> dict[str, str]:
    """Applicant type code → its plural name in ``language`` ("kommuner"), for "Disse kan søke: …"."""
    return messages(language, "applicants.")


def format_date(day: dt.date, language: str) -> str:
    """A date as people write it in ``language`` (bokmål when the language is unknown)."""
    return write_date(day, language, fallback="nb")


def join_list(items: list[str], language: str) -> str:
    """"a, b og c" in the language's own word for "and"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {say(language, 'and')} " + items[-1]


def role_name(language: str, role: str) -> str:
    """What an amount is (knowledge.models.AmountRole), as the answer says it after the amount."""
    return message(language, f"amount_role.{role}")
