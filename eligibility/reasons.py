"""The reason of each rule outcome, in the asker's language, from the one message catalogue."""

from __future__ import annotations

from knowledge.messages import LANGUAGES, has, label, message

__all__ = ["LANGUAGES", "country_name", "reason", "type_name", "type_names"]


def type_name(code: str, language: str) -> str:
    """The applicant type's name in ``language`` (the code itself when unknown)."""
    return message(language, f"applicant.{code}") if has(f"applicant.{code}") else code


def type_names(codes: list[str], language: str) -> str:
    """'kommune eller region': the types joined with the language's 'or'."""
    names = [type_name(c, language) for c in codes]
    return f" {message(language, 'word.or')} ".join(names)


def country_name(code: str, language: str) -> str:
    return message(language, f"country.{code}") if has(f"country.{code}") else code


def reason(key: str, language: str, **values: object) -> str:
    """The reason for outcome ``key`` ("deadline.open") in ``language``, filled with ``values``."""
    return label(message(language, f"reason.{key}", **values))
