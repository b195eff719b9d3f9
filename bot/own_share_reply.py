"""Answering "Må vi ha egenandel?" on a page that states no share: the grant's co-funding rule.

The rule is read from the grant's rule file, the one the self-check evaluates, so a caseworker's
edit (a requirement added, corrected or removed) reaches this answer as it reaches the check.
"""

from __future__ import annotations

import re

from bot.composers import Context, Reply, not_stated
from bot.phrases import say
from bot.seams import Checker
from knowledge.money_words import APPLICANT_OWN

# "Må vi ha egenandel?": the applicant's own part of the costs, not the funder's "medfinansiering".
_ASKS_OWN_SHARE = re.compile(rf"{APPLICANT_OWN}|own share", re.I)


def asks_own_share(ctx: Context) -> bool:
    """An own-share question on a page without a stated share (a stated one answers as an amount)."""
    return bool(_ASKS_OWN_SHARE.search(ctx.question)) and not any(a.currency == "%" for a in ctx.record.amounts)


def compose_own_share(ctx: Context, services: Checker) -> Reply:
    """The sentence the co-funding rule rests on, if the grant has one, else that the announcement
    says nothing of it (the sums it states answer another question)."""
    rule = next((r for r in services.rules(ctx.record.id).of_kind("co_funding") if r.quote), None)
    if rule is None:
        return not_stated(ctx, "no_own_share")
    return Reply(lines=[say(ctx.language, "own_share"), f"• {rule.quote} {ctx.cites.cite(rule.quote)}"])
