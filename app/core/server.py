"""Serving: start even when the database is down, and answer malformed HTTP with a problem.

`prepare_database()` migrates and seeds before serving. If the database cannot be reached it
does not give up the process: it logs, serves anyway (`/readyz` says 503 meanwhile) and keeps
trying in the background, so the service becomes ready on its own once the database is up.

`http_protocol()` is uvicorn's httptools protocol with one change: a request its parser
refuses (a URL over 64 KiB, broken framing) gets a 400 `application/problem+json` with the
security headers instead of a bare text line.
"""

import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy.exc import OperationalError

from app.core.config import get_settings

logger = logging.getLogger("app.server")


def prepare_database(step: Callable[[], None]) -> bool:
    """Run `step` (migrate and seed); True if it ran now. If the database is unreachable,
    retry it in a background thread until it succeeds and return False."""
    try:
        step()
        return True
    except OperationalError as exc:
        logger.warning(
            "database unreachable at startup; serving anyway, /readyz is 503 until it is "
            "up and migrated",
            exc_info=exc,
        )
    interval = get_settings().startup_retry_seconds

    def retry() -> None:
        while True:
            time.sleep(interval)
            try:
                step()
            except OperationalError:
                continue
            except Exception as exc:
                logger.error("startup migration failed", exc_info=exc)
                return
            logger.info("database reachable: migrated and seeded")
            return

    threading.Thread(target=retry, name="startup-migrate", daemon=True).start()
    return False


_BAD_REQUEST = json.dumps(
    {
        "type": "https://coalition-kb.example/problems/bad-request",
        "title": "Bad request",
        "status": 400,
        "detail": "Malformed HTTP request (a URL longer than 64 KiB, or broken framing).",
        "errors": [{"field": "request", "reason": "not a well-formed HTTP/1.1 request"}],
    }
).encode()


def http_protocol() -> Any:
    """The HTTP protocol class for uvicorn.run(http=...); "auto" when httptools is missing."""
    try:
        from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol
    except ImportError:  # pragma: no cover - uvicorn without the [standard] extra
        return "auto"

    from app.core.middleware import API_CSP, SECURITY_HEADERS

    class ProblemHttpToolsProtocol(HttpToolsProtocol):
        def send_400_response(self, msg: str) -> None:
            content = [STATUS_LINE[400]]
            for name, value in self.server_state.default_headers:
                content.extend([name, b": ", value, b"\r\n"])
            for name, value in [
                *SECURITY_HEADERS,
                (b"content-security-policy", API_CSP.encode()),
                (b"cache-control", b"no-store"),
                (b"content-type", b"application/problem+json"),
                (b"content-length", str(len(_BAD_REQUEST)).encode()),
                (b"connection", b"close"),
            ]:
                content.extend([name, b": ", value, b"\r\n"])
            content.extend([b"\r\n", _BAD_REQUEST])
            self.transport.write(b"".join(content))
            self.transport.close()

    return ProblemHttpToolsProtocol
