"""The one message catalogue: everything grantbot says, in nb, nn, sv, da and en, for every channel.

The text lives in ``knowledge/locales/<language>.json``, one flat file per language, keys named by
where they are used: ``answer.*`` (the core's answers), ``reason.*`` (eligibility reasons),
``applicant.*`` / ``applicants.*`` (an applicant type, one / many), ``country.*``, ``rule.*`` (rule
kinds), ``word.*``, ``slack.*`` (the Slack app's own words) and ``web.*`` (the web pages, served to
them from here by bot/web_pages.py, so the browser holds no second copy).

It lives in ``knowledge`` because eligibility (which must not import ``bot``) and every channel speak
from it; data files rather than code, so a translator edits text, not Python, and the web page gets
the same file's words.

One fallback rule for a key a language lacks: nynorsk falls back to bokmål (every nynorsk reader
reads bokmål: the Slack app's nynorsk is partly bokmål today), every language then to English, and an
unknown language is English. No key ever shows as itself: a key no language has is an error.
"""

from __future__ import annotations

import json
import string
from functools import cache
from pathlib import Path

LANGUAGES = ("nb", "nn", "sv", "da", "en")
DEFAULT = "en"
_PARENT = {"nn": "nb", "nb": "en", "sv": "en", "da": "en"}
_FOLDER = Path(__file__).parent / "locales"


@cache
def _own(language: str) -> dict[str, str]:
    """The messages written for ``language`` itself, without fallbacks."""
    return json.loads((_FOLDER / f"{language}.json").read_text(encoding="utf-8"))


def fallback_chain(language: str | None) -> tuple[str, ...]:
    """The languages a message is looked up in, in order: ``nn`` → ``("nn", "nb", "en")``."""
    lang = language if language in LANGUAGES else DEFAULT
    chain = [lang]
    while chain[-1] in _PARENT:
        chain.append(_PARENT[chain[-1]])
    return tuple(chain)


def text(language: str | None, key: str) -> str:
    """The message ``key`` in ``language`` or its nearest fallback, unfilled."""
    for lang in fallback_chain(language):
        if key in _own(lang):
            return _own(lang)[key]
    raise KeyError(f"no message {key!r} in any language")


def message(language: str | None, key: str, **values: object) -> str:
    """The message ``key`` in ``language`` (or its nearest fallback), filled with ``values``."""
    template = text(language, key)
    return template.format(**values) if values else template


def has(key: str) -> bool:
    """True when some language (and so, by fallback, every language) has ``key``."""
    return any(key in _own(lang) for lang in LANGUAGES)


@cache
def messages(language: str | None, prefix: str = "") -> dict[str, str]:
    """Every message whose key starts with ``prefix`` in ``language``, filled in by fallback, prefix removed."""
    keys = {k for lang in fallback_chain(language) for k in _own(lang) if k.startswith(prefix)}
    return {k[len(prefix):]: text(language, k) for k in sorted(keys)}


def placeholders(template: str) -> set[str]:
    """The ``{names}`` a message expects."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def label(name: str) -> str:
    """A name as a label or sentence start: its first letter upper case ("kommune" → "Kommune")."""
    return name[:1].upper() + name[1:]
