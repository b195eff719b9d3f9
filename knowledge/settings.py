"""The settings' old address, kept only for bot/question_log.py, bot/sessions.py and bot/slack_dedupe.py
while they are reworked for PostgreSQL: they import it from here. Everything else imports the top-level
``settings`` module (an import contract keeps it that way); delete this file once those three move."""

from settings import Settings

__all__ = ["Settings"]
