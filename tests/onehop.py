"""The test client's transport, one thread hop per request instead of about eight.

Starlette's TestClient runs the app on an event loop in a thread of its own (the portal) and
crosses over to it for every ASGI message: it makes its events and its stream there, starts
the app, waits for the response's start, then fetches each body chunk and closes, each a
`portal.call` (a lock, a wake-up of the loop through its self-pipe, a context switch both
ways): 2.4 ms of CPU per request against 1.6 ms with this transport (docs/testing.md), for
a cached answer or a refusal; the suite sends tens of thousands of requests.

This transport makes one `portal.call`: the whole exchange (request body in, every response
message out) runs on the loop, and the response is handed back whole. What the app sees is
what Starlette's transport gives it: the same scope (client `testclient:50000`, HTTP/1.1, the
lifespan state, the debug and trailers extensions), the body in one `http.request` message,
then `http.disconnect` once the response is complete. What a test sees is the same too:
Starlette's transport also reads a streamed body to its end (a test cannot tell chunks apart),
and app errors are raised or turned into a bodiless 500 as `raise_server_exceptions` says.
WebSockets (no test uses them) go through Starlette's own code.
"""

from typing import Any
from urllib.parse import unquote

import anyio
import httpx
import starlette.testclient
from starlette.types import Message

_Starlette = starlette.testclient._TestClientTransport


class OneHopTransport(_Starlette):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        scheme = request.url.scheme
        if scheme not in ("http", "https"):
            return super().handle_request(request)
        host = request.url.raw_host.decode("ascii")
        port = request.url.port or {"http": 80, "https": 443}[scheme]
        headers = [] if "host" in request.headers else [(b"host", request.url.netloc)]
        headers += [(k.lower().encode(), v.encode()) for k, v in request.headers.multi_items()]
        scope: dict[str, Any] = {
            "type": "http",
            "http_version": "1.1",
            "method": request.method,
            "path": unquote(request.url.path),
            "raw_path": request.url.raw_path.split(b"?", 1)[0],
            "root_path": self.root_path,
            "scheme": scheme,
            "query_string": request.url.query,
            "headers": headers,
            "client": self.client,
            "server": [host, port],
            "extensions": {"http.response.debug": {}, "http.response.trailers": {}},
            "state": self.app_state.copy(),
        }
        body = request.read()
        start: dict[str, Any] = {}
        chunks: list[bytes] = []
        trailers: list[tuple[bytes, bytes]] = []
        debug: dict[str, Any] = {}

        async def exchange() -> BaseException | None:
            complete = anyio.Event()
            received = False

            async def receive() -> Message:
                nonlocal received
                if not received:
                    received = True
                    return {"type": "http.request", "body": body, "more_body": False}
                await complete.wait()
                return {"type": "http.disconnect"}

            async def send(message: Message) -> None:
                kind = message["type"]
                if kind == "http.response.start":
                    assert not start, 'Received multiple "http.response.start" messages.'
                    start.update(message)
                elif kind == "http.response.body":
                    assert start, 'Received "http.response.body" without "http.response.start".'
                    assert not complete.is_set(), 'Received "http.response.body" after the end.'
                    chunks.append(bytes(message.get("body", b"")))
                    if not message.get("more_body", False) and not start.get("trailers"):
                        complete.set()
                elif kind == "http.response.trailers":
                    trailers.extend(message.get("headers", []))
                    if not message.get("more_trailers", False):
                        complete.set()
                elif kind == "http.response.debug":
                    debug.update(message["info"])

            try:
                await self.app(scope, receive, send)
            except Exception as exc:
                return exc
            finally:
                complete.set()
            return None

        with self.portal_factory() as portal:
            error = portal.call(exchange)
        if error is not None and self.raise_server_exceptions:
            raise error
        if not start:
            if self.raise_server_exceptions:
                raise AssertionError("TestClient did not receive any response.")
            return httpx.Response(500, headers=[], stream=httpx.ByteStream(b""), request=request)
        response = httpx.Response(
            start["status"],
            headers=[(k.decode(), v.decode()) for k, v in start.get("headers", [])],
            stream=httpx.ByteStream(b"" if request.method == "HEAD" else b"".join(chunks)),
            request=request,
        )
        if start.get("trailers"):
            response.extensions["http.response.trailers"] = trailers
        if debug:
            response.extensions["http.response.debug"] = debug
            if "template" in debug:
                response.template = debug["template"]  # type: ignore[attr-defined]
            if "context" in debug:
                response.context = debug["context"]  # type: ignore[attr-defined]
        return response


def install() -> None:
    """Every TestClient made from now on uses this transport (it builds Starlette's by name)."""
    starlette.testclient._TestClientTransport = OneHopTransport  # type: ignore[misc]
