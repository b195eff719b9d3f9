"""The web pages' words, served from the one message catalogue (no second copy in the browser)."""

from __future__ import annotations

import json
from functools import cache

from knowledge.messages import LANGUAGES, label, messages

# The pages' keys are the catalogue's web.* keys; the shared vocabulary is offered under the names
# the page scripts use ("applicant_ngo", "rule_deadline", "country_NO"), as labels (capitalised),
# and amount roles as the words after an amount ("14 500 000 NOK (total available)").
_SHARED = {"applicant_": "applicant.", "rule_": "rule.", "country_": "country."}
_INLINE = {"role_": "amount_role."}


@cache
def web_messages(language: str) -> dict[str, str]:
    """Every string the pages show, in ``language``, every key filled by the catalogue's fallback rule."""
    table = dict(messages(language, "web."))
    for page_prefix, key_prefix in _SHARED.items():
        for name, value in messages(language, key_prefix).items():
            table[page_prefix + name] = label(value)
    for page_prefix, key_prefix in _INLINE.items():
        for name, value in messages(language, key_prefix).items():
            table[page_prefix + name] = value
    return table


def messages_script(max_question_chars: int) -> str:
    """The script the pages load before their own: every language's strings and the question limit."""
    data = {
        "languages": list(LANGUAGES),
        "messages": {lang: web_messages(lang) for lang in LANGUAGES},
        "limits": {"question_chars": max_question_chars},
    }
    # json.dumps escapes nothing HTML-special, but this is served as its own script file, never inline.
    return "window.GRANTBOT_UI = " + json.dumps(data, ensure_ascii=False) + ";\n"
