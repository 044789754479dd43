"""RFC 9457 problem details: one error hierarchy, one renderer, used by every route."""

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError
from starlette.exceptions import HTTPException as StarletteHTTPException

logger = logging.getLogger("app.errors")

PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_BASE = "https://coalition-kb.example/problems/"


class FieldProblem(BaseModel):
    field: str = Field(description="Where the bad input is: `query.limit`, `body.end_date`, ...")
    reason: str = Field(description="Why it was refused, in plain words.")


class Problem(BaseModel):
    """An RFC 9457 problem details object."""

    type: str = Field(examples=[TYPE_BASE + "not-found"])
    title: str = Field(examples=["Not found"])
    status: int = Field(examples=[404])
    detail: str = Field(examples=["No mission with slug 'xyz'."])
    instance: str | None = Field(default=None, examples=["/api/v1/missions/xyz"])
    errors: list[FieldProblem] | None = Field(
        default=None, description="One entry per bad field, for validation problems."
    )


class AppError(Exception):
    status = 500
    title = "Internal server error"
    slug = "internal"

    def __init__(
        self,
        detail: str,
        *,
        errors: list[FieldProblem] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors
        self.headers = headers


class BadRequest(AppError):
    status, title, slug = 400, "Bad request", "bad-request"


class NotFound(AppError):
    status, title, slug = 404, "Not found", "not-found"


class MethodNotAllowed(AppError):
    status, title, slug = 405, "Method not allowed", "method-not-allowed"


class NotAcceptable(AppError):
    status, title, slug = 406, "Not acceptable", "not-acceptable"


class Conflict(AppError):
    status, title, slug = 409, "Conflict", "conflict"


class Unprocessable(AppError):
    status, title, slug = 422, "Unprocessable content", "validation"


class RuleViolation(Unprocessable):
    """Well-formed by the OpenAPI schema, refused by a rule the schema cannot state: a
    reference to a record that does not exist, a quote missing from its source's text, an
    unknown ISO code. Its own problem type, so clients (and the fuzzer) can tell it from a
    body that does not match the schema."""

    title, slug = "Rule violation", "rule-violation"


class Unauthorized(AppError):
    status, title, slug = 401, "Unauthorized", "unauthorized"


class Forbidden(AppError):
    status, title, slug = 403, "Forbidden", "forbidden"


class PreconditionFailed(AppError):
    status, title, slug = 412, "Precondition failed", "precondition-failed"


class ContentTooLarge(AppError):
    status, title, slug = 413, "Content too large", "too-large"


class UnsupportedMediaType(AppError):
    status, title, slug = 415, "Unsupported media type", "unsupported-media-type"


class TooManyRequests(AppError):
    status, title, slug = 429, "Too many requests", "rate-limited"


class PreconditionRequired(AppError):
    status, title, slug = 428, "Precondition required", "precondition-required"


class ServiceUnavailable(AppError):
    status, title, slug = 503, "Service unavailable", "unavailable"


INTERNAL_DETAIL = "The server failed to answer this request; it has been logged."


def error_response(request: Request, error: AppError) -> JSONResponse:
    """`error` as a problem: its status, title and type are its class's (written once)."""
    body: dict[str, Any] = {
        "type": TYPE_BASE + error.slug,
        "title": error.title,
        "status": error.status,
        "detail": error.detail,
        "instance": request.url.path,
    }
    if error.errors:
        body["errors"] = [e.model_dump() for e in error.errors]
    return JSONResponse(
        body, status_code=error.status, media_type=PROBLEM_MEDIA_TYPE, headers=error.headers
    )


# Starlette's and FastAPI's own HTTP errors (a 405, a 404 of an unknown path) take the title
# and type of the class of their status.
_HTTP_TITLES = {
    cls.status: (cls.title, cls.slug)
    for cls in (
        BadRequest,
        Unauthorized,
        Forbidden,
        NotFound,
        MethodNotAllowed,
        NotAcceptable,
        Conflict,
        PreconditionFailed,
        ContentTooLarge,
        UnsupportedMediaType,
        PreconditionRequired,
        TooManyRequests,
    )
}


def _location(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc]
    # FastAPI reports a missing JSON body as ("body",) and field paths as ("body", "a", 0).
    # A query parameter is named as the client wrote it: not `query.mission.0` for the first
    # value of a filter that takes several.
    if parts[:1] == ["query"]:
        parts = parts[:2]
    return ".".join(parts) if parts else "request"


async def _app_error(request: Request, exc: AppError) -> JSONResponse:
    return error_response(request, exc)


async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = [
        FieldProblem(field=_location(tuple(e.get("loc", ()))), reason=str(e.get("msg", "")))
        for e in exc.errors()
    ]
    fields = ", ".join(dict.fromkeys(e.field for e in errors))
    return error_response(request, Unprocessable(f"Invalid input: {fields}.", errors=errors))


async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    title, slug = _HTTP_TITLES.get(exc.status_code, ("Error", "error"))
    detail = exc.detail if isinstance(exc.detail, str) else title
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"Nothing is served at {request.url.path}."
    headers = getattr(exc, "headers", None)
    if exc.status_code == 405:
        # Reads and writes of a path live in different routers; Starlette's Allow names
        # only the first route it tried. Name every method the path takes.
        headers = {**(headers or {}), "Allow": ", ".join(_allowed_methods(request))}
    error = AppError(detail, headers=headers)  # of its status, which may have no class here
    error.status, error.title, error.slug = exc.status_code, title, slug
    return error_response(request, error)


async def _stale(request: Request, exc: StaleDataError) -> JSONResponse:
    # The versioned UPDATE/DELETE matched no row: another writer committed first.
    return error_response(
        request,
        PreconditionFailed("The record changed while this request ran; read it again and retry."),
    )


async def _integrity(request: Request, exc: IntegrityError) -> JSONResponse:
    # Writes check keys and references first; what reaches the database is a race with
    # a concurrent write (two creates of one key), so the client may read and retry.
    logger.warning("integrity error on %s %s: %s", request.method, request.url.path, exc.orig)
    return error_response(
        request,
        Conflict("The change conflicts with data written at the same time; read and retry."),
    )


async def _db_unavailable(request: Request, exc: OperationalError) -> JSONResponse:
    # Lost connection, database down, or SQLite locked past its busy timeout; or a read
    # stopped at its deadline (app/core/limits.py).
    if _timed_out(exc):
        return _timeout_response(request)
    logger.warning("database unavailable: %s", type(exc.orig).__name__)
    return error_response(
        request,
        ServiceUnavailable(
            "The database is unavailable; try again shortly.", headers={"Retry-After": "2"}
        ),
    )


async def _db_error(request: Request, exc: DBAPIError) -> JSONResponse:
    if exc.connection_invalidated or _timed_out(exc):
        return await _db_unavailable(request, exc)  # type: ignore[arg-type]
    logger.error("database error on %s %s", request.method, request.url.path, exc_info=exc)
    return _internal(request)


def _timeout_response(request: Request) -> JSONResponse:
    logger.warning("query timeout on %s %s", request.method, request.url.path)
    return error_response(
        request,
        ServiceUnavailable(
            "The query ran past its time limit (QUERY_TIMEOUT_MS) and was stopped; "
            "narrow the request or retry later.",
            headers={"Retry-After": "5"},
        ),
    )


def _timed_out(exc: BaseException) -> bool:
    """The database stopped a statement at its deadline (not: the database is down)."""
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) == "57014":  # PostgreSQL query_canceled
        return True
    return type(orig).__name__ == "OperationalError" and str(orig) == "interrupted"


async def _unhandled(request: Request, exc: Exception) -> JSONResponse:
    logger.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return _internal(request)


# Each exception class and its handler: Starlette picks the closest class in an error's MRO.
_HANDLERS: tuple[tuple[type[Exception], Any], ...] = (
    (AppError, _app_error),
    (RequestValidationError, _validation),
    (StarletteHTTPException, _http),
    (StaleDataError, _stale),
    (IntegrityError, _integrity),
    (OperationalError, _db_unavailable),
    (DBAPIError, _db_error),
    (Exception, _unhandled),
)


def install_error_handlers(app: FastAPI) -> None:
    for exception, handler in _HANDLERS:
        app.add_exception_handler(exception, handler)


def _allowed_methods(request: Request) -> list[str]:
    # The OpenAPI description lists every documented operation of every path, whichever
    # router it lives in (FastAPI's own route tree is not flat and not public API).
    path = request.url.path
    methods: set[str] = set()
    for template, item in request.app.openapi().get("paths", {}).items():
        pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path):
            methods.update(m.upper() for m in item if m in _HTTP_METHODS)
    if "GET" in methods:
        methods.add("HEAD")
    return sorted(methods)


_HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


def _internal(request: Request) -> JSONResponse:
    return error_response(request, AppError(INTERNAL_DETAIL))


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries documenting problem+json errors for a route."""
    descriptions = {
        400: "Unknown query parameter, malformed or foreign cursor.",
        401: "Missing or invalid API key.",
        403: "The key's role may not do this.",
        404: "No record with this key.",
        409: "Conflicts with existing data.",
        412: "The record changed since it was read (stale If-Match).",
        413: "Request body too large.",
        415: "Unsupported content type.",
        422: "A field or parameter is invalid; `errors` names each.",
        428: "If-Match is required.",
        429: "Too many requests.",
        503: "The database is unavailable; retry after `Retry-After` seconds.",
    }
    return {
        s: {
            "model": Problem,
            "description": descriptions.get(s, "Error."),
            "content": {PROBLEM_MEDIA_TYPE: {}},
        }
        for s in statuses
    }
