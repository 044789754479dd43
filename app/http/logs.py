"""Structured logs: one JSON object per line, each carrying the request id of the request
that wrote it.

What never reaches a log line: stack traces (unless LOG_TRACEBACKS=true, for local debugging),
SQL statements and their parameters, passwords in database URLs, Authorization headers and
API keys. An exception is logged as its type, the place it was raised (file:line) and, for
errors that are not database errors, its message with secrets scrubbed.
"""

import json
import logging
import re
import sys
import traceback
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from app.core.config import Settings

request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)

# user:password@ in URLs, Bearer tokens, our API keys (ckb_...), password=... pairs.
_SECRETS = [
    (
        re.compile(r"(?P<keep>\b[a-z][a-z0-9+.-]{0,30}://[^:/@\s]{0,200}:)[^@\s]*@", re.I),
        r"\g<keep>***@",
    ),
    (re.compile(r"(?P<keep>bearer\s+)\S+", re.I), r"\g<keep>***"),
    (re.compile(r"ckb_[A-Za-z0-9_\-]+"), "ckb_***"),
    (re.compile(r"(?P<keep>password\s*[=:]\s*)\S+", re.I), r"\g<keep>***"),
]

# LogRecord attributes that are not "extra" fields.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {
    "message",
    "asctime",
    "color_message",
}


# A log line is for people: over this, the rest is cut (a 60 KB URL is an attack, not news).
MAX_FIELD = 2000


def scrub(text: str) -> str:
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    if len(text) > MAX_FIELD:
        text = text[:MAX_FIELD] + f"...[{len(text) - MAX_FIELD} more]"
    return text


def describe_exception(exc: BaseException) -> dict[str, Any]:
    """Type, where it was raised and a safe message: never SQL, parameters or a trace."""
    info: dict[str, Any] = {"type": f"{type(exc).__module__}.{type(exc).__qualname__}"}
    frames = traceback.extract_tb(exc.__traceback__)
    if frames:
        last = frames[-1]
        info["where"] = f"{last.filename.rsplit('/', 1)[-1]}:{last.lineno} {last.name}"
    orig = getattr(exc, "orig", None)
    if orig is not None:
        # A SQLAlchemy DBAPIError: its str() holds the SQL and parameters; the driver
        # error's class and SQLSTATE are enough to tell what went wrong.
        info["driver_error"] = type(orig).__name__
        sqlstate = getattr(orig, "sqlstate", None)
        if sqlstate:
            info["sqlstate"] = sqlstate
    elif not type(exc).__module__.startswith("sqlalchemy"):
        info["message"] = scrub(str(exc))[:500]
    return info


class JsonFormatter(logging.Formatter):
    def __init__(self, *, tracebacks: bool = False) -> None:
        super().__init__()
        self.tracebacks = tracebacks

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": scrub(record.getMessage()),
            # Which worker process wrote it: `serve --workers N` runs N of them.
            "pid": record.process,
        }
        request_id = request_id_var.get()
        if request_id:
            entry["request_id"] = request_id
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_") and key not in entry:
                plain = isinstance(value, int | float | bool | None)
                entry[key] = value if plain else scrub(str(value))
        if record.exc_info and record.exc_info[1] is not None:
            entry["error"] = describe_exception(record.exc_info[1])
            if self.tracebacks:
                entry["traceback"] = scrub("".join(traceback.format_exception(*record.exc_info)))
        return json.dumps(entry, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """For a developer's terminal (LOG_FORMAT=text): same rules, readable layout."""

    def __init__(self, *, tracebacks: bool = False) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s")
        self.tracebacks = tracebacks

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text
        error = record.exc_info[1] if record.exc_info else None
        if not self.tracebacks:
            record.exc_info, record.exc_text = None, None
        try:
            line = super().format(record)
        finally:
            record.exc_info, record.exc_text = saved
        request_id = request_id_var.get()
        if request_id:
            line += f" request_id={request_id}"
        if error is not None and not self.tracebacks:
            line += " error=" + json.dumps(describe_exception(error))
        return scrub(line)


def configure_logging(settings: Settings) -> None:
    """Route every logger (ours, uvicorn's, SQLAlchemy's) through one formatter on stderr."""
    formatter: logging.Formatter
    if settings.log_format == "json":
        formatter = JsonFormatter(tracebacks=settings.log_tracebacks)
    else:
        formatter = TextFormatter(tracebacks=settings.log_tracebacks)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_coalition_kb", False):
            root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    handler._coalition_kb = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(settings.log_level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        logger.handlers.clear()
        logger.propagate = True
    # Our access log (app.access) replaces uvicorn's, which has no request id.
    logging.getLogger("uvicorn.access").disabled = True
