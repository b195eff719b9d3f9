"""The one message catalogue: every language says everything, with the same blanks, and one fallback rule."""

from __future__ import annotations

import json

import pytest

from knowledge.messages import LANGUAGES, _own, fallback_chain, message, messages, placeholders

ENGLISH = _own("en")
# The one deliberate gap: the Slack app's nynorsk is partly bokmål, by the fallback rule.
BORROWED_FROM_BOKMAAL = {("nn", "slack.")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_every_message_or_borrows_it_by_the_rule(language):
    missing = {k for k in ENGLISH if k not in _own(language)}
    allowed = {k for k in missing if any(language == lang and k.startswith(p) for lang, p in BORROWED_FROM_BOKMAAL)}
    assert missing == allowed
    assert set(_own(language)) <= set(ENGLISH)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_message_has_the_same_blanks_in_every_language(language):
    different = [k for k, v in _own(language).items() if placeholders(v) != placeholders(ENGLISH[k])]
    assert different == []


def test_the_fallback_rule_is_nynorsk_to_bokmaal_then_english():
    assert fallback_chain("nn") == ("nn", "nb", "en")
    assert fallback_chain("da") == ("da", "en")
    assert fallback_chain("xx") == fallback_chain(None) == ("en",)
    assert message("nn", "slack.pick_grant") == "Velg et tilskudd."
    assert message("nn", "slack.helpful") == "Nyttig"
    assert message("de", "answer.passed") == "The deadline has passed."


def test_an_unknown_key_is_an_error_never_shown_as_itself():
    with pytest.raises(KeyError):
        message("nb", "answer.no_such_thing")


def test_one_name_per_applicant_type_one_and_many():
    assert message("nb", "applicant.municipality") == "kommune"
    assert message("nb", "applicants.municipality") == "kommuner"
    assert set(messages("da", "applicant.")) == set(messages("da", "applicants."))


def test_the_files_are_plain_json_objects_of_strings():
    assert len(LANGUAGES) == 5
    for language in LANGUAGES:
        data = _own(language)
        assert isinstance(data, dict) and all(isinstance(v, str) and v.strip() for v in data.values())
        json.dumps(data)
