"""The eligibility self-check modal: the view we open and the Profile read back from its submission."""

from __future__ import annotations

import json

from bot.slack.i18n import applicant_label, phrase
from eligibility.models import Profile
from knowledge.countries import COUNTRIES
from knowledge.messages import message
from knowledge.models import APPLICANT_TYPES, GrantRecord

CHECK_CALLBACK = "grantbot_check"
NO_PARTNERS = "none"
_MAX_OPTIONS = 100  # Slack's cap on a static select


def _option(text: str, value: str) -> dict:
    return {"text": {"type": "plain_text", "text": text[:75]}, "value": value}


def _input(block_id: str, label: str, element: dict, optional: bool = True) -> dict:
    element = element | {"action_id": "value"}
    return {"type": "input", "block_id": block_id, "optional": optional,
            "label": {"type": "plain_text", "text": label}, "element": element}


def _select(options: list[dict], multi: bool = False) -> dict:
    return {"type": "multi_static_select" if multi else "static_select", "options": options}


def check_modal(grants: list[GrantRecord], language: str, metadata: dict) -> dict:
    """The modal asking for the grant and the applicant's profile; unknown fields may stay empty."""
    say = lambda key: phrase(language, key)  # noqa: E731
    applicants = [_option(applicant_label(language, code), code) for code in APPLICANT_TYPES]
    blocks = [
        _input("grant", say("grant"), _select([_option(g.title, g.id) for g in grants[:_MAX_OPTIONS]]), False),
        _input("applicant_type", say("applicant_type"), _select(applicants)),
        _input("country", say("country"), _select([_option(message(language, f"country.{c}"), c) for c in COUNTRIES])),
        _input("municipality", say("municipality"), {"type": "plain_text_input", "max_length": 100}),
        _input("population", say("population"), {"type": "number_input", "is_decimal_allowed": False,
                                                  "min_value": "0"}),
        _input("partners", say("partners"), _select([_option(say("no_partners"), NO_PARTNERS), *applicants], True)),
        _input("requested_amount", say("requested_amount"), {"type": "number_input", "is_decimal_allowed": True,
                                                             "min_value": "0"}),
    ]
    return {
        "type": "modal", "callback_id": CHECK_CALLBACK, "private_metadata": json.dumps(metadata),
        "title": {"type": "plain_text", "text": say("check_title")[:24]},
        "submit": {"type": "plain_text", "text": say("check_submit")},
        "close": {"type": "plain_text", "text": say("close")},
        "blocks": blocks,
    }


def _value(values: dict, block_id: str) -> str | list[str] | None:
    """What the user chose in one block; None when left empty."""
    state = values.get(block_id, {}).get("value", {})
    if "selected_options" in state:
        return [o["value"] for o in state["selected_options"] or []] or None
    if "selected_option" in state:
        return (state["selected_option"] or {}).get("value")
    return state.get("value") or None


def _number(values: dict, block_id: str, cast: type, errors: dict[str, str]) -> float | int | None:
    """A number field; Slack validates number inputs, but a forged payload gets a field error, not a crash."""
    raw = _value(values, block_id)
    try:
        return None if raw is None else cast(raw)
    except (TypeError, ValueError):
        errors[block_id] = f"Not a number: {str(raw)[:40]}"
        return None


def read_submission(view: dict) -> tuple[str, Profile, dict[str, str]]:
    """The grant id, the profile and any per-block errors (Slack shows those under the field)."""
    values = view.get("state", {}).get("values", {})
    language = json.loads(view.get("private_metadata") or "{}").get("language", "en")
    partners = _value(values, "partners")
    errors: dict[str, str] = {}
    if partners and NO_PARTNERS in partners and len(partners) > 1:
        errors["partners"] = phrase(language, "partners_conflict")
    profile = Profile(
        applicant_type=_value(values, "applicant_type"),
        country=_value(values, "country"),
        municipality=_value(values, "municipality"),
        population=_number(values, "population", int, errors),
        partners=None if partners is None else [p for p in partners if p != NO_PARTNERS],
        requested_amount=_number(values, "requested_amount", float, errors),
    )
    grant_id = str(_value(values, "grant") or "")
    if not grant_id:  # Slack enforces the field; only a forged payload gets here
        errors["grant"] = phrase(language, "pick_grant")
    return grant_id, profile, errors
