"""Slack mrkdwn made safe: escaping of untrusted text and the only ways we build links and mentions."""

from __future__ import annotations

import re

_SAFE_URL = re.compile(r"https?://[^\s<>|]+")
_SLACK_ID = re.compile(r"[A-Z0-9]+")
# Slack rejects section text over 3000 characters; leave room for the ellipsis.
SECTION_LIMIT = 2900


def escape(text: str) -> str:
    """Escape ``& < >`` so document or answer text can never ping (``<!channel>``) or disguise a link."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def link(url: str | None, label: str) -> str:
    """A link when ``url`` is a plain http(s) URL, else the escaped label alone."""
    if url and _SAFE_URL.fullmatch(url):
        return f"<{url}|{escape(label).replace('|', '¦')}>"
    return escape(label)


def mention(user_id: str | None) -> str:
    """``<@U123>`` for a well-formed Slack user id; anything else is dropped, not pasted."""
    return f"<@{user_id}>" if user_id and _SLACK_ID.fullmatch(user_id) else ""


def channel_ref(channel_id: str | None) -> str:
    """``<#C123>`` for a well-formed channel id."""
    return f"<#{channel_id}>" if channel_id and _SLACK_ID.fullmatch(channel_id) else ""


def truncate(text: str, limit: int = SECTION_LIMIT) -> str:
    """Cut ``text`` to Slack's block limits, marking the cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def blockquote(text: str) -> str:
    """Escaped text as a mrkdwn block quote."""
    return "\n".join(f">{line}" for line in escape(text).splitlines() or [""])


def question_text(text: str) -> str:
    """What the person typed: without the ``<@U…>`` that addressed the bot, and Slack's escaping undone."""
    text = re.sub(r"<@[A-Z0-9]+(\|[^>]*)?>", " ", text)
    # Slack sends "F&amp;U"; the core must see "F&U" (&amp; last, so "&amp;lt;" stays "&lt;").
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip()
