"""Answering a yes/no question about a kind of applicant: Ja / Nei / Det går ikke fram first, then the evidence."""

from __future__ import annotations

from bot.composers import Context, Reply, pointer
from bot.phrases import applicant_names, join_list, say
from bot.seams import Checker
from eligibility import Profile
from eligibility.yes_no import asked_parties, decide
from knowledge.sentences import split_sentences


def compose_yes_no(ctx: Context, services: Checker) -> Reply | None:
    """The deterministic yes or no for the kinds the question names; None when it names none."""
    types, partners = asked_parties(ctx.question)
    if not types:
        return None
    profile = Profile(applicant_type=types[0], partners=partners or None)
    result = services.check(ctx.record.id, profile, ctx.today, language=ctx.language)
    sentences = [s.text for s in split_sentences(ctx.document.text)]
    finding = decide(result, types, partners, sentences)
    names = applicant_names(ctx.language)
    allowed = list(dict.fromkeys(a.code for a in ctx.record.applicant_types))
    # "disse kan søke: –" says nothing: a page that names no applicant gets its own sentence.
    phrase = "unclear_none_named" if finding.phrase == "unclear_applicants" and not allowed else finding.phrase
    line = say(
        ctx.language,
        phrase,
        types=join_list([names[c] for c in finding.types], ctx.language),
        partners=join_list([names[c] for c in finding.partners], ctx.language),
        allowed=join_list([names[c] for c in allowed], ctx.language) or "–",
    )
    reply = Reply(lines=[line])
    reply.lines += [f"«{q}» {ctx.cites.cite(q)}" for q in finding.quotes]
    reply.facts.applicant_types = allowed
    reply.answered = finding.verdict != "unclear" or bool(finding.quotes)
    if not reply.answered:
        pointer(ctx, reply)  # who can say what the announcement does not
    return reply
