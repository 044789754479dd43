"""Citations written through the API: the same rules as the seed validator, checked against
the database. Used by the citation endpoints and by every record created with its citations."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, undefer

from app.audit import snapshots
from app.audit.writer import Writer
from app.citations.service import SLUG_SUBJECTS
from app.core.errors import Conflict, FieldProblem
from app.core.filters import contributor_key
from app.core.types import SLUG_PATTERN, Status
from app.core.writes import Problems
from app.models import (
    Citation,
    Contributor,
    Lesson,
    LessonMission,
    Mission,
    Source,
)
from app.models.base import CORRECTED_STATUSES, NOTE_STATUSES
from app.models.citation import SUBJECT_COLUMNS

TEXT_MAX = 20_000


class CitationFields(BaseModel):
    """What a source says about a record (PUT replaces all of these)."""

    model_config = ConfigDict(extra="forbid")

    source: str = Field(
        max_length=100, pattern=SLUG_PATTERN, description="Slug of the cited source."
    )
    section: str | None = Field(
        default=None,
        max_length=300,
        description="Heading the quote sits under; for a source with full text, one of its lines.",
    )
    quote: str = Field(
        min_length=1,
        max_length=TEXT_MAX,
        description="Verbatim: for a source with full text it must occur in it exactly.",
    )
    locator: str | None = Field(default=None, max_length=2000)
    status: Status = "asserted"
    note: str | None = Field(
        default=None,
        max_length=5000,
        description="Why this verdict: required for corroborated, disputed, misleading and "
        "unverifiable; optional for asserted and opinion.",
    )
    corrected_by: str | None = Field(
        default=None,
        max_length=100,
        description="Disputed and misleading only, and required then: key of the corroborated "
        "citation stating the corrected fact.",
    )


class CitationIn(CitationFields):
    """A citation given with the record it supports."""

    key: str | None = Field(
        default=None,
        max_length=100,
        pattern=SLUG_PATTERN,
        description="Unique; made from the record's key when omitted.",
    )


SUBJECT_SLOTS = (
    "mission",
    "contribution",
    "lesson",
    "organization",
    "nation",
    "lesson_mission",
    "strength",
)


class Subject(BaseModel):
    """The one record a citation supports."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"mission": "ntm-i"}],
            # Exactly one slot holds a value: what _exactly_one checks, said in the schema. Each
            # branch also says that every other slot is null (or absent), so the branches exclude
            # one another by themselves: the same values as branches with `not null` alone, but a
            # generator (schemathesis) draws a valid subject from one branch at once, where it
            # had to find by trial the draw of seven slots with six nulls (docs/testing.md).
            "oneOf": [
                {
                    "required": [name],
                    "properties": {
                        slot: {"not": {"type": "null"}} if slot == name else {"type": "null"}
                        for slot in SUBJECT_SLOTS
                    },
                }
                for name in SUBJECT_SLOTS
            ],
        },
    )

    mission: str | None = Field(default=None, max_length=100)
    contribution: str | None = Field(default=None, max_length=100)
    lesson: str | None = Field(default=None, max_length=100)
    organization: str | None = Field(default=None, max_length=100)
    nation: str | None = Field(default=None, max_length=3)
    lesson_mission: list[str] | None = Field(
        default=None,
        min_length=2,
        max_length=2,
        description="[lesson slug, mission slug]: a lesson's link to a mission.",
        examples=[["coordination-among-partners", "ntm-i"]],
    )
    strength: str | None = Field(
        default=None, max_length=100, description="Slug of a strength observation."
    )

    @model_validator(mode="after")
    def _exactly_one(self) -> "Subject":
        given = [k for k, v in self.model_dump().items() if v is not None]
        if len(given) != 1:
            raise ValueError(
                "name exactly one record: mission, contribution, lesson, "
                "organization, nation, lesson_mission or strength"
            )
        return self


class CitationCreate(CitationIn):
    subject: Subject


def _not_null(schema: dict[str, Any]) -> None:
    """The schema of a PATCH field that may be left out but not set to null."""
    branches = [b for b in schema.pop("anyOf", []) if b.get("type") != "null"]
    if len(branches) == 1:
        schema.update(branches[0])
    elif branches:
        schema["anyOf"] = branches
    schema.pop("default", None)


class CitationUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: str | None = Field(
        default=None, max_length=100, pattern=SLUG_PATTERN, json_schema_extra=_not_null
    )
    section: str | None = Field(default=None, max_length=300)
    quote: str | None = Field(
        default=None, min_length=1, max_length=TEXT_MAX, json_schema_extra=_not_null
    )
    locator: str | None = Field(default=None, max_length=2000)
    status: Status | None = Field(default=None, json_schema_extra=_not_null)
    note: str | None = Field(default=None, max_length=5000)
    corrected_by: str | None = Field(default=None, max_length=100)

    @field_validator("source", "quote", "status", mode="before")
    @classmethod
    def _left_out_not_null(cls, value: Any) -> Any:
        # A citation always has a source, a quote and a status: leave one out to keep it.
        if value is None:
            raise ValueError("may be left out (unchanged), not null")
        return value


@dataclass(frozen=True)
class SubjectRow:
    column: str  # one of SUBJECT_COLUMNS
    id: int
    label: str  # e.g. "mission-ntm-i", the stem of generated keys


def resolve_subject(
    session: Session, subject: Subject, field: str, problems: Problems
) -> SubjectRow | None:
    data = subject.model_dump(exclude_none=True)
    ((kind, value),) = data.items()
    found: int | None
    if kind == "lesson_mission":
        lesson, mission = value
        found = session.scalar(
            select(LessonMission.id)
            .join(Lesson, LessonMission.lesson_id == Lesson.id)
            .join(Mission, LessonMission.mission_id == Mission.id)
            .where(Lesson.slug == lesson, Mission.slug == mission)
        )
        column, label = "lesson_mission_id", f"link-{lesson}-{mission}"
    elif kind in ("organization", "nation"):
        found = session.scalar(
            select(Contributor.id).where(
                Contributor.code == contributor_key(value, kind),
                Contributor.kind == kind,
            )
        )
        column, label = "contributor_id", f"{kind}-{value}"
    else:
        model = SLUG_SUBJECTS[kind]
        found = session.scalar(select(model.id).where(model.slug == value))
        column, label = f"{kind}_id", f"{kind}-{value}"
    if found is None:
        problems.add(f"{field}.{kind}", f"no {kind.replace('_', ' ')} {value!r}")
        return None
    return SubjectRow(column=column, id=found, label=label.lower())


def check(
    session: Session,
    data: dict[str, Any],
    field: str,
    problems: Problems,
    *,
    pending: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Column values for one citation (corrected_by left as a key); problems named by field.

    `pending` maps keys of citations created in the same request to their status, so one
    request may add a corroborated citation and a disputed one corrected by it.
    """
    source = session.scalars(
        select(Source).options(undefer(Source.full_text)).where(Source.slug == data["source"])
    ).first()
    if source is None:
        problems.add(f"{field}.source", f"no source {data['source']!r}")
    elif source.full_text is not None:
        if data["quote"] not in source.full_text:
            problems.add(f"{field}.quote", f"not verbatim in the text of source {source.slug!r}")
        section = data.get("section")
        if section is not None and section.strip() not in {
            line.strip() for line in source.full_text.splitlines()
        }:
            problems.add(f"{field}.section", f"not a line of the text of source {source.slug!r}")
    status = data.get("status", "asserted")
    if status in NOTE_STATUSES and not data.get("note"):
        problems.add(f"{field}.note", f"a {status} citation needs a note saying why")
    target = data.get("corrected_by")
    if status in CORRECTED_STATUSES and not target:
        problems.add(
            f"{field}.corrected_by",
            f"a {status} citation names the corroborated citation that states the corrected fact",
        )
    if target and status not in CORRECTED_STATUSES:
        problems.add(
            f"{field}.corrected_by", "only a disputed or misleading citation has corrected_by"
        )
    elif target:
        target_status = (pending or {}).get(target) or session.scalar(
            select(Citation.status).where(Citation.key == target)
        )
        if target_status is None:
            problems.add(f"{field}.corrected_by", f"no citation {target!r}")
        elif target_status != "corroborated":
            problems.add(f"{field}.corrected_by", f"citation {target!r} is not corroborated")
    return {
        "source_id": source.id if source is not None else None,
        "section": data.get("section"),
        "quote": data["quote"],
        "locator": data.get("locator"),
        "status": status,
        "note": data.get("note"),
        "corrected_by": target,
    }


def key_taken(session: Session, key: str) -> bool:
    return session.scalar(select(Citation.id).where(Citation.key == key)) is not None


def free_key(session: Session, stem: str, reserved: set[str]) -> str:
    stem = stem[:90].rstrip("-")
    n = 1 + (
        session.scalar(
            select(func.count()).select_from(Citation).where(Citation.key.startswith(stem + "-"))
        )
        or 0
    )
    while f"{stem}-{n}" in reserved or key_taken(session, f"{stem}-{n}"):
        n += 1
    return f"{stem}-{n}"


@dataclass
class Planned:
    """A validated citation waiting for its record to exist."""

    key: str
    values: dict[str, Any]


def plan(
    session: Session,
    items: list[CitationIn],
    field: str,
    label: str,
    problems: Problems,
    *,
    reserved: set[str] | None = None,
) -> list[Planned]:
    """Validate citations given with a record; keys made for those without one."""
    reserved = reserved if reserved is not None else set()
    pending = {c.key: c.status for c in items if c.key}
    planned = []
    for n, item in enumerate(items):
        where = f"{field}[{n}]"
        values = check(session, item.model_dump(), where, problems, pending=pending)
        if item.key is not None:
            if item.key in reserved:
                problems.add(f"{where}.key", f"{item.key!r} is given twice")
            elif key_taken(session, item.key):
                raise Conflict(
                    f"A citation with key '{item.key}' exists.",
                    errors=[FieldProblem(field=f"{where}.key", reason="already exists")],
                )
            key = item.key
        else:
            key = free_key(session, label, reserved)
        reserved.add(key)
        planned.append(Planned(key=key, values=values))
    return planned


def create(w: Writer, planned: list[Planned], subject_column: str, subject_id: int) -> None:
    """Insert planned citations for one record and audit each."""
    rows = []
    for p in planned:
        values = {k: v for k, v in p.values.items() if k != "corrected_by"}
        subject = dict.fromkeys(SUBJECT_COLUMNS)
        subject[subject_column] = subject_id
        row = Citation(key=p.key, **values, **subject)
        w.session.add(row)
        rows.append(row)
    w.session.flush()
    by_key = {r.key: r for r in rows}
    for p, row in zip(planned, rows, strict=True):
        target = p.values.get("corrected_by")
        if target:
            target_row = (
                by_key.get(target)
                or w.session.scalars(select(Citation).where(Citation.key == target)).one()
            )
            row.corrected_by_id = target_row.id
    w.session.flush()
    for row in rows:
        w.changed(
            "create", "citations", row.key, None, snapshots.one(w.session, "citations", row.id)
        )


def referrers(session: Session, ids: list[int]) -> list[str]:
    """Keys of citations outside `ids` that point at one of them by corrected_by."""
    if not ids:
        return []
    return list(
        session.scalars(
            select(Citation.key)
            .where(Citation.corrected_by_id.in_(ids), Citation.id.not_in(ids))
            .order_by(Citation.key)
        )
    )


def of_subjects(session: Session, column: str, ids: list[int]) -> list[Citation]:
    if not ids:
        return []
    return list(
        session.scalars(
            select(Citation).where(getattr(Citation, column).in_(ids)).order_by(Citation.key)
        )
    )


def remove(w: Writer, cits: list[Citation], *, what: str) -> None:
    """Delete citations (and audit each), refusing if a surviving citation is corrected by one."""
    ids = [c.id for c in cits]
    blocking = referrers(w.session, ids)
    if blocking:
        raise Conflict(
            f"Deleting {what} would delete citations that {len(blocking)} other citation(s) "
            f"name as their correction: {', '.join(blocking[:10])}. Change those first.",
            errors=[
                FieldProblem(
                    field=f"citations/{k}",
                    reason="corrected_by points at a citation this would delete",
                )
                for k in blocking[:50]
            ],
        )
    for c in cits:
        w.changed("delete", "citations", c.key, snapshots.one(w.session, "citations", c.id), None)
    if ids:
        # corrected_by is RESTRICT: unlink within the set before deleting it.
        w.session.execute(
            update(Citation)
            .where(Citation.id.in_(ids))
            .values(corrected_by_id=None)
            .execution_options(synchronize_session=False)
        )
        w.session.execute(
            delete(Citation)
            .where(Citation.id.in_(ids))
            .execution_options(synchronize_session=False)
        )
        for c in cits:
            if c in w.session:
                w.session.expunge(c)


def count_for(session: Session, column: str, subject_id: int) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Citation)
            .where(getattr(Citation, column) == subject_id)
        )
        or 0
    )
