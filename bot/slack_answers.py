"""One Slack question becomes one core ``answer()`` call: the thread's session in, Block Kit out, logged."""

from __future__ import annotations

import logging
from collections.abc import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.models import Answer
from bot.question_log import QuestionLog
from bot.sessions import SessionStore
from bot.slack_blocks import answer_blocks
from bot.slack_dedupe import EventDedupe
from bot.slack_i18n import phrase
from bot.slack_text import escape, strip_mentions, truncate
from bot.slack_threads import ThreadMemory, thread_key
from knowledge.settings import Settings


class SlackBot:
    """The Slack channel's state (sessions by thread, posted answers, the log) around the shared core."""

    def __init__(self, settings: Settings, services) -> None:
        self.settings = settings
        self.services = services
        self.sessions = SessionStore(settings.home)
        self.threads = ThreadMemory(settings.home)
        self.seen = EventDedupe(settings.home)
        self.log = QuestionLog(settings)

    def ask(self, question: str, key: str | None, user: str | None) -> Answer:
        """Answer with the conversation's session (its grant) and log the exchange."""
        session = self.sessions.get(key) if key else None
        ans = self.services.answer(question, session=session)
        if key and session is not None:
            session.grant_id = ans.grant.id if ans.grant else session.grant_id
            session.language = ans.language
            self.sessions.put(key, session)
        self.log.log_answer(ans, channel="slack", user_id=user)
        return ans

    def help_text(self, language: str | None = None) -> str:
        return phrase(language, "help", command=self.settings.slack_command)

    def reply_in_thread(self, client: WebClient, event: dict, logger: logging.Logger) -> None:
        """Answer a channel mention or DM in its thread; a failure becomes a polite reply, logged."""
        channel, thread_ts = event["channel"], event.get("thread_ts") or event["ts"]
        # A mention in a followed thread arrives twice (app_mention and message): answer it once.
        if not self.seen.first_delivery(f"message:{channel}:{event['ts']}"):
            return
        question = strip_mentions(event.get("text") or "")
        if not question:
            client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=self.help_text())
            return
        try:
            ans = self.ask(question, thread_key(channel, thread_ts), event.get("user"))
            client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=truncate(escape(ans.answer)),
                                    blocks=answer_blocks(ans), unfurl_links=False)
            self.threads.remember(ans, channel, thread_ts)
        except Exception:
            logger.exception("Answering in thread %s failed", thread_key(channel, thread_ts))
            self.apologise(client, channel, thread_ts, logger)

    def reply_privately(self, respond: Callable[..., object], command: dict, question: str,
                        logger: logging.Logger) -> None:
        """Answer a slash command where only the asker sees it."""
        try:
            ans = self.ask(question, None, command.get("user_id"))
            respond(text=truncate(escape(ans.answer)), blocks=answer_blocks(ans), response_type="ephemeral")
            self.threads.remember(ans, command.get("channel_id") or "", None)
        except Exception:
            logger.exception("Answering %s failed", self.settings.slack_command)
            respond(text=phrase(None, "error"), response_type="ephemeral")

    def apologise(self, client: WebClient, channel: str, thread_ts: str | None, logger: logging.Logger,
                  language: str | None = None) -> None:
        """Tell the thread something went wrong; if even that fails, the log has it."""
        try:
            client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=phrase(language, "error"))
        except SlackApiError:
            logger.exception("Could not apologise in %s", channel)
