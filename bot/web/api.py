"""The HTTP API of CONTRACT.md: thin translations between JSON and ``answer()`` / ``check()``."""

from __future__ import annotations

import functools

import anyio
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse

from bot.models import Answer
from bot.web.context import WebContext
from bot.web.grants import GrantFilters, grant_rows
from bot.web.models import ERROR_RESPONSES, AskRequest, CheckRequest, FeedbackRequest
from eligibility.models import CheckResult


def build_api_router(ctx: WebContext) -> APIRouter:
    """Routes /api/ask, /api/grants, /api/check, /api/feedback and /healthz over ``ctx``."""
    router = APIRouter(tags=["api"], responses=ERROR_RESPONSES)

    # A few questions answered at once, the others queued in the order they came (settings.answer_threads);
    # checks and grant lists do not queue behind them.
    answering = anyio.CapacityLimiter(ctx.settings.answer_threads)

    @router.post("/api/ask", response_model=Answer)
    async def ask(body: AskRequest, request: Request) -> Answer:
        """Answer one question with citations; ``session_id`` keeps follow-ups in context."""
        client = request.client.host if request.client else "unknown"
        return await anyio.to_thread.run_sync(functools.partial(answer_one, body, client), limiter=answering)

    def answer_one(body: AskRequest, client: str) -> Answer:
        # The rate limit is counted in the answering thread: as a dependency of its own it took a second
        # hand-off to a thread per question. Before answering, one transaction reads the conversation and
        # counts the limit; after, one writes the conversation and the log (see Database.begin).
        key = f"web:{body.session_id}" if body.session_id else None
        with ctx.db.begin() as con:
            session = ctx.sessions.get(key, con) if key else None
            wait = ctx.limiter.retry_after(client, con)
        if wait is not None:
            raise HTTPException(429, "Too many questions; wait a minute and ask again",
                                headers={"Retry-After": str(max(1, round(wait)))})
        answer = ctx.services.answer(body.question, today=body.today, session=session, grant_id=body.grant_id)
        with ctx.db.begin() as con:
            if key and session is not None:
                ctx.sessions.put(key, session, con)
            ctx.log.log_answer(answer, channel="web", user_id=body.session_id, con=con)
        return answer

    @router.get("/api/grants")
    def grants(query: GrantFilters) -> list[dict]:
        """The grant catalogue (CONTRACT grants records, plus ``deadline_status`` and ``max_amount``);
        with filters, the grants that pass them, best first (the order of a discover answer)."""
        return grant_rows(query.select(ctx.services), query.today)

    @router.post("/api/check", response_model=CheckResult)
    def check(body: CheckRequest) -> CheckResult:
        """The deterministic eligibility check of one grant for one profile."""
        return ctx.services.check(body.grant_id, body.profile.to_profile(), today=body.today,
                                  language=body.language)

    @router.post("/api/feedback")
    def give_feedback(body: FeedbackRequest) -> dict:
        """Record Helpful / Not helpful (with an optional comment) for an earlier answer."""
        if not ctx.log.has_answer(body.answer_id):
            raise HTTPException(404, f"No answer with id {body.answer_id!r}")
        comment = body.comment.strip() if body.comment else None
        ctx.log.log_feedback(body.answer_id, body.helpful, comment or None)
        return {"ok": True}

    @router.get("/healthz")
    def healthz() -> JSONResponse:
        """200 when grants are loaded and questions can be answered."""
        count = len(ctx.services.catalogue)  # not grants(): that sorts every record, per probe
        if not count:
            return JSONResponse({"status": "empty", "error": "No grants yet: run `grantbot ingest --sample`"},
                                status_code=503)
        return JSONResponse({"status": "ok", "grants": count})

    return router
