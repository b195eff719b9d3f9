"""One composer per intent: the record's facts, cited, in the asker's language."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from bot.citations import Citations
from bot.models import DeadlineStatus, Facts
from bot.phrases import applicant_names, format_date, join_list, role_name, say
from bot.sentence_ranking import best_sentences, content_stems
from eligibility import profile_from_text
from knowledge.addresses import describes_procedure
from knowledge.asked_dates import asked_by_words, asked_deadlines, sections_of
from knowledge.handlers import application_handler
from knowledge.models import AmountFact, ContactFact, Document, GrantRecord


@dataclass
class Context:
    """What a composer needs to write one answer."""

    question: str
    language: str
    today: dt.date
    record: GrantRecord
    document: Document
    passages: list
    cites: Citations


@dataclass
class Reply:
    lines: list[str] = field(default_factory=list)
    answered: bool = True
    facts: Facts = field(default_factory=Facts)
    deadline_status: DeadlineStatus | None = None
    check: dict | None = None


def deadline_status(record: GrantRecord, today: dt.date, days: list[dt.date] | None = None) -> DeadlineStatus | None:
    """Open if any application round (of ``days``, default all) is still open on ``today`` (the deadline
    day itself included)."""
    days = [d.date for d in record.deadlines] if days is None else days
    if not days:
        return None
    upcoming = sorted(d for d in days if d >= today)
    if not upcoming:
        return DeadlineStatus(open=False)
    return DeadlineStatus(open=True, next_deadline=upcoming[0].isoformat(), days_left=(upcoming[0] - today).days)


def about_line(record: GrantRecord, language: str) -> str:
    """The grant an answer is about, first: its title, issuer and year (those the record knows)."""
    known = [str(x) for x in (record.issuer, record.year()) if x]
    details = f" ({', '.join(known)})" if known else ""
    return say(language, "about", title=record.title, details=details)


def _status_line(status: DeadlineStatus, language: str) -> str:
    if not status.open:
        return say(language, "passed")
    if status.days_left == 0:
        return say(language, "today")
    return say(language, "open", days=status.days_left)


def _contact_text(c: ContactFact, ctx: Context) -> str:
    parts = [c.name] if c.name else []
    if c.phone:
        parts.append(f"{say(ctx.language, 'phone')} {c.phone}")
    if c.email:
        parts.append(f"{say(ctx.language, 'email')} {c.email}")
    return ", ".join(parts) + f" {ctx.cites.cite(c.quote)}"


def pointer(ctx: Context, reply: Reply) -> None:
    """Say who can answer what the announcement does not: a named contact, else the issuer."""
    named = [c for c in ctx.record.contacts if c.name and (c.phone or c.email)]
    if named:
        reply.lines.append(say(ctx.language, "ask_contact", who=_contact_text(named[0], ctx)))
        reply.facts.contacts = [{"name": named[0].name, "phone": named[0].phone, "email": named[0].email}]
    elif handler := application_handler(ctx.document.text):
        # Whoever handles the applications answers about them, not necessarily whoever published the page.
        reply.lines.append(say(ctx.language, "ask", who=handler[0]) + f" {ctx.cites.cite(handler[1])}")
    else:
        reply.lines.append(say(ctx.language, "ask", who=ctx.record.issuer or say(ctx.language, "issuer_unknown")))


def not_stated(ctx: Context, key: str) -> Reply:
    """The announcement does not hold the answer: say so, and point to who can answer."""
    reply = Reply(lines=[say(ctx.language, key)], answered=False)
    pointer(ctx, reply)
    return reply


def compose_deadline(ctx: Context) -> Reply:
    reply = Reply()
    by_date = {}
    for d in sorted(ctx.record.deadlines, key=lambda d: d.date):
        by_date.setdefault(d.date, d)
    # a page with several rounds or calls: the one the question names by its time or its own words, else all
    asked = asked_deadlines(ctx.question, list(by_date))
    if len(asked) > 1:  # one deadline is chosen already: its section would not be read
        asked = asked_by_words(ctx.question, sections_of(ctx.document.text, {day: by_date[day].quote for day in asked}))
    by_date = {day: by_date[day] for day in asked}
    if not by_date and ctx.record.deadline_notes:
        # The text says when, but not with a full date: quote it, report no ISO date.
        reply.lines.append(say(ctx.language, "undated_deadline"))
        reply.lines += [f"«{n.quote}» {ctx.cites.cite(n.quote)}" for n in ctx.record.deadline_notes[:3]]
        return reply
    if not by_date:
        return not_stated(ctx, "no_deadline")
    dates = [f"{format_date(day, ctx.language)} {ctx.cites.cite(d.quote)}" for day, d in by_date.items()]
    key = "deadline" if len(dates) == 1 else "deadlines"
    reply.lines.append(say(ctx.language, key, dates=join_list(dates, ctx.language)))
    reply.deadline_status = deadline_status(ctx.record, ctx.today, list(by_date))
    reply.lines.append(_status_line(reply.deadline_status, ctx.language))
    reply.facts.deadlines = [day.isoformat() for day in by_date]
    return reply


def compose_amount(ctx: Context) -> Reply:
    if not ctx.record.amounts:
        return not_stated(ctx, "no_amount")
    reply = Reply()
    chosen = rank_amounts(ctx.question, ctx.record.amounts)[:8]
    reply.lines.append(say(ctx.language, "amounts"))
    # "50-65 %" and "mellom 20.000 og 50.000 kr." are two facts (both values) in one text: shown once.
    reply.lines += dict.fromkeys(
        f"• {_amount_text(a)} ({role_name(ctx.language, a.role)}) {ctx.cites.cite(a.quote)}" for a in chosen
    )
    population = profile_from_text(ctx.question).get("population")
    for rate in (a for a in chosen if a.role == "rate" and population and not _states(a.quote, population)):
        # A worked example, not a new fact: the stated rate times the population the asker gave. When
        # the rate's own sentence works that population out, its sum stands and no arithmetic on the
        # rounded rate may contradict it.
        total = f"{round(rate.value * population):,}".replace(",", " ")
        reply.lines.append(f"{rate.value:g} × {population:,} = {total} {rate.currency}".replace(",", " "))
    reply.facts.amounts = [a.contract() for a in chosen]
    return reply


# A question about a share of the cost wants the percentages; one about what each applicant can get the
# caps and rates; any other amount question the sums on offer. What was applied for, awarded or
# mentioned in passing comes after them.
_ASKS_SHARE = re.compile(
    r"andel|share|proportion|prosent|procent|percent|per cent|%|\brates?\b|\bsats|del av|part of|"
    r"finansier|financ|egenandel|eigenandel|dekke|dekkje|dække|täck|cover",
    re.I,
)
_ASKS_CAP = re.compile(
    r"\b(?:per|pr\.?|hver|kvar|varje|hvert|each|every)\b|\bmaks|\bmax|høyst|høgst|högst|højst|inntil|at most"
    r"|\bup to|\bkan (?:vi|jeg|eg|jag|man|en|ei|et|ett|ein|eit) \w*\s?(?:få|søke|søkje|söka|søge)|can (?:we|i|one) get"
    # "Hur mycket kan ett län med 275 000 invånare få?", "How much can a county get?": one applicant's sum
    r"|\b(?:hvor mye|kor mykje|hur mycket|hvor meget|how much)\b[^?.!]{0,60}\b(?:få|get|receive)\b",
    re.I,
)
_ROLE_ORDER = {
    "plain": ("total", "max_per_applicant", "rate", "share", "awarded", "applied_for", "context"),
    "cap": ("max_per_applicant", "rate", "total", "share", "awarded", "applied_for", "context"),
    "share": ("share", "rate", "max_per_applicant", "total", "awarded", "applied_for", "context"),
}


def rank_amounts(question: str, amounts: list[AmountFact]) -> list[AmountFact]:
    """The amounts that answer ``question`` first, each sum once: those whose role it asks for, then
    those whose sentence shares its words, then by role (offered before applied for, awarded, context)."""
    asks = "share" if _ASKS_SHARE.search(question) else "cap" if _ASKS_CAP.search(question) else "plain"
    order = _ROLE_ORDER[asks]
    q = content_stems(question)
    overlap = [len(q & content_stems(a.quote)) for a in amounts]
    # One line per sum and role, cited to its sentence that best matches the question (a full
    # sentence rather than the headline that repeats it).
    best: dict[tuple, int] = {}
    for i, a in enumerate(amounts):
        k = (a.value, a.currency, a.role)
        j = best.get(k)
        if j is None or (overlap[i], len(a.quote)) > (overlap[j], len(amounts[j].quote)):
            best[k] = i

    def key(i: int) -> tuple:
        a = amounts[i]
        asked = (a.currency == "%") == (asks == "share")
        # What one applicant can get is answered by a cap or a rate, however many words the call's
        # total shares with the question.
        fits = asks != "cap" or a.role in ("max_per_applicant", "rate")
        return (not asked, not fits, -overlap[i], order.index(a.role), i)

    return [amounts[i] for i in sorted(best.values(), key=key)]


def _states(quote: str, number: int) -> bool:
    """True when ``quote`` writes ``number`` ("275 000", "275.000", "275000")."""
    return str(number) in re.sub(r"(?<=\d)[ \u00a0\u202f.](?=\d{3})", "", quote)


def _amount_text(a: AmountFact) -> str:
    return f"{a.text} per {a.per}" if a.per and a.per not in a.text else a.text


def compose_contact(ctx: Context) -> Reply:
    reply = Reply()
    contacts = ctx.record.contacts
    if not contacts:
        # "Who do I ask?" still has an answer when no person is named: the issuer.
        reply.lines.append(say(ctx.language, "no_contact"))
        reply.lines.append(say(ctx.language, "ask", who=ctx.record.issuer or say(ctx.language, "issuer_unknown")))
        return reply
    reply.lines.append(say(ctx.language, "contacts"))
    reply.lines += [f"• {_contact_text(c, ctx)}" for c in contacts]
    reply.facts.contacts = ctx.record.contract_contacts()
    return reply


def compose_applicants(ctx: Context) -> Reply:
    reply = Reply()
    facts = {}
    for a in ctx.record.applicant_types:
        facts.setdefault(a.code, a)
    if not facts:
        return not_stated(ctx, "no_applicants")
    names = applicant_names(ctx.language)
    types = [f"{names[code]} {ctx.cites.cite(a.quote)}" for code, a in facts.items()]
    reply.lines.append(say(ctx.language, "applicants", types=join_list(types, ctx.language)))
    reply.facts.applicant_types = list(facts)
    return reply


def compose_how_to_apply(ctx: Context) -> Reply:
    reply = Reply()
    address = ctx.record.application_address
    if address:
        shown = " ".join(address.text.split())  # postal blocks span lines; the quote stays verbatim
        reply.lines.append(say(ctx.language, "address", address=shown) + f" {ctx.cites.cite(address.quote)}")
        reply.facts.application_address = address.text
    handler = application_handler(ctx.document.text)
    if handler:
        reply.lines.append(say(ctx.language, "handled_by", who=handler[0]) + f" {ctx.cites.cite(handler[1])}")
    # A how-to answer quotes what answers it, never a sentence that merely shares a word with it: one
    # that says how or where to apply, not only that one may ("Nu kan kommuner söka medel …").
    found = best_sentences(ctx.question, ctx.document.text, ctx.passages, limit=4, keep_share=0.5)
    quoted = [s for s in found if describes_procedure(s)][:2]
    if handler and handler[1] in quoted:
        quoted = []  # the sentence naming who handles the applications is the answer; nothing else is appended
    shown = {address.quote if address else None}
    reply.lines += [f"«{s}» {ctx.cites.cite(s)}" for s in quoted if s not in shown]
    if ctx.record.contacts:
        reply.lines.append(say(ctx.language, "contacts"))
        reply.lines += [f"• {_contact_text(c, ctx)}" for c in ctx.record.contacts]
        reply.facts.contacts = ctx.record.contract_contacts()
    if not address and not quoted and not handler:
        reply.answered = False
        reply.lines.append(say(ctx.language, "no_address"))
        pointer(ctx, reply)
    return reply


def compose_passages(ctx: Context) -> Reply:
    """Criteria, purpose and overview questions: the best verbatim sentences, quoted."""
    reply = Reply()
    quoted = best_sentences(ctx.question, ctx.document.text, ctx.passages, limit=3)
    if not quoted:
        return not_stated(ctx, "not_found")
    reply.lines += [f"«{s}» {ctx.cites.cite(s)}" for s in quoted]
    return reply


COMPOSERS = {
    "deadline": compose_deadline,
    "amount": compose_amount,
    "contact": compose_contact,
    "applicants": compose_applicants,
    "how_to_apply": compose_how_to_apply,
    "criteria": compose_passages,
    "overview": compose_passages,
    "other": compose_passages,
}
