"""`/tilskudd <question>` answers where only the asker sees it; `/tilskudd sjekk` runs the self-check."""

from __future__ import annotations

import json

from slack_requests import ASKER


def _view(call) -> dict:
    view = call.params["view"]
    return json.loads(view) if isinstance(view, str) else view


def _pick(value: str) -> dict:
    return {"value": {"type": "static_select", "selected_option": {"value": value}}}


def _typed(value: str | None, kind: str = "plain_text_input") -> dict:
    return {"value": {"type": kind, "value": value}}


def _partners(*codes: str) -> dict:
    return {"value": {"type": "multi_static_select", "selected_options": [{"value": c} for c in codes]}}


def test_a_question_after_the_command_is_answered_ephemerally(slack, slack_api):
    response = slack.command("Når er fristen for kulturmidler?")

    assert response.status_code == 200
    [reply] = slack_api.wait_for("/commands/T0TEST/1/hook")
    assert reply.params["response_type"] == "ephemeral"
    assert "Søknadsfristen er 1. mars 2027 [1]" in json.dumps(reply.params["blocks"], ensure_ascii=False)
    assert slack_api.calls_to("chat.postMessage") == []


def test_the_command_alone_explains_itself(slack):
    response = slack.command("")

    assert response.status_code == 200
    assert "/tilskudd check" in response.text


def test_sjekk_opens_the_self_check_modal_with_the_grants(slack, slack_api):
    slack.command("sjekk")

    [opened] = slack_api.wait_for("views.open")
    view = _view(opened)
    assert opened.params["trigger_id"] == "trigger.1"
    assert view["title"]["text"] == "Kan vi søke?"
    blocks = {b["block_id"]: b for b in view["blocks"]}
    assert [o["value"] for o in blocks["grant"]["element"]["options"]] == ["folkehalsa-2027", "kulturmidler-2027"]
    assert list(blocks) == ["grant", "applicant_type", "country", "municipality", "population", "partners",
                            "requested_amount"]


def test_check_and_kolla_open_the_same_modal_in_english_and_swedish(slack, slack_api):
    slack.command("check")
    slack.command("KOLLA")

    english, swedish = (_view(c) for c in slack_api.wait_for("views.open", count=2))
    assert (english["title"]["text"], swedish["title"]["text"]) == ("Eligibility check", "Kan vi söka?")


def test_submitting_the_modal_posts_the_clause_by_clause_result(slack, slack_api, services):
    slack.command("sjekk")
    view = _view(slack_api.wait_for("views.open")[0])

    response = slack.submit(view, {
        "grant": _pick("kulturmidler-2027"), "applicant_type": _pick("municipality"),
        "municipality": _typed("Bodø"), "population": _typed("52000", "number_input"), "partners": _partners("none"),
    })

    assert response.status_code == 200
    [result] = slack_api.wait_for("chat.postMessage")
    grant_id, profile, language = services.checked[0]
    assert (grant_id, language) == ("kulturmidler-2027", "nb")
    assert profile.model_dump(exclude_none=True) == {
        "applicant_type": "municipality", "municipality": "Bodø", "population": 52000, "partners": []}
    assert result.params["channel"] == ASKER  # the app's DM with the asker: the result stays
    text = json.dumps(result.params["blocks"], ensure_ascii=False)
    assert "Kan ikke søke" in text
    assert ":white_check_mark: *Søkertype*: Kommuner kan søke." in text
    assert ":x: *Innbyggertall*: Mer enn 20 000 innbyggere." in text
    assert ">Kommuner med under 20 000 innbyggere kan søke." in text


def test_fields_left_empty_stay_unknown(slack, slack_api, services):
    slack.command("check")
    view = _view(slack_api.wait_for("views.open")[0])

    slack.submit(view, {"grant": _pick("folkehalsa-2027"), "population": _typed(None, "number_input"),
                        "partners": {"value": {"type": "multi_static_select", "selected_options": []}}})

    slack_api.wait_for("chat.postMessage")
    assert services.checked[0][1].model_dump(exclude_none=True) == {}


def test_no_partners_together_with_partners_is_refused_under_the_field(slack, slack_api, services):
    slack.command("sjekk")
    view = _view(slack_api.wait_for("views.open")[0])

    response = slack.submit(view, {"grant": _pick("kulturmidler-2027"), "partners": _partners("none", "ngo")})

    assert response.json() == {"response_action": "errors",
                               "errors": {"partners": "Velg enten «Ingen partnere» eller partnere."}}
    assert services.checked == []


def test_the_command_is_configurable_with_or_without_its_slash(make_slack, services, monkeypatch, slack_api):
    monkeypatch.setenv("GRANTBOT_SLACK_COMMAND", "bidrag")
    slack = make_slack(services)

    slack.command("kolla", command="/bidrag")

    assert _view(slack_api.wait_for("views.open")[0])["title"]["text"] == "Kan vi söka?"
