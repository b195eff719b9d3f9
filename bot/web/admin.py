"""The directorate's dashboard at /admin, behind GRANTBOT_ADMIN_TOKEN: summary JSON and CSV export."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import hmac
import io
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from bot.web.context import WebContext
from bot.web.pages import page

COOKIE = "grantbot_admin"
EXPORT_FIELDS = ["answer_id", "asked_at", "channel", "language", "intent", "grant_id", "answered",
                 "not_helpful", "escalated", "question", "answer", "comment"]


def cookie_value(token: str) -> str:
    """What the session cookie holds: derived from the token, so changing the token logs everyone out."""
    return hmac.new(token.encode(), b"grantbot-admin-session", hashlib.sha256).hexdigest()


def admin_guard(token: str | None):
    """The dependency that lets only a signed-in admin through (403 while the dashboard is off)."""

    def require_admin(request: Request) -> None:
        if not token:
            raise HTTPException(403, "The dashboard is off: set GRANTBOT_ADMIN_TOKEN to turn it on")
        if not is_admin(request, token):
            raise HTTPException(401, "Sign in at /admin with the admin token")

    return require_admin


def is_admin(request: Request, token: str | None) -> bool:
    """True for a request carrying the admin token (Bearer header) or the session cookie made from it."""
    if not token:
        return False
    bearer = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
    if bearer and hmac.compare_digest(bearer, token):
        return True
    return hmac.compare_digest(request.cookies.get(COOKIE, ""), cookie_value(token))


def csv_safe(value: object) -> object:
    """Cells that a spreadsheet would run as a formula are prefixed with a quote (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def to_csv(rows) -> str:
    """The export rows as CSV text with a header line."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: csv_safe(v) for k, v in row.items()})
    return out.getvalue()


def build_admin_router(ctx: WebContext) -> APIRouter:
    """Routes /admin, /admin/login, /admin/logout, /admin/api/summary and /admin/export.csv."""
    router = APIRouter(include_in_schema=False)
    token = ctx.settings.admin_token
    require_admin = admin_guard(token)

    @router.get("/admin")
    def admin(request: Request) -> Response:
        return page("admin.html" if is_admin(request, token) else "login.html")

    @router.post("/admin/login")
    async def login(request: Request) -> RedirectResponse:
        # Guessing the token is limited like asking questions, per client address.
        client = request.client.host if request.client else "unknown"
        if ctx.limiter.retry_after(f"login:{client}") is not None:
            raise HTTPException(429, "Too many sign-in attempts; wait a minute")
        form = parse_qs((await request.body()).decode("utf-8", "replace"))
        given = (form.get("token") or [""])[0]
        if not token or not hmac.compare_digest(given, token):
            return RedirectResponse("/admin?failed=1", status_code=303)
        response = RedirectResponse("/admin", status_code=303)
        response.set_cookie(COOKIE, cookie_value(token), httponly=True, samesite="strict", path="/admin",
                            secure=request.url.scheme == "https", max_age=8 * 3600)
        return response

    @router.post("/admin/logout")
    def logout() -> RedirectResponse:
        response = RedirectResponse("/admin", status_code=303)
        response.delete_cookie(COOKIE, path="/admin")
        return response

    @router.get("/admin/api/summary", dependencies=[Depends(require_admin)])
    def summary() -> dict:
        ctx.purge_expired()
        titles = {g.id: g.title for g in ctx.services.grants()}
        data = ctx.dashboard.summary(titles, dt.date.today())
        return {**data, "retention_days": ctx.settings.retention_days}

    @router.get("/admin/export.csv", dependencies=[Depends(require_admin)])
    def export() -> Response:
        body = to_csv(ctx.dashboard.export_rows())
        return Response(body, media_type="text/csv; charset=utf-8",
                        headers={"content-disposition": 'attachment; filename="grantbot-questions.csv"'})

    return router
