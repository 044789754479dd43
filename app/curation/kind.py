"""What one kind of record is to the write engine (`app/curation/records.py`), in four parts:
its name and key (`Naming`), its bodies and how one becomes columns (`Bodies`), its answer
(`Answer`, as its GET gives it) and what cites or references it (`Refs`)."""

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from fastapi import Response
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import snapshots
from app.audit.writer import Writer
from app.citations import curation as citations
from app.core.errors import NotFound
from app.core.writes import Problems
from app.curation.fields import partial
from app.http.validators import set_record_etag
from app.models import Citation, Lesson, LessonMission


@dataclass(frozen=True)
class Dependent:
    """A record that references the one being deleted."""

    resource: str
    key: str
    # Deleted along with it when the request asks for ?cascade=true.
    cascades: bool
    model: Any = None
    id: int = 0


def _same(key: str) -> str:
    return key


def _no_check(_session: Session, _key: str, _problems: Problems) -> None:
    return None


def _nothing(_session: Session, _row: Any) -> list[Dependent]:
    return []


@dataclass(frozen=True)
class Naming:
    """URL segment and audit resource ("missions"), noun ("mission"), table and natural key:
    its column, body field and path parameter, and how a key given in any case is
    stored (`normalize`)."""

    resource: str
    noun: str
    model: Any
    examples: tuple[str, ...] = ()
    column: str = "slug"
    body_field: str = "slug"
    path_param: str = "slug"
    normalize: Callable[[str], str] = _same
    fixed: dict[str, Any] = field(default_factory=dict)  # e.g. {"kind": "nation"}
    # Section of the export: the resource's name in snake case unless given.
    export_kind: str = ""

    @property
    def section(self) -> str:
        return self.export_kind or self.resource.replace("-", "_")


@dataclass(frozen=True)
class Bodies:
    """The POST and PUT bodies (PATCH: the PUT body, every field optional) and `resolve`:
    (session, body data without key and citations, current row or None, problems) -> columns."""

    create: type[BaseModel]
    replace: type[BaseModel]
    resolve: Callable[[Session, dict[str, Any], Any, Problems], dict[str, Any]]
    # Checks a new record's key beyond its pattern (an ISO code that exists, ...).
    check_key: Callable[[Session, str, Problems], None] = _no_check
    # Extra work after the columns are written (a lesson's mission links).
    sync: Callable[[Writer, Any, dict[str, Any], bool], bool] | None = None

    @cached_property
    def update(self) -> type[BaseModel]:
        """The PATCH body: the PUT body with every field optional, named like it (MissionFields:
        MissionUpdate)."""
        return partial(self.replace, self.replace.__name__.removesuffix("Fields") + "Update")


@dataclass(frozen=True)
class Answer:
    """A write's answer: the record by key (`get(session, slug=key)`) as its GET answers it
    (`detail`, with every claim when `disputed`), with its ETag."""

    model: type[BaseModel]
    get: Callable[..., Any]
    detail: Callable[..., BaseModel]
    disputed: bool = False

    def render(self, session: Session, key: str, response: Response) -> BaseModel:
        row = self.get(session, slug=key)
        set_record_etag(response, session, row.version)
        if self.disputed:
            return self.detail(session, row, include_disputed=True)
        return self.detail(session, row)


@dataclass(frozen=True)
class Refs:
    """What points at a record: its citations (`citation_column`, for records that must be
    cited) and the records in the way of its deletion (`dependents`)."""

    citation_column: str | None = None
    dependents: Callable[[Session, Any], list[Dependent]] = _nothing
    cascade_doc: str = "Nothing references it except its own citations, deleted with it."


@dataclass(frozen=True)
class RecordKind:
    """One kind of record, as the write engine's routes create, replace, update and delete it."""

    naming: Naming
    bodies: Bodies
    answer: Answer
    refs: Refs = Refs()

    def owned_citations(self, session: Session, row: Any) -> list[Citation]:
        """Citations deleted with the record."""
        if self.refs.citation_column is None:
            return []
        owned = citations.of_subjects(session, self.refs.citation_column, [row.id])
        if self.naming.model is Lesson:
            links = list(
                session.scalars(select(LessonMission.id).where(LessonMission.lesson_id == row.id))
            )
            owned += citations.of_subjects(session, "lesson_mission_id", links)
        return owned

    def find(self, session: Session, key: str, *, lock: bool = False) -> Any:
        stmt = select(self.naming.model).where(
            getattr(self.naming.model, self.naming.column) == self.naming.normalize(key)
        )
        if lock:
            # Held until the write commits: a concurrent writer waits, then sees the new
            # version and gets its 412 from the If-Match check.
            stmt = stmt.with_for_update()
        for name, value in self.naming.fixed.items():
            stmt = stmt.where(getattr(self.naming.model, name) == value)
        return session.scalars(stmt).first()

    def get(self, session: Session, key: str) -> Any:
        row = self.find(session, key, lock=True)
        if row is None:
            raise NotFound(f"No {self.naming.noun} with key '{key}'.")
        return row

    def snapshot(self, session: Session, row: Any) -> dict[str, Any] | None:
        session.flush()
        return snapshots.one(session, self.naming.section, row.id)

    def label(self, key: str) -> str:
        return f"{self.naming.noun.replace(' ', '-')}-{key}".lower()
