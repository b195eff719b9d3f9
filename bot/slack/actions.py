"""The answer's buttons: feedback, escalation to a caseworker, and the verbatim quotes."""

from __future__ import annotations

import logging
import re

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.answers import SlackBot
from bot.slack.blocks import (
    ALTERNATIVE,
    ESCALATE,
    HELPFUL,
    NOT_HELPFUL,
    QUOTES,
    contacts_text,
    escalation_blocks,
    quotes_view,
)
from bot.slack.i18n import phrase
from bot.slack.text import channel_ref, escape, mention
from bot.slack.threads import PostedAnswer


def _clicked(body: dict) -> tuple[str, str, str]:
    """(action id, answer id, user id) of a button click."""
    action = body["actions"][0]
    return action["action_id"], action.get("value", ""), body["user"]["id"]


def permalink(client: WebClient, posted: PostedAnswer, logger: logging.Logger) -> str | None:
    """A link to the asker's thread; None (logged) when Slack will not give one."""
    if not posted.thread_ts:
        return None
    try:
        return client.chat_getPermalink(channel=posted.channel, message_ts=posted.thread_ts).get("permalink")
    except SlackApiError:
        logger.warning("No permalink for %s/%s", posted.channel, posted.thread_ts, exc_info=True)
        return None


def grant_contacts(bot: SlackBot, posted: PostedAnswer) -> list[dict]:
    """The contacts the announcement names: from the answer's facts, else from the grant's record."""
    ans = posted.answer
    if ans.facts.contacts or ans.grant is None:
        return ans.facts.contacts
    catalogue = bot.services.catalogue  # one lookup, not a scan of every grant
    return catalogue.get(ans.grant.id).contract_contacts() if ans.grant.id in catalogue else []


def escalation_reply(bot: SlackBot, posted: PostedAnswer, user: str, delivered: bool = True) -> str:
    """Who will follow up (or that nobody was told), plus the announcement's contact when it names one."""
    lang, target = posted.answer.language, bot.settings.slack_escalation_channel
    where = channel_ref(target) or escape(f"#{(target or '').lstrip('#')}")
    key = "escalated" if target and delivered else "escalation_failed" if target else "escalated_no_channel"
    text = phrase(lang, key, user=mention(user), channel=where)
    if contacts := contacts_text(grant_contacts(bot, posted)):
        text += "\n" + phrase(lang, "contact_offer", contacts=contacts)
    return text


def register(app: App, bot: SlackBot) -> None:
    """Listen to the buttons under every answer."""

    def acknowledge(ack: Ack) -> None:
        ack()

    def record_feedback(body: dict, respond) -> None:
        action_id, answer_id, _ = _clicked(body)
        bot.log.log_feedback(answer_id, helpful=action_id == HELPFUL)
        posted = bot.threads.posted(answer_id)
        language = posted.answer.language if posted else None
        thanks = "thanks" if action_id == HELPFUL else "thanks_not_helpful"
        respond(text=phrase(language, thanks), response_type="ephemeral", replace_original=False)

    def escalate(body: dict, client, respond, logger) -> None:
        _, answer_id, user = _clicked(body)
        posted = bot.threads.posted(answer_id)
        if posted is None:
            respond(text=phrase(None, "unknown_answer"), response_type="ephemeral", replace_original=False)
            return
        # Two clicks (or a click and Slack's retry of it, on any process) escalate once.
        with bot.seen.handling(f"escalation:{answer_id}") as mine:
            if not mine:
                respond(text=phrase(posted.answer.language, "already_escalated"), response_type="ephemeral",
                        replace_original=False)
                return
            escalate_once(posted, answer_id, user, client, respond, logger)

    def escalate_once(posted: PostedAnswer, answer_id: str, user: str, client, respond, logger) -> None:
        link = permalink(client, posted, logger)
        bot.log.log_escalation(answer_id, "slack", note=link or posted.channel)
        reply = escalation_reply(bot, posted, user)
        if target := bot.settings.slack_escalation_channel:
            try:
                client.chat_postMessage(channel=target, text=escape(posted.answer.question), unfurl_links=False,
                                        blocks=escalation_blocks(posted.answer, user, link))
            except SlackApiError:  # e.g. the bot was not invited there: the asker must not think it worked
                logger.exception("Could not post the escalation to %s", target)
                reply = escalation_reply(bot, posted, user, delivered=False)
        if posted.thread_ts:
            client.chat_postMessage(channel=posted.channel, thread_ts=posted.thread_ts, text=reply)
        else:
            respond(text=reply, response_type="ephemeral", replace_original=False)

    def show_quotes(ack: Ack, body: dict, client, respond) -> None:
        ack()
        posted = bot.threads.posted(_clicked(body)[1])
        if posted is None:
            respond(text=phrase(None, "unknown_answer"), response_type="ephemeral", replace_original=False)
        else:  # views.open needs the trigger id within 3 seconds: no lazy thread here
            client.views_open(trigger_id=body["trigger_id"], view=quotes_view(posted.answer))

    def ask_alternative(body: dict, client, respond, logger) -> None:
        _, value, user = _clicked(body)
        answer_id, _, grant_id = value.partition("|")
        posted = bot.threads.posted(answer_id)
        if posted is None or not grant_id:
            respond(text=phrase(None, "unknown_answer"), response_type="ephemeral", replace_original=False)
            return
        bot.answer_alternative(client, respond, posted, grant_id, user, logger)

    app.action(re.compile(rf"^{ALTERNATIVE}_\d+$"))(ack=acknowledge, lazy=[ask_alternative])
    app.action(HELPFUL)(ack=acknowledge, lazy=[record_feedback])
    app.action(NOT_HELPFUL)(ack=acknowledge, lazy=[record_feedback])
    app.action(ESCALATE)(ack=acknowledge, lazy=[escalate])
    app.action(QUOTES)(show_quotes)
