"""Problem answers as a page for browsers: a problem (RFC 9457) the service answers on a page's
path (`/`, `/kb/...`) to a client that asks for HTML is rendered as the HTML error page, with
the same status, title, detail and the fields at fault. API clients, and any client that does
not ask for HTML, keep the application/problem+json answer unchanged."""

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

PROBLEM = b"application/problem+json"


def is_page(path: str) -> bool:
    return path == "/" or path == "/kb" or path.startswith("/kb/")


def wants_html(headers: list[tuple[bytes, bytes]]) -> bool:
    accept = next((v for k, v in headers if k == b"accept"), b"").decode("latin-1").lower()
    return "text/html" in accept and "problem+json" not in accept


class PageProblems:
    def __init__(self, app: ASGIApp, render: Any, csp: str) -> None:
        self.app = app
        self.render = render  # problem dict -> HTML text
        self.csp = csp.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or not is_page(scope["path"])
            or not wants_html(scope["headers"])
        ):
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        body: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers", []))
                if headers.get(b"content-type", b"").startswith(PROBLEM):
                    start = message
                    return
            elif message["type"] == "http.response.body" and start is not None:
                body.append(message.get("body", b""))
                if message.get("more_body"):
                    return
                await self._send_page(start, b"".join(body), scope["method"], send)
                return
            await send(message)

        await self.app(scope, receive, capture)

    async def _send_page(self, start: Message, raw: bytes, method: str, send: Send) -> None:
        try:
            problem = json.loads(raw) if raw else {}
        except ValueError:
            problem = {}
        if not isinstance(problem, dict):
            problem = {}
        problem.setdefault("status", start["status"])
        page = self.render(problem).encode()
        drop = {b"content-type", b"content-length", b"content-security-policy"}
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() not in drop]
        headers += [
            (b"content-type", b"text/html; charset=utf-8"),
            (b"content-length", str(len(page)).encode()),
            (b"content-security-policy", self.csp),
            (b"vary", b"Accept"),
        ]
        await send({**start, "headers": headers})
        await send({"type": "http.response.body", "body": b"" if method == "HEAD" else page})
