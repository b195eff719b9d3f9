"""The slash command: `/tilskudd <question>` answers ephemerally, `/tilskudd sjekk` opens the self-check,
`/tilskudd varsle <filters>` subscribes the channel to the weekly digest (bot/slack/digest.py)."""

from __future__ import annotations

import datetime as dt
import json

from slack_bolt import Ack, App

from bot.slack.answers import SlackBot
from bot.slack.blocks import check_result_blocks
from bot.slack.digest import DigestStore, digest_request, subscribe_from_command
from bot.slack.i18n import CHECK_WORDS, phrase
from bot.slack.modal import CHECK_CALLBACK, check_modal, read_submission
from bot.slack.text import question_text
from knowledge.errors import GrantbotError


def check_language(text: str) -> str | None:
    """The language implied by a check keyword (`sjekk` → nb), or None when the text is a question."""
    words = text.strip().lower().split()
    return CHECK_WORDS.get(words[0]) if len(words) == 1 else None


def register(app: App, bot: SlackBot) -> None:
    """Listen to the configured command and the self-check modal's submission."""

    def open_check_or_ack(ack: Ack, command: dict, client, logger) -> None:
        text = command.get("text") or ""
        if digest_request(text):  # `/tilskudd varsle <filters>`: quick, so answered in the ack itself
            ack(text=subscribe_from_command(DigestStore(bot.settings.home), bot.services,
                                            command.get("channel_id") or "", text, dt.date.today()))
            return
        language = check_language(text)
        if language is None:
            if text.strip():
                ack()  # the answer follows lazily
            else:
                ack(text=bot.help_text())
            return
        grants = bot.services.grants()
        if not grants:
            ack(text=phrase(language, "no_grants"))
            return
        ack()
        # views.open needs the trigger id within 3 seconds, so it cannot wait for a lazy thread.
        view = check_modal(grants, language, {"language": language, "channel": command.get("channel_id")})
        client.views_open(trigger_id=command["trigger_id"], view=view)

    def answer_command(command: dict, respond, logger) -> None:
        text = question_text(command.get("text") or "")
        if text and check_language(text) is None and not digest_request(command.get("text") or ""):
            bot.reply_privately(respond, command, text, logger)

    def validate_check(ack: Ack, view: dict) -> None:
        _, _, errors = read_submission(view)
        if errors:
            ack(response_action="errors", errors=errors)
        else:
            ack()

    def post_check(body: dict, view: dict, client, logger) -> None:
        grant_id, profile, errors = read_submission(view)
        user = body["user"]["id"]
        language = json.loads(view.get("private_metadata") or "{}").get("language", "en")
        if errors:
            return
        try:
            result = bot.services.check(grant_id, profile, language=language)
            # Posting to the user id lands in the app's DM: the result stays for later, unlike an ephemeral.
            client.chat_postMessage(channel=user, text=phrase(language, result.verdict),
                                    blocks=check_result_blocks(result, language))
        except GrantbotError as err:  # e.g. a grant removed since the modal opened
            logger.warning("Self-check of %s refused: %s", grant_id, err, exc_info=True)
            bot.apologise(client, user, None, logger, reason=str(err))
        except Exception:
            logger.exception("Self-check of %s failed", grant_id)
            bot.apologise(client, user, None, logger, language)

    app.command(bot.command)(ack=open_check_or_ack, lazy=[answer_command])
    app.view(CHECK_CALLBACK)(ack=validate_check, lazy=[post_check])
