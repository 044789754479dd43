"""HTTP validators for every GET of the API, from the data version (see app/core/etags.py).

The version is read before the route runs, in the request's own session: if a write commits
in between, the response carries an older tag than its content, which costs a client one
extra 200 later, never a stale 304.

A 304 is answered without running the route: when the data version a client's tag names is
the current one, nothing it may have embedded has changed. That holds for record tags
(`"<record version>.<data version>"`) too, so those revalidate here as well.
"""

from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime

import anyio.to_thread
from fastapi import FastAPI, Request, Response
from sqlalchemy.orm import Session

from app.core.config import get_settings
from app.core.etags import collection_etag, parse_tags
from app.core.formats import negotiate, wants_jsonld
from app.core.params import SessionDep
from app.core.state import DataVersion, current, remember


class NotModified(Exception):
    def __init__(self, headers: dict[str, str]) -> None:
        super().__init__("not modified")
        self.headers = headers


def variant_etag(data: DataVersion, request: Request) -> str:
    """Collection tag of the representation asked for: CSV and NDJSON of the same URL
    (chosen by Accept) must not validate each other's cached copy."""
    fmt = request.query_params.get("format") or negotiate(request.headers.get("accept"))
    if fmt not in ("csv", "ndjson"):
        # Anything else is JSON or a 422 from the route; never echo raw input into a header.
        fmt = "json"
        if wants_jsonld(request.headers.get("accept")):
            fmt = "ld"  # the JSON-LD variant (a source's claims as ClaimReview)
    tag = collection_etag(data)
    return tag if fmt == "json" else f'{tag[:-1]}-{fmt}"'


def http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC), usegmt=True)


async def conditional_get(request: Request, response: Response, session: SessionDep) -> None:
    """Router dependency: validators on every GET, and 304 when the client's copy is current.
    Only the version's read runs in a thread (the session's first statement)."""
    if request.method not in ("GET", "HEAD"):
        return
    data = await anyio.to_thread.run_sync(validators_version, session)
    etag = variant_etag(data, request)
    headers = {
        "ETag": etag,
        "Last-Modified": http_date(data.changed_at),
        "Cache-Control": get_settings().cache_control,
        "Vary": "Accept",
    }
    if_none_match = request.headers.get("if-none-match")
    if if_none_match is not None:
        matched = _matching_tag(if_none_match, etag, data)
        if matched is not None:
            raise NotModified({**headers, "ETag": matched})
    elif _not_modified_since(request.headers.get("if-modified-since"), data):
        raise NotModified(headers)
    response.headers.update(headers)


def validators_version(session: Session) -> DataVersion:
    """The data version the request's validators are made from, kept for its record tags."""
    data = current(session, for_headers=True)
    remember(session, data)
    return data


def _matching_tag(header: str, etag: str, data: DataVersion) -> str | None:
    tags = parse_tags(header)
    if tags is None:  # If-None-Match: *
        return etag
    ours = etag.removeprefix("W/").strip('"')
    for tag in tags:
        if tag == ours:
            return etag
        record, dot, version = tag.partition(".")
        if dot and record.isdigit() and version == str(data.version):
            return f'"{tag}"'
    return None


def _not_modified_since(header: str | None, data: DataVersion) -> bool:
    if not header:
        return False
    try:
        since = parsedate_to_datetime(header)
    except (TypeError, ValueError, IndexError):
        return False  # an unparseable date is ignored, as RFC 9110 says
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return data.changed_at.replace(microsecond=0) <= since


def install_caching(app: FastAPI) -> None:
    @app.exception_handler(NotModified)
    async def _not_modified(_: Request, exc: NotModified) -> Response:
        return Response(status_code=304, headers=exc.headers)
