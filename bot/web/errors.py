"""Errors translated at the web edge: every failure is a JSON ``{"error": "…"}`` with a 4xx (or 5xx) status."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from knowledge.errors import BadInput, EmptyCatalogue, UnknownGrant

log = logging.getLogger(__name__)


def error_response(status: int, message: str, **extra) -> JSONResponse:
    """The one error body shape of the HTTP API."""
    return JSONResponse({"error": message, **extra}, status_code=status)


def _field(loc: tuple) -> str:
    # FastAPI prefixes body fields with "body"; people know the field by its own name.
    parts = [str(p) for p in loc if p != "body"]
    return ".".join(parts) or "body"


def describe_validation(exc: RequestValidationError) -> tuple[int, str]:
    """A status and one readable line for a request that did not validate."""
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        return 400, "Invalid JSON in the request body"
    first = errors[0] if errors else {"loc": (), "msg": "invalid request"}
    reason = str(first.get("msg", "invalid")).removeprefix("Value error, ")
    message = f"{_field(tuple(first.get('loc', ())))}: {reason}"
    return 422, message


async def _on_validation(request: Request, exc: RequestValidationError) -> JSONResponse:
    status, message = describe_validation(exc)
    return error_response(status, message)


async def _on_http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    response = error_response(exc.status_code, str(exc.detail))
    response.headers.update(exc.headers or {})
    return response


async def _on_unknown_grant(request: Request, exc: UnknownGrant) -> JSONResponse:
    return error_response(404, str(exc))


async def _on_bad_input(request: Request, exc: BadInput) -> JSONResponse:
    return error_response(422, str(exc))


async def _on_empty(request: Request, exc: EmptyCatalogue) -> JSONResponse:
    return error_response(503, str(exc))


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    # A bug, not bad input: keep the traceback in the log, give the client no internals.
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    return error_response(500, "Internal error; it has been logged")


def install_error_handlers(app: FastAPI) -> None:
    """Register the JSON error translations on ``app``."""
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(UnknownGrant, _on_unknown_grant)
    app.add_exception_handler(BadInput, _on_bad_input)
    app.add_exception_handler(EmptyCatalogue, _on_empty)
    app.add_exception_handler(Exception, _on_unexpected)
