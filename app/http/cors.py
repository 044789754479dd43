"""CORS with two lists: origins that may read (any, by default) and origins that may write.

Starlette's CORSMiddleware has one list for every method, so it cannot say "anyone may read,
only the curation front end may write". This one also answers a write that names a foreign
`Origin` with a 403 (a form post needs no preflight, so the browser alone would not stop it),
and it wraps the whole application, server errors included, so every response a browser reads
carries the CORS headers, errors too.
"""

from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.errors import Forbidden, error_response

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
ALLOWED_HEADERS = (
    "Accept",
    "Authorization",
    "Content-Type",
    "If-Match",
    "If-None-Match",
    "If-Modified-Since",
    "X-Request-ID",
)
# Keys travel only as `Authorization: Bearer`: X-API-Key was allowed here once, and a browser
# client sending it got a 401 from a preflight that had said yes.
EXPOSED_HEADERS = (
    "Link",
    "ETag",
    "Last-Modified",
    "X-Total-Count",
    "Location",
    "Retry-After",
    "Content-Disposition",
)
MAX_AGE = "600"


class CORSMiddleware:
    def __init__(self, app: ASGIApp, *, read_origins: list[str], write_origins: list[str]) -> None:
        self.app = app
        self.any_reader = "*" in read_origins
        self.any_writer = "*" in write_origins
        self.readers = frozenset(read_origins)
        self.writers = frozenset(write_origins)
        self.allowed_headers = frozenset(h.lower() for h in ALLOWED_HEADERS)

    def may_read(self, origin: str) -> bool:
        return self.any_reader or origin in self.readers

    def may_write(self, origin: str, headers: Headers) -> bool:
        # The API's own pages (the docs' "try it out") are not cross-origin at all.
        return (
            self.any_writer
            or origin in self.writers
            or urlsplit(origin).netloc == headers.get("host")
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        origin = headers.get("origin")
        if origin is None:
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        if method == "OPTIONS" and "access-control-request-method" in headers:
            await self._preflight(scope, receive, send, origin, headers)
            return
        may_write = self.may_write(origin, headers)
        if method in WRITE_METHODS and not may_write:
            response = error_response(
                Request(scope), Forbidden(f"Writes are not accepted from origin {origin}.")
            )
            self._add_headers(response.headers, origin, reading=True)
            await response(scope, receive, send)
            return
        reading = method not in WRITE_METHODS
        if reading and not self.may_read(origin):
            await self.app(scope, receive, send)
            return
        await self.app(scope, receive, self._sending(send, origin, reading=reading))

    def _sending(self, send: Send, origin: str, *, reading: bool) -> Send:
        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                self._add_headers(MutableHeaders(scope=message), origin, reading=reading)
            await send(message)

        return send_with_cors

    def _add_headers(self, headers: MutableHeaders, origin: str, *, reading: bool) -> None:
        if reading and self.any_reader:
            headers["Access-Control-Allow-Origin"] = "*"
        else:
            headers["Access-Control-Allow-Origin"] = origin
            headers.add_vary_header("Origin")
        headers["Access-Control-Expose-Headers"] = ", ".join(EXPOSED_HEADERS)

    async def _preflight(
        self, scope: Scope, receive: Receive, send: Send, origin: str, headers: Headers
    ) -> None:
        requested = headers["access-control-request-method"].upper()
        may_write = self.may_write(origin, headers)
        allowed = (requested in READ_METHODS and self.may_read(origin)) or (
            requested in WRITE_METHODS and may_write
        )
        asked_headers = {
            h.strip().lower()
            for h in headers.get("access-control-request-headers", "").split(",")
            if h.strip()
        }
        unknown = sorted(asked_headers - self.allowed_headers)
        if not allowed or unknown:
            reason = (
                f"headers not allowed: {', '.join(unknown)}"
                if allowed
                else f"{requested} is not allowed from origin {origin}"
            )
            response = error_response(
                Request(scope), Forbidden(f"CORS preflight refused: {reason}.")
            )
            if self.may_read(origin):
                self._add_headers(response.headers, origin, reading=True)
            await response(scope, receive, send)
            return
        methods = sorted(READ_METHODS | (WRITE_METHODS if may_write else frozenset()))
        ok = Response(status_code=204)
        ok.headers.update(
            {
                "Access-Control-Allow-Origin": origin,
                "Access-Control-Allow-Methods": ", ".join(methods),
                "Access-Control-Allow-Headers": ", ".join(ALLOWED_HEADERS),
                "Access-Control-Max-Age": MAX_AGE,
            }
        )
        ok.headers.add_vary_header("Origin")
        await ok(scope, receive, send)


def install_cors(app: FastAPI, *, read_origins: list[str], write_origins: list[str]) -> None:
    """Outside every other middleware, server errors included (Starlette renders a 500 in its
    outermost layer, which `add_middleware` cannot wrap)."""
    build = app.build_middleware_stack

    def build_with_cors() -> ASGIApp:
        return CORSMiddleware(build(), read_origins=read_origins, write_origins=write_origins)

    app.build_middleware_stack = build_with_cors  # type: ignore[method-assign]
