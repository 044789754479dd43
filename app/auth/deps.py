"""Who may do what: Bearer API keys checked once per request, roles reader < editor < admin."""

import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Annotated

import anyio.to_thread
from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.auth.keys import Actor, is_stale, verify
from app.core.config import get_settings
from app.core.db import get_sessionmaker
from app.core.errors import Forbidden, Unauthorized
from app.core.params import SessionDep
from app.models import ApiKey

logger = logging.getLogger("app.auth")

REALM = 'Bearer realm="coalition-kb"'
bearer = HTTPBearer(
    auto_error=False,
    scheme_name="ApiKey",
    description="An API key, `Authorization: Bearer ckb_...`, made with "
    "`coalition-kb keys create`. Writes need an `editor` key; keys and the audit log `admin`.",
)
Credentials = Annotated[HTTPAuthorizationCredentials | None, Security(bearer)]

_STATE = "coalition_kb_actor"


def _reject(request: Request, reason: str) -> Unauthorized:
    # The key itself is never logged: only why it failed and where from.
    client = request.client.host if request.client else "?"
    logger.warning(
        "rejected credentials (%s) for %s %s from %s",
        reason,
        request.method,
        request.url.path,
        client,
    )
    return Unauthorized(
        "The API key is missing, malformed, unknown or revoked.",
        headers={"WWW-Authenticate": f'{REALM}, error="invalid_token"'},
    )


def _actor(request: Request, session: Session) -> Actor | None:
    """The request's actor if it presented a key; 401 if the key is bad; None if none given."""
    if hasattr(request.state, _STATE):
        cached: Actor | None = getattr(request.state, _STATE)
        return cached
    actor: Actor | None = None
    header = request.headers.get("authorization")
    if header is not None:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise _reject(request, "not a Bearer credential")
        row = verify(session, token.strip())
        if row is None:
            raise _reject(request, "unknown, malformed or revoked key")
        actor = Actor(name=row.name, role=row.role)
        now = datetime.now(UTC)
        if is_stale(row.last_used_at, now):
            # Its own short transaction: a failed write must not roll it back. Best effort:
            # a busy database (SQLite's writer lock) must not fail the request over a hint.
            try:
                with get_sessionmaker()() as side:
                    side.execute(update(ApiKey).where(ApiKey.id == row.id).values(last_used_at=now))
                    side.commit()
            except OperationalError as exc:
                logger.info("last_used_at of key %r not updated: %s", row.name, exc.orig)
    setattr(request.state, _STATE, actor)
    return actor


async def _actor_of(request: Request, session: Session) -> Actor | None:
    """`_actor` on the event loop: only a key's check (a query) runs in a thread."""
    if "authorization" in request.headers:
        return await anyio.to_thread.run_sync(_actor, request, session)
    return _actor(request, session)


async def authenticate(
    request: Request, _credentials: Credentials, session: SessionDep
) -> Actor | None:
    """Declares the Bearer scheme on the operations that require a key (OpenAPI)."""
    return await _actor_of(request, session)


def _require(role: str) -> Callable[[Request, Actor | None], Awaitable[Actor]]:
    async def dependency(
        request: Request, actor: Annotated[Actor | None, Depends(authenticate)]
    ) -> Actor:
        if actor is None:
            client = request.client.host if request.client else "?"
            logger.warning(
                "no credentials for %s %s from %s", request.method, request.url.path, client
            )
            raise Unauthorized(
                "This needs an API key: `Authorization: Bearer <key>`.",
                headers={"WWW-Authenticate": REALM},
            )
        if not actor.may(role):
            logger.warning(
                "key %r (role %s) refused %s %s",
                actor.name,
                actor.role,
                request.method,
                request.url.path,
            )
            raise Forbidden(
                f"This needs a key with the '{role}' role; '{actor.name}' is '{actor.role}'."
            )
        return actor

    return dependency


require_reader = _require("reader")
require_editor = _require("editor")
require_admin = _require("admin")

Editor = Annotated[Actor, Depends(require_editor)]
Admin = Annotated[Actor, Depends(require_admin)]


async def read_access(request: Request, session: SessionDep) -> None:
    """Reads are public unless REQUIRE_KEY_FOR_READS is set; a key presented is checked.

    It reads the header itself rather than through the security scheme, so the description
    says a key is accepted but not needed (app/openapi/description.py). Without a key there is
    nothing to look up, so only a key's check runs in a thread."""
    actor = await _actor_of(request, session)
    if get_settings().require_key_for_reads and actor is None:
        await require_reader(request, actor)
