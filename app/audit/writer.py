"""The unit of work of every write: the actor, one transaction, the audit entry, the version.

A write route takes a `Writer` (which requires an editor key), changes rows through its session,
records each change with `changed(...)`, then calls `commit()` once: the data version is bumped
and the audit entries are written in the same transaction as the change, so a failed request
leaves nothing behind (the session rolls back when the request ends without a commit). It lives
in the audit domain because it needs the audit and auth services; `app.core.writes` keeps what
sits below every domain (If-Match, the collected field problems).
"""

import uuid
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.audit import service as audit
from app.auth.deps import require_admin, require_editor
from app.auth.keys import Actor
from app.core.errors import Conflict, PreconditionFailed
from app.core.params import SessionDep
from app.core.state import bump, current
from app.models import AuditEntry


@dataclass
class Writer:
    session: Session
    actor: Actor
    request_id: str | None
    changes: int = field(default=0)
    entries: list[AuditEntry] = field(default_factory=list)

    def changed(
        self,
        action: str,
        resource: str,
        key: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        if before is not None and before == after:
            return
        entry = AuditEntry(
            actor=self.actor.name,
            action=action,
            resource=resource,
            record_key=key,
            before=before,
            after=after,
            request_id=self.request_id,
        )
        self.session.add(entry)
        self.entries.append(entry)
        self.changes += 1

    def delete_versioned(self, model: Any, row_id: int, version: int, what: str) -> None:
        """DELETE ... WHERE id AND version: a concurrent change makes it match nothing."""
        result = self.session.execute(
            delete(model).where(model.id == row_id, model.version == version)
        )
        if result.rowcount == 0:  # type: ignore[attr-defined]
            raise PreconditionFailed(f"{what} changed while this request ran; read it again.")

    def commit(self) -> None:
        try:
            self.session.flush()
            if self.changes:
                bump(self.session)
                # The version this write commits as, on its audit entries: the change feed.
                audit.stamp(self.session, self.entries, current(self.session).version)
            self.session.commit()
        except IntegrityError as exc:
            # A race the checks above could not see (two creates of one key at once).
            self.session.rollback()
            raise Conflict(
                "The change conflicts with data written at the same time; read and retry."
            ) from exc
        self.session.expire_all()


def _request_id(request: Request) -> str:
    given = request.headers.get("x-request-id", "")
    return given[:100] if given else uuid.uuid4().hex


async def writer(
    request: Request, session: SessionDep, actor: Annotated[Actor, Depends(require_editor)]
) -> Writer:
    return Writer(session=session, actor=actor, request_id=_request_id(request))


async def admin_writer(
    request: Request, session: SessionDep, actor: Annotated[Actor, Depends(require_admin)]
) -> Writer:
    return Writer(session=session, actor=actor, request_id=_request_id(request))


WriterDep = Annotated[Writer, Depends(writer)]
AdminWriterDep = Annotated[Writer, Depends(admin_writer)]
