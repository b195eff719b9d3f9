"""One Slack question becomes one core ``answer()`` call: the thread's session in, Block Kit out, logged."""

from __future__ import annotations

import logging
from collections.abc import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.database import database_for
from bot.models import Answer
from bot.question_log import QuestionLog
from bot.sessions import SessionStore
from bot.slack.blocks import answer_blocks
from bot.slack.dedupe import EventClaims
from bot.slack.i18n import phrase
from bot.slack.text import escape, question_text, truncate
from bot.slack.threads import ThreadMemory, thread_key
from knowledge.errors import GrantbotError
from settings import Settings


class SlackBot:
    """The Slack channel's state (sessions by thread, posted answers, the log) around the shared core."""

    def __init__(self, settings: Settings, services) -> None:
        self.settings = settings
        self.services = services
        db = database_for(settings)
        self.sessions = SessionStore(db)
        self.threads = ThreadMemory(db, settings.retention_days)
        self.seen = EventClaims(db)
        self.log = QuestionLog(settings, db)

    def ask(self, question: str, key: str | None, user: str | None, grant_id: str | None = None) -> Answer:
        """Answer with the conversation's session (its grant) and log the exchange; ``grant_id``
        asks about that announcement (an alternative the asker picked)."""
        session = self.sessions.get(key) if key else None
        # The core moves the session's grant along.
        ans = self.services.answer(question, session=session, grant_id=grant_id)
        with self.log.db.begin() as con:  # the conversation and the log in one transaction (Database.begin)
            if key and session is not None:
                self.sessions.put(key, session, con)
            self.log.log_answer(ans, channel="slack", user_id=user, con=con)
        return ans

    @property
    def command(self) -> str:
        """The slash command, with its slash whether or not the setting has one."""
        return "/" + self.settings.slack_command.lstrip("/")

    def help_text(self, language: str | None = None) -> str:
        return phrase(language, "help", command=self.command)

    def reply_in_thread(self, client: WebClient, event: dict, logger: logging.Logger) -> None:
        """Answer a channel mention or DM in its thread; a failure becomes a polite reply, logged."""
        channel, thread_ts = event["channel"], event.get("thread_ts") or event["ts"]
        # A mention in a followed thread arrives twice (app_mention and message): answer it once. The
        # claim is finished once the thread has its reply; a process dying before that leaves it to expire.
        with self.seen.handling(f"message:{channel}:{event['ts']}") as mine:
            if mine:
                self._answer_in_thread(client, event, channel, thread_ts, logger)

    def _answer_in_thread(self, client: WebClient, event: dict, channel: str, thread_ts: str,
                          logger: logging.Logger) -> None:
        question = question_text(event.get("text") or "")
        if not question:
            client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=self.help_text())
            return
        try:
            ans = self.ask(question, thread_key(channel, thread_ts), event.get("user"))
            # Remembered before posting: a click on the buttons may come before chat.postMessage returns.
            self.threads.remember(ans, channel, thread_ts)
            client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=truncate(escape(ans.answer)),
                                    blocks=answer_blocks(ans, self.settings.public_url), unfurl_links=False)
        except GrantbotError as err:  # the asker (or the admin) can act on these: say what is wrong
            logger.warning("Could not answer in %s: %s", thread_key(channel, thread_ts), err, exc_info=True)
            self.apologise(client, channel, thread_ts, logger, reason=str(err))
        except Exception:
            logger.exception("Answering in thread %s failed", thread_key(channel, thread_ts))
            self.apologise(client, channel, thread_ts, logger)

    def answer_alternative(self, client: WebClient, respond: Callable[..., object], posted, grant_id: str,
                           user: str | None, logger: logging.Logger) -> None:
        """Ask an earlier answer's question again about the announcement the asker picked, where it was asked."""
        question = posted.answer.question
        try:
            if posted.thread_ts is None:  # an answer only the asker saw: so is this one
                ans = self.ask(question, None, user, grant_id=grant_id)
                self.threads.remember(ans, posted.channel, None)
                respond(text=truncate(escape(ans.answer)), blocks=answer_blocks(ans, self.settings.public_url), response_type="ephemeral")
                return
            ans = self.ask(question, thread_key(posted.channel, posted.thread_ts), user, grant_id=grant_id)
            self.threads.remember(ans, posted.channel, posted.thread_ts)
            client.chat_postMessage(channel=posted.channel, thread_ts=posted.thread_ts,
                                    text=truncate(escape(ans.answer)), blocks=answer_blocks(ans, self.settings.public_url), unfurl_links=False)
        except GrantbotError as err:
            logger.warning("Could not answer about %s: %s", grant_id, err, exc_info=True)
            respond(text=escape(str(err)), response_type="ephemeral", replace_original=False)
        except Exception:
            logger.exception("Answering about %s failed", grant_id)
            respond(text=phrase(posted.answer.language, "error"), response_type="ephemeral", replace_original=False)

    def reply_privately(self, respond: Callable[..., object], command: dict, question: str,
                        logger: logging.Logger) -> None:
        """Answer a slash command where only the asker sees it."""
        try:
            ans = self.ask(question, None, command.get("user_id"))
            self.threads.remember(ans, command.get("channel_id") or "", None)
            respond(text=truncate(escape(ans.answer)), blocks=answer_blocks(ans, self.settings.public_url), response_type="ephemeral")
        except GrantbotError as err:
            logger.warning("Could not answer %s: %s", self.command, err, exc_info=True)
            respond(text=escape(str(err)), response_type="ephemeral")
        except Exception:
            logger.exception("Answering %s failed", self.command)
            respond(text=phrase(None, "error"), response_type="ephemeral")

    def apologise(self, client: WebClient, channel: str, thread_ts: str | None, logger: logging.Logger,
                  language: str | None = None, reason: str | None = None) -> None:
        """Tell the thread what went wrong (``reason``) or that something did; if even that fails, log it."""
        text = escape(reason) if reason else phrase(language, "error")
        try:
            client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=text)
        except SlackApiError:
            logger.exception("Could not apologise in %s", channel)
