"""The one core: ``answer(question)`` → a cited answer in the asker's language (CONTRACT ``ask``)."""

from __future__ import annotations

import datetime as dt
import time
import uuid

from bot.citations import Citations
from bot.composers import COMPOSERS, Context, Reply, about_line
from bot.discover_reply import compose_discover
from bot.eligibility_reply import compose_eligibility
from bot.grant_resolution import PASSAGES, Resolution, resolve_grant
from bot.intents import classify_intent, is_yes_no
from bot.models import Answer, GrantRef, Session
from bot.own_share_reply import asks_own_share, compose_own_share
from bot.phrases import say
from bot.seams import Core
from bot.yes_no_reply import compose_yes_no
from eligibility import profile_from_text
from knowledge.errors import BadInput, EmptyCatalogue
from knowledge.language import detect_language


def validate_question(question: object, max_chars: int) -> str:
    """The question stripped; BadInput when it is empty, not text, or too long."""
    if not isinstance(question, str):
        raise BadInput("The question must be text")
    text = question.strip()
    if not text:
        raise BadInput("The question is empty")
    if len(text) > max_chars:
        raise BadInput(f"The question is too long ({len(text)} characters; at most {max_chars})")
    return text


def answer(
    question: str, today: dt.date | None = None, session: Session | None = None, *, services: Core,
    grant_id: str | None = None,
) -> Answer:
    """Answer one question from the ingested announcements; ``session`` keeps the grant for follow-ups,
    ``grant_id`` asks about that announcement (an alternative the asker picked)."""
    text = validate_question(question, services.settings.max_question_chars)
    index = services.index  # loading the model is not part of the answer's latency
    started = time.perf_counter()
    today = today or dt.date.today()
    language = detect_language(text)
    intent = _continued(classify_intent(text), text, session)
    if not len(services.catalogue):
        raise EmptyCatalogue()
    if intent == "discover":
        if grant_id is None:
            return _discover_answer(text, language, today, services, session, started)
        intent = "overview"  # "Ask about it" on one of the listed grants
    if grant_id is not None:
        services.catalogue.get(grant_id)  # UnknownGrant for an id that is not ours
        found = Resolution(grant_id, 1.0, index.search(text, k=PASSAGES, grant_id=grant_id))
    else:
        if session is not None and session.grant_id and _withdrawn(services, session.grant_id):
            session.grant_id = None  # a follow-up does not stay on an announcement taken down meanwhile
        found = resolve_grant(index, text, session, services.catalogue, intent, lambda gid: _text_of(services, gid))
    if found.unnamed:
        titles = [f"• {services.catalogue.get(gid).title}" for gid in found.alternatives]
        reply, grant, cites = Reply(lines=[say(language, "which_grant"), *titles], answered=False), None, None
    elif found.grant_id is None:
        reply, grant, cites = Reply(lines=[say(language, "off_topic")], answered=False), None, None
        intent = "other"  # about none of our grants, whatever it asked
    else:
        record = services.catalogue.get(found.grant_id)
        document = services.catalogue.document(found.grant_id)
        cites = Citations(record.source, record.title, record.url)
        ctx = Context(text, language, today, record, document, found.passages, cites)
        reply = _compose(intent, ctx, services, session)
        reply.lines.insert(0, about_line(record, language))
        if record.withdrawn:  # asked about by its id (a link or button made before it was taken down)
            reply.lines.insert(1, say(language, "withdrawn"))
        grant = _ref(services, record.id)
    if session is not None:
        session.grant_id = grant.id if grant else session.grant_id
        session.language = language
        session.last_intent = intent
    return Answer(
        answer_id=uuid.uuid4().hex,
        question=text,
        language=language,
        intent=intent,
        answered=reply.answered,
        answer="\n".join(reply.lines),
        grant=grant,
        facts=reply.facts,
        citations=cites.items if cites else [],
        confidence=round(found.confidence if reply.answered else min(found.confidence, 0.5), 3),
        latency_ms=round((time.perf_counter() - started) * 1000, 2),
        deadline_status=reply.deadline_status,
        check=reply.check,
        alternatives=[_ref(services, gid) for gid in found.alternatives] if grant or found.unnamed else [],
    )


def _discover_answer(
    text: str, language: str, today: dt.date, services: Core, session: Session | None, started: float
) -> Answer:
    """"Which grants …?": a list over the catalogue (bot/discover_reply.py); no single grant is meant."""
    reply = compose_discover(text, language, today, services)
    if session is not None:
        session.language, session.last_intent = language, "discover"
    return Answer(
        answer_id=uuid.uuid4().hex, question=text, language=language, intent="discover",
        answered=reply.answered, answer="\n".join(reply.lines), grant=None, citations=reply.citations,
        confidence=1.0 if reply.answered else 0.5, latency_ms=round((time.perf_counter() - started) * 1000, 2),
        grants=reply.grants, filters=reply.filters.query(today),
    )


def _ref(services: Core, grant_id: str) -> GrantRef:
    record = services.catalogue.get(grant_id)
    return GrantRef(
        id=record.id, title=record.title, source=record.source, issuer=record.issuer, year=record.year(), url=record.url
    )


def _withdrawn(services: Core, grant_id: str) -> bool:
    return grant_id in services.catalogue and services.catalogue.get(grant_id).withdrawn


def _text_of(services: Core, grant_id: str) -> str:
    document = services.catalogue.document(grant_id)
    return f"{document.title}\n{document.url or ''}\n{document.text}"


def _continued(intent: str, text: str, session: Session | None) -> str:
    """A reply to the check's "what kind of applicant are you?" ("Vi er en kommune") continues the check."""
    if session and session.last_intent == "eligibility" and intent in ("other", "overview"):
        return "eligibility" if profile_from_text(text) else intent
    return intent


def _compose(intent: str, ctx: Context, services: Core, session: Session | None) -> Reply:
    if intent == "eligibility":
        return compose_eligibility(ctx, services, session)
    if intent == "applicants" and is_yes_no(ctx.question) and (reply := compose_yes_no(ctx, services)):
        return reply
    if intent == "amount" and asks_own_share(ctx):
        return compose_own_share(ctx, services)
    return COMPOSERS[intent](ctx)
