"""Answering "can we apply?" in the conversation with the deterministic check."""

from __future__ import annotations

from bot.composers import Context, Reply, compose_deadline
from eligibility.models import Profile


def compose_eligibility(ctx: Context, services) -> Reply:
    """Run the check with what the question states; fall back to the deadline answer for now."""
    result = services.check(ctx.record.id, Profile(), ctx.today, language=ctx.language)
    reply = compose_deadline(ctx)
    reply.lines.append(f"({result.verdict})")
    return reply
