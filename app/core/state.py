"""The data version: read by caches and validators, bumped by every write."""

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models.base import utcnow
from app.models.kb_state import KbState


@dataclass(frozen=True)
class DataVersion:
    version: int
    changed_at: datetime


# Where a read's session keeps the version its validators were made from (`remember`).
_FOR_HEADERS = "data_version_for_headers"


def current(session: Session, *, for_headers: bool = False) -> DataVersion:
    """`for_headers`: read for validators (ETag, Last-Modified) only, not for a body, so the
    response cache does not count it as a dependency of the answer (app/core/readset.py); a
    read's session reuses the version its collection validators were made from (`remember`),
    so a record's GET reads it once."""
    if for_headers and _FOR_HEADERS in session.info:
        return session.info[_FOR_HEADERS]  # type: ignore[no-any-return]
    statement = select(KbState.data_version, KbState.changed_at)
    if for_headers:
        statement = statement.execution_options(for_headers=True)
    row = session.execute(statement).first()
    if row is None:
        return DataVersion(0, datetime(1970, 1, 1, tzinfo=UTC))
    changed = row[1] if row[1].tzinfo else row[1].replace(tzinfo=UTC)
    return DataVersion(row[0], changed)


def remember(session: Session, data: DataVersion) -> None:
    """Keep `data` as the version of this read's validators: the record ETag of the same GET
    (app/http/validators.py) is made from it too. Like the tag read before the route (see
    app/http/caching.py), a write committed in between costs a client one extra 200, never a
    stale 304."""
    session.info[_FOR_HEADERS] = data


def bump(session: Session) -> None:
    """Call inside the write's transaction: the new version commits (or rolls back) with it.

    The UPDATE takes a row lock on PostgreSQL, so concurrent writers serialize here and the
    version only grows.
    """
    session.info.pop(_FOR_HEADERS, None)
    result = session.execute(
        update(KbState)
        .where(KbState.id == 1)
        .values(data_version=KbState.data_version + 1, changed_at=utcnow())
    )
    if result.rowcount == 0:  # type: ignore[attr-defined]
        session.add(KbState(id=1, data_version=1, changed_at=utcnow()))
    session.flush()
