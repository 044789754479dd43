"""Refuse request bodies that are too large (413) or not JSON (415) before anything reads them.

A pure ASGI middleware: it answers from the headers when it can (Content-Length), and counts
the bytes of a streamed body as they arrive, so a client cannot get a large body parsed by
leaving out Content-Length.
"""

import json
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.config import get_settings
from app.core.errors import PROBLEM_MEDIA_TYPE, TYPE_BASE

IMPORT_PATH = "/api/v1/import"
_BODY_METHODS = {"POST", "PUT", "PATCH"}


class _TooLarge(HTTPException):
    """Raised from `receive` while the route reads the body. An HTTPException, because the
    framework re-raises those from body parsing (anything else becomes a 400), and the
    app's handler renders it as a 413 problem."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The body is over the {limit} bytes this endpoint takes.")


def _problem(status: int, title: str, slug: str, detail: str, path: str) -> tuple[bytes, list[Any]]:
    body = json.dumps(
        {
            "type": TYPE_BASE + slug,
            "title": title,
            "status": status,
            "detail": detail,
            "instance": path,
        }
    ).encode()
    headers = [
        (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
        (b"content-length", str(len(body)).encode()),
    ]
    return body, headers


async def _send_problem(
    send: Send, status: int, title: str, slug: str, detail: str, path: str
) -> None:
    body, headers = _problem(status, title, slug, detail, path)
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (
        media.startswith("application/") and media.endswith("+json")
    )


class BodyLimits:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        settings = get_settings()
        path: str = scope["path"]
        limit = settings.max_import_bytes if path == IMPORT_PATH else settings.max_body_bytes
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        length = headers.get("content-length")
        has_body = (length is not None and length.strip() != "0") or "transfer-encoding" in headers
        if length is not None and length.strip().isdigit() and int(length) > limit:
            await _send_problem(
                send,
                413,
                "Content too large",
                "too-large",
                f"The body is {int(length)} bytes; this endpoint takes at most {limit}.",
                path,
            )
            return
        if has_body and not _is_json(headers.get("content-type", "")):
            await _send_problem(
                send,
                415,
                "Unsupported media type",
                "unsupported-media-type",
                "Request bodies must be JSON: send `Content-Type: application/json`.",
                path,
            )
            return
        received = 0

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _TooLarge(limit)
            return message

        await self.app(scope, counted_receive, send)
