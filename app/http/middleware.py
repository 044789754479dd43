"""What every request goes through before any route sees it (pure ASGI, outermost first):

1. `EdgeMiddleware`: the request id (`X-Request-ID`: a sane incoming one is kept, otherwise
   one is made), security headers on every response, one JSON access-log line per request,
   and the last-resort 500 problem for an exception nothing else handled (logged without a
   trace; the client gets no detail).
2. `InputGuardMiddleware`: the URL must be valid UTF-8 once percent-decoded and hold no NUL
   character (no database stores one in text); otherwise a 400 problem naming the part.
3. `RateLimitMiddleware`: 429 + Retry-After for writes and failed authentication
   (`app.http.ratelimit`).
4. `BodyGuardMiddleware`: a request body must be JSON (415 otherwise), at most
   MAX_BODY_BYTES (413, before it is read when Content-Length says so), UTF-8, no deeper than
   MAX_JSON_DEPTH and free of lone surrogate escapes (400); checked before FastAPI parses it.

Write routes added later get all of this without doing anything.
"""

import base64
import hashlib
import logging
import math
import re
import time
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import unquote_to_bytes

from starlette.requests import Request
from starlette.responses import JSONResponse

from app.core.config import get_settings
from app.core.errors import (
    INTERNAL_DETAIL,
    AppError,
    BadRequest,
    ContentTooLarge,
    FieldProblem,
    TooManyRequests,
    UnsupportedMediaType,
    error_response,
)
from app.http.logs import request_id_var
from app.http.ratelimit import limits

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

access_log = logging.getLogger("app.access")
error_log = logging.getLogger("app.errors")

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
REQUEST_ID_HEADER = "X-Request-ID"
_SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:\-]{1,128}")

# An API answers JSON: nothing may run, frame or be loaded from it. /docs and /redoc set a
# policy of their own (see `docs_csp`).
API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
]
HSTS = (b"strict-transport-security", b"max-age=31536000; includeSubDomains")

JSON_MEDIA_TYPE = re.compile(r"application/(?:[\w.+-]+\+)?json", re.I)
_JSON_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.S)
_ESCAPE = re.compile(rb"\\(?:u([0-9a-fA-F]{4})|.)", re.S)
_NUL = "\x00"
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


def docs_csp(html: str) -> str:
    """A policy for the Swagger UI / ReDoc pages: assets from this service only, the page's
    own inline scripts allowed by hash (no 'unsafe-inline' for scripts), inline styles and
    data: images (both UIs use them), blob: workers (ReDoc's search)."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
        for s in _INLINE_SCRIPT.findall(html)
    )
    return (
        f"default-src 'self'; script-src 'self' {hashes}; ".replace("  ", " ")
        + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        "connect-src 'self'; worker-src 'self' blob:; child-src 'self' blob:; "
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
    )


def client_ip(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope.get("headers") or []:
        if key.lower() == name:
            return bytes(value)
    return None


async def _send_problem(
    scope: Scope,
    receive: Receive,
    send: Send,
    error: AppError,
) -> None:
    """The problem of `error`, its status, title and type read off its class (app.core.errors)."""
    response: JSONResponse = error_response(Request(scope), error)
    await response(scope, receive, send)


class HttpMiddleware:
    """Pure ASGI middleware of HTTP requests: `handle` gets those `applies` accepts; the rest
    (lifespan, websockets, the methods it does not concern) pass through untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    def applies(self, scope: Scope) -> bool:
        return True

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.applies(scope):
            await self.app(scope, receive, send)
            return
        await self.handle(scope, receive, send)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        raise NotImplementedError


class EdgeMiddleware(HttpMiddleware):
    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        incoming = _header(scope, b"x-request-id")
        text = incoming.decode("latin-1") if incoming else ""
        request_id = text if _SANE_REQUEST_ID.fullmatch(text) else uuid.uuid4().hex
        token = request_id_var.set(request_id)
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = 0
        https = scope.get("scheme") == "https"

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers") or [])
                present = {k.lower() for k, _ in headers}
                headers.append((b"x-request-id", request_id.encode()))
                headers += [h for h in SECURITY_HEADERS if h[0] not in present]
                if b"content-security-policy" not in present:
                    headers.append((b"content-security-policy", API_CSP.encode()))
                if https:
                    headers.append(HSTS)
                if status >= 400 and b"cache-control" not in present:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as exc:
            error_log.error(
                "unhandled error on %s %s", scope.get("method"), scope.get("path"), exc_info=exc
            )
            if status == 0:
                status = 500
                await _send_problem(
                    scope,
                    receive,
                    send_with_headers,
                    AppError(INTERNAL_DETAIL),
                )
        finally:
            access_log.info(
                "%s %s %s",
                scope.get("method"),
                scope.get("path"),
                status,
                extra={
                    "method": scope.get("method"),
                    "path": scope.get("path"),
                    "status": status,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    "client": client_ip(scope),
                },
            )
            request_id_var.reset(token)


def _url_problem(raw_path: bytes, query: bytes) -> tuple[str, str] | None:
    """(field, reason) for the first part of the URL that is not clean text, or None."""
    for segment in raw_path.split(b"/"):
        problem = _text_problem(unquote_to_bytes(segment))
        if problem:
            shown = segment.decode("latin-1")[:60]
            return "path", f"segment '{shown}' {problem}"
    for pair in query.split(b"&"):
        if not pair:
            continue
        raw_name, _, raw_value = pair.partition(b"=")
        name = unquote_to_bytes(raw_name.replace(b"+", b" "))
        problem = _text_problem(name)
        if problem:
            return "query", f"a parameter name {problem}"
        problem = _text_problem(unquote_to_bytes(raw_value.replace(b"+", b" ")))
        if problem:
            return f"query.{name.decode()}", problem
    return None


def _text_problem(raw: bytes) -> str | None:
    try:
        text = raw.decode("utf-8")  # strict: invalid bytes and encoded surrogates fail
    except UnicodeDecodeError:
        return "is not valid UTF-8 once percent-decoded"
    if _NUL in text:
        return "contains a NUL character"
    return None


class InputGuardMiddleware(HttpMiddleware):
    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw_path = scope.get("raw_path") or scope["path"].encode("utf-8", "surrogateescape")
        found = _url_problem(raw_path.split(b"?", 1)[0], scope.get("query_string") or b"")
        if found:
            field, reason = found
            await _send_problem(
                scope,
                receive,
                send,
                BadRequest(
                    f"Malformed {field}: {reason}.",
                    errors=[FieldProblem(field=field, reason=reason)],
                ),
            )
            return
        await self.app(scope, receive, send)


class RateLimitMiddleware(HttpMiddleware):
    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        ip = client_ip(scope)
        counts = limits()
        has_credentials = _header(scope, b"authorization") is not None
        wait = 0.0
        what = ""
        if has_credentials:
            wait = await counts.call(counts.auth_failures.retry_after, ip)
            what = "failed authentication attempts"
        if not wait and scope["method"] not in SAFE_METHODS and scope["path"].startswith("/api/"):
            wait, what = await counts.call(counts.writes.hit, ip), "writes"
        if wait:
            seconds = max(1, math.ceil(wait))
            await _send_problem(
                scope,
                receive,
                send,
                TooManyRequests(
                    f"Too many {what} from this client; retry in {seconds} s.",
                    headers={"Retry-After": str(seconds)},
                ),
            )
            return

        async def watch(message: Message) -> None:
            start = message["type"] == "http.response.start"
            if start and message["status"] == 401 and has_credentials:
                await counts.call(counts.auth_failures.hit, ip)
            await send(message)

        await self.app(scope, receive, watch)


def body_limit(path: str) -> int:
    """The body size limit for a path: MAX_BODY_BYTES, or MAX_IMPORT_BYTES for the import."""
    settings = get_settings()
    if path.rstrip("/").endswith("/import"):
        return max(settings.max_import_bytes, settings.max_body_bytes)
    return settings.max_body_bytes


def json_depth(body: bytes) -> int:
    depth = deepest = 0
    for match in _JSON_TOKENS.finditer(body):
        token = match.group()
        if token in (b"[", b"{"):
            depth += 1
            deepest = max(deepest, depth)
        elif token in (b"]", b"}"):
            depth -= 1
    return deepest


def escape_problem(body: bytes) -> str | None:
    """`\\u0000` (NUL) or a `\\uD800`-`\\uDFFF` escape that is not half of a pair: JSON
    allows both, no database stores either in text."""
    pending_high_end = -1  # where a high surrogate escape ended, awaiting its low half
    for match in _ESCAPE.finditer(body):
        code = int(match.group(1), 16) if match.group(1) else None
        if pending_high_end >= 0:
            if code is None or not 0xDC00 <= code <= 0xDFFF or match.start() != pending_high_end:
                return "contains a lone UTF-16 surrogate escape"
            pending_high_end = -1
            continue
        if code is None:
            continue
        if code == 0:
            return "contains a NUL character"
        if 0xD800 <= code <= 0xDBFF:
            pending_high_end = match.end()
        elif 0xDC00 <= code <= 0xDFFF:
            return "contains a lone UTF-16 surrogate escape"
    return "contains a lone UTF-16 surrogate escape" if pending_high_end >= 0 else None


def _declared_length(scope: Scope) -> int | None:
    value = _header(scope, b"content-length")
    try:
        return None if value is None else int(value)
    except ValueError:
        return None


class _TooLarge(Exception):
    pass


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole body, or None if the client disconnected; _TooLarge past `limit` bytes."""
    chunks: list[bytes] = []
    size = 0
    more = True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _TooLarge
        chunks.append(chunk)
        more = message.get("more_body", False)
    return b"".join(chunks)


class BodyGuardMiddleware(HttpMiddleware):
    def applies(self, scope: Scope) -> bool:
        return scope["method"] not in SAFE_METHODS  # a body to check

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = body_limit(scope["path"])
        declared = _declared_length(scope)
        chunked = b"chunked" in (_header(scope, b"transfer-encoding") or b"").lower()
        if declared is not None and declared > limit:
            await self._too_large(scope, receive, send, limit)
            return
        if not declared and not chunked:
            await self.app(scope, receive, send)  # no body: nothing to check
            return
        content_type = (_header(scope, b"content-type") or b"").decode("latin-1")
        media_type = content_type.split(";", 1)[0].strip()
        if not JSON_MEDIA_TYPE.fullmatch(media_type):
            await _send_problem(
                scope,
                receive,
                send,
                UnsupportedMediaType(
                    f"Request bodies must be JSON (application/json), not "
                    f"'{media_type[:80] or 'none'}'.",
                    errors=[
                        FieldProblem(field="header.content-type", reason="must be application/json")
                    ],
                ),
            )
            return
        try:
            body = await _read_body(receive, limit)
        except _TooLarge:
            await self._too_large(scope, receive, send, limit)
            return
        if body is None:
            return  # the client left
        reason = self._body_problem(body)
        if reason:
            await _send_problem(
                scope,
                receive,
                send,
                BadRequest(
                    f"Malformed body: {reason}.", errors=[FieldProblem(field="body", reason=reason)]
                ),
            )
            return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    @staticmethod
    def _body_problem(body: bytes) -> str | None:
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return "not valid UTF-8"
        if b"\x00" in body:
            return "contains a NUL character"
        max_depth = get_settings().max_json_depth
        if json_depth(body) > max_depth:
            return f"JSON nested deeper than {max_depth} levels"
        return escape_problem(body)

    @staticmethod
    async def _too_large(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        await _send_problem(
            scope,
            receive,
            send,
            ContentTooLarge(
                f"The request body is larger than {limit} bytes.",
                errors=[FieldProblem(field="body", reason=f"at most {limit} bytes")],
                headers={"Connection": "close"},
            ),
        )


class HeadMiddleware(HttpMiddleware):
    """HEAD is GET without the body (RFC 9110 9.3.2), on every GET route: API, docs pages, CSV
    and NDJSON alike, with GET's status and headers (ETag, Content-Length, X-Total-Count, Link)
    and GET's 304 for a matching If-None-Match. Superset and link checkers probe with HEAD.

    The app below sees a GET; uvicorn, which still holds the HEAD request, writes no body
    either. Routes without GET answer 405 as they would to a GET."""

    def applies(self, scope: Scope) -> bool:
        return bool(scope["method"] == "HEAD")

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def send_headers_only(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                await send(message)
            elif message["type"] == "http.response.body" and not started:
                # One empty body message ends the response; the rest of a stream is dropped.
                started = True
                await send({"type": "http.response.body", "body": b"", "more_body": False})

        await self.app({**scope, "method": "GET"}, receive, send_headers_only)


def install_middleware(app: Any) -> None:
    """Outermost last: Edge wraps InputGuard wraps RateLimit wraps Head wraps BodyGuard, which
    wraps the response cache and the app; CORS, installed after, wraps them all."""
    from app.http.ratelimit import reset_limits

    reset_limits()
    app.add_middleware(BodyGuardMiddleware)
    app.add_middleware(HeadMiddleware)
    app.add_middleware(RateLimitMiddleware)
    app.add_middleware(InputGuardMiddleware)
    app.add_middleware(EdgeMiddleware)
