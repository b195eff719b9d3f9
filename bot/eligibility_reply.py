"""Answering "can we apply?" in the conversation with the deterministic check."""

from __future__ import annotations

from bot.composers import Context, Reply, deadline_status
from bot.models import Session
from bot.seams import Checker
from eligibility import Profile, profile_from_text
from eligibility.explain import reply_lines


def compose_eligibility(ctx: Context, services: Checker, session: Session | None) -> Reply:
    """Check the grant with what the question and the session say, and ask for what is missing."""
    known = {**(session.profile if session else {}), **profile_from_text(ctx.question)}
    if session is not None:
        session.profile = known
    result = services.check(ctx.record.id, Profile(**known), ctx.today, language=ctx.language)
    reply = Reply(lines=reply_lines(result, ctx.language))
    quoted = [r for r in result.rules if r.quote and r.outcome != "unknown"]
    reply.lines += [f"{ctx.cites.cite(r.quote)} {r.quote}" for r in quoted]
    reply.facts.deadlines = ctx.record.deadline_dates()
    reply.facts.applicant_types = ctx.record.applicant_codes()
    reply.deadline_status = deadline_status(ctx.record, ctx.today)
    reply.check = result.model_dump(mode="json")
    return reply
