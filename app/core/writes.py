"""What every write shares: the actor, If-Match, one transaction, the audit entry, ETags.

A write route takes a `Writer` (which requires an editor key), changes rows through its session,
records each change with `changed(...)`, then calls `commit()` once: the data version is bumped
and the audit entries are written in the same transaction as the change, so a failed request
leaves nothing behind (the session rolls back when the request ends without a commit).
"""

import uuid
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, Header, Request
from pydantic import ValidationError
from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.audit import service as audit
from app.auth.deps import require_admin, require_editor
from app.auth.keys import Actor
from app.core.errors import (
    Conflict,
    FieldProblem,
    PreconditionFailed,
    PreconditionRequired,
    RuleViolation,
    Unprocessable,
)
from app.core.etags import if_match_versions
from app.core.params import SessionDep
from app.core.state import bump, current

IfMatch = Annotated[
    str | None,
    Header(
        alias="If-Match",
        description='The ETag from your last GET of this record (`"3.41"`, or `"3"`): the '
        "write is refused with 412 if the record changed since. Required.",
    ),
]


def check_if_match(header: str | None, version: int, what: str) -> None:
    if header is None:
        raise PreconditionRequired(
            f"Send If-Match with the ETag of {what} as you last read it (GET it first)."
        )
    accepted = if_match_versions(header)
    if accepted is not None and version not in accepted:
        raise PreconditionFailed(
            f"{what} changed since you read it (it is at version {version}); GET it again, "
            "reapply your change and retry.",
            headers={"ETag": f'"{version}"'},
        )


@dataclass
class Writer:
    session: Session
    actor: Actor
    request_id: str | None
    changes: int = field(default=0)
    entries: list[Any] = field(default_factory=list)

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
        entry = audit.record(
            self.session,
            actor=self.actor.name,
            action=action,
            resource=resource,
            key=key,
            before=before,
            after=after,
            request_id=self.request_id,
        )
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


def writer(
    request: Request, session: SessionDep, actor: Annotated[Actor, Depends(require_editor)]
) -> Writer:
    return Writer(session=session, actor=actor, request_id=_request_id(request))


def admin_writer(
    request: Request, session: SessionDep, actor: Annotated[Actor, Depends(require_admin)]
) -> Writer:
    return Writer(session=session, actor=actor, request_id=_request_id(request))


WriterDep = Annotated[Writer, Depends(writer)]
AdminWriterDep = Annotated[Writer, Depends(admin_writer)]


class Problems:
    """Collects every bad field of a request, so one 422 names them all."""

    def __init__(self) -> None:
        self.items: list[FieldProblem] = []
        # Citation keys given or made so far in this request: each may be used once.
        self.reserved_keys: set[str] = set()
        # Whether any problem is a schema failure (extend_from) rather than a broken rule.
        self.schema_failed = False

    def add(self, field: str, reason: str) -> None:
        self.items.append(FieldProblem(field=field, reason=reason))

    def raise_if_any(self, detail: str = "The request has invalid fields.") -> None:
        if self.items:
            fields = ", ".join(dict.fromkeys(p.field for p in self.items))
            error = Unprocessable if self.schema_failed else RuleViolation
            raise error(f"{detail} ({fields})", errors=self.items)

    def extend_from(self, exc: ValidationError, prefix: str = "body") -> None:
        self.schema_failed = True
        for error in exc.errors():
            loc = ".".join(str(p) for p in error.get("loc", ()))
            self.add(f"{prefix}.{loc}" if loc else prefix, str(error.get("msg", "")))
