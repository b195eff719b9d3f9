"""Mentions, direct messages and thread follow-ups: which messages the bot answers, and which it ignores."""

from __future__ import annotations

from slack_bolt import Ack, App

from bot.slack.answers import SlackBot

# Human messages only: edits, deletions, joins and bot posts carry other subtypes (no reply loops).
_HUMAN_SUBTYPES = {None, "thread_broadcast", "file_share"}


def is_from_a_person(event: dict, bot_user_id: str | None) -> bool:
    """True for a new message by a person: not a bot, not us, not an edit."""
    return (
        event.get("subtype") in _HUMAN_SUBTYPES
        and not event.get("bot_id")
        and "edited" not in event
        and event.get("user") is not None
        and event.get("user") != bot_user_id
    )


def wants_an_answer(event: dict, bot: SlackBot) -> bool:
    """DMs always; channel messages only inside a thread the bot already answers in."""
    if event.get("channel_type") == "im":
        return True
    thread_ts = event.get("thread_ts")
    return bool(thread_ts) and thread_ts != event.get("ts") and bot.threads.follows(event["channel"], thread_ts)


def register(app: App, bot: SlackBot) -> None:
    """Listen to app mentions and messages; answers run lazily, after Slack has its 200."""

    def acknowledge(ack: Ack) -> None:
        ack()

    def answer_mention(event: dict, client, context, logger) -> None:
        if is_from_a_person(event, context.bot_user_id):
            bot.reply_in_thread(client, event, logger)

    def answer_message(event: dict, client, context, logger) -> None:
        if is_from_a_person(event, context.bot_user_id) and wants_an_answer(event, bot):
            bot.reply_in_thread(client, event, logger)

    app.event("app_mention")(ack=acknowledge, lazy=[answer_mention])
    app.event("message")(ack=acknowledge, lazy=[answer_message])
