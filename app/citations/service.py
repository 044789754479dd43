"""Loading citations for many records in one query, and deriving a record's status."""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Row, Select, String, bindparam, case, func, literal, select, union_all
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased, joinedload

from app.citations.schemas import CitationRead, SubjectRef
from app.core.db import pairs
from app.core.errors import NotFound
from app.core.refs import API, SourceRef, contributor_url, source_ref
from app.core.rows import prefixed
from app.models import (
    Citation,
    Contribution,
    Contributor,
    Lesson,
    LessonMission,
    Mission,
    Source,
    StrengthObservation,
)
from app.models.base import STATUS_PRECEDENCE, WEAK_STATUSES
from app.models.citation import SUBJECT_COLUMNS

corrector = aliased(Citation)


def with_correction(stmt: Select[Any]) -> Select[Any]:
    """`stmt` over citations with one more column: the key of each one's correction (None:
    it has none)."""
    return stmt.add_columns(corrector.key.label("corrected_by")).outerjoin(
        corrector, Citation.corrected_by_id == corrector.id
    )


def to_read(
    citation: Citation, corrected_by: str | None, subject: SubjectRef | None = None
) -> CitationRead:
    return CitationRead(
        key=citation.key,
        source=SourceRef.model_validate(citation.source),
        section=citation.section,
        quote=citation.quote,
        locator=citation.locator,
        status=citation.status,
        note=citation.note,
        corrected_by=corrected_by,
        subject=subject,
    )


def citations_for(
    session: Session,
    column: InstrumentedAttribute[Any],
    ids: Iterable[int],
    *,
    include_disputed: bool = True,
) -> dict[int, list[CitationRead]]:
    """Citations of many records of one kind, by record id: one query for any number."""
    id_list = list(ids)
    grouped: dict[int, list[CitationRead]] = defaultdict(list)
    if not id_list:
        return grouped
    stmt = (
        with_correction(select(Citation))
        .options(joinedload(Citation.source))
        .where(column.in_(id_list))
        .order_by(Citation.id)
    )
    if not include_disputed:
        stmt = stmt.where(Citation.status.not_in(WEAK_STATUSES))
    for citation, corrected_key in session.execute(stmt):
        grouped[getattr(citation, column.key)].append(to_read(citation, corrected_key))
    return grouped


def citation_data(
    session: Session,
    column: InstrumentedAttribute[Any],
    record_id: int,
    *,
    include_disputed: bool = True,
) -> list[dict[str, Any]]:
    """`citations_for` of one record as plain JSON values in CitationRead's shape (no
    subject), read by columns: for answers serialized once (`RecordView.answer_data`)."""
    stmt = _citation_columns(column.key, include_disputed)
    return [_as_json(r) for r in session.connection().execute(stmt, {"record_id": record_id})]


def _as_json(r: Row[Any]) -> dict[str, Any]:
    """A row of `_citation_columns` in CitationRead's shape, no subject."""
    corrected = r.corrected_by
    return {
        "key": r.key,
        "source": source_ref(r.source_slug, r.source_title, r.source_kind, r.source_url),
        "section": r.section,
        "quote": r.quote,
        "locator": r.locator,
        "status": r.status,
        "note": r.note,
        "corrected_by": corrected,
        "subject": None,
        "url": f"{API}/citations/{r.key}",
        "corrected_by_url": None if corrected is None else f"{API}/citations/{corrected}",
    }


@cache
def _citation_columns(column: str, include_disputed: bool) -> Any:
    """`citation_data`'s statement, built once (parameter `record_id`): a statement built per
    request cost more than running it."""
    stmt: Any = (
        with_correction(
            select(
                Citation.key,
                *prefixed(Source, "source", SourceRef),
                Citation.section,
                Citation.quote,
                Citation.locator,
                Citation.status,
                Citation.note,
            ).join(Source, Source.id == Citation.source_id)
        )
        .where(getattr(Citation, column) == bindparam("record_id"))
        .order_by(Citation.id)
    )
    return stmt if include_disputed else stmt.where(Citation.status.not_in(WEAK_STATUSES))


# The kinds of subject a citation names by their record's slug (a lesson-mission link is named
# by its two slugs, a contributor by its kind and code).
SLUG_SUBJECTS: dict[str, Any] = {
    "mission": Mission,
    "contribution": Contribution,
    "lesson": Lesson,
    "strength": StrengthObservation,
}

_STATUS_TARGETS: tuple[tuple[type[Any], InstrumentedAttribute[Any]], ...] = (
    (Mission, Citation.mission_id),
    (Contribution, Citation.contribution_id),
    (Lesson, Citation.lesson_id),
    (LessonMission, Citation.lesson_mission_id),
    (StrengthObservation, Citation.strength_id),
)


def refresh_statuses(session: Session) -> None:
    """Recompute every record's derived status from its citations (set-based, a few statements).

    The first status of STATUS_PRECEDENCE one of its citations has: corroborated if any
    citation corroborates it; otherwise disputed, misleading, unverifiable, opinion, asserted
    in that order. `disputed_claims` counts its weak (disputed, misleading, unverifiable)
    citations either way.
    """
    for model, column in _STATUS_TARGETS:
        counts = (
            select(
                column.label("rid"),
                *(
                    func.sum(case((Citation.status == status, 1), else_=0))
                    for status in STATUS_PRECEDENCE
                ),
            )
            .where(column.is_not(None))
            .group_by(column)
        )
        wanted: dict[int, tuple[str, int]] = {}
        for rid, *numbers in session.execute(counts):
            found = dict(zip(STATUS_PRECEDENCE, numbers, strict=True))
            status = next((s for s in STATUS_PRECEDENCE if found[s]), "asserted")
            weak = sum(int(found[s] or 0) for s in WEAK_STATUSES)
            wanted[rid] = (status, weak)
        rows = session.execute(select(model.id, model.status, model.disputed_claims)).all()
        for rid, status, disputed in rows:
            target = wanted.get(rid, ("asserted", 0))
            if (status, disputed) != target:
                obj = session.get(model, rid)
                assert obj is not None
                obj.status, obj.disputed_claims = target
    session.flush()


# Subjects keyed by a slug: the citation's column, the subject type, where it is served.
CITED_BY_SLUG = (
    ("mission_id", "mission", "missions"),
    ("contribution_id", "contribution", "contributions"),
    ("lesson_id", "lesson", "lessons"),
    ("strength_id", "strength", "strengths"),
)


def subject_of(citation: Citation | Row[Any], keys: dict[str, dict[int, str]]) -> SubjectRef:
    for column, kind, resource in CITED_BY_SLUG:
        row_id = getattr(citation, column)
        if row_id is not None:
            slug = keys[kind][row_id]
            return SubjectRef(type=kind, key=slug, url=f"{API}/{resource}/{slug}")
    if citation.lesson_mission_id is not None:
        key = keys["lesson_mission"][citation.lesson_mission_id]
        return SubjectRef(type="lesson_mission", key=key, url=f"{API}/lessons/{key.split('/')[0]}")
    assert citation.contributor_id is not None
    code = keys["contributor"][citation.contributor_id]
    kind = keys["contributor_kind"][citation.contributor_id]
    return SubjectRef(type=kind, key=code, url=contributor_url(kind, code))


def subject_keys(
    session: Session, citations: Iterable[Citation | Row[Any]]
) -> dict[str, dict[int, str]]:
    """Natural keys of the records these citations support: one query (a UNION ALL over the
    record kinds) whatever the kinds on the page, so a page's statement count is constant."""
    cits = list(citations)
    wanted: dict[str, set[int]] = defaultdict(set)
    for c in cits:
        for attr in SUBJECT_COLUMNS:
            value = getattr(c, attr)
            if value is not None:
                wanted[attr].add(value)
    keys: dict[str, dict[int, str]] = defaultdict(dict)
    if not wanted:
        return keys
    none = literal(None, String)
    lesson_slug = aliased(Lesson)
    mission_slug = aliased(Mission)
    union = union_all(
        *(
            select(literal(kind), model.id, model.slug, none).where(
                model.id.in_(wanted[f"{kind}_id"])
            )
            for kind, model in SLUG_SUBJECTS.items()
        ),
        select(literal("lesson_mission"), LessonMission.id, lesson_slug.slug, mission_slug.slug)
        .join(lesson_slug, LessonMission.lesson_id == lesson_slug.id)
        .join(mission_slug, LessonMission.mission_id == mission_slug.id)
        .where(LessonMission.id.in_(wanted["lesson_mission_id"])),
        select(literal("contributor"), Contributor.id, Contributor.code, Contributor.kind).where(
            Contributor.id.in_(wanted["contributor_id"])
        ),
    )
    for kind, rid, key, extra in session.execute(union):
        if kind == "lesson_mission":
            keys[kind][rid] = f"{key}/{extra}"
        elif kind == "contributor":
            keys["contributor"][rid] = key
            keys["contributor_kind"][rid] = extra
        else:
            keys[kind][rid] = key
    return keys


def citation_items(session: Session, citations: Sequence[Citation]) -> list[CitationRead]:
    keys = subject_keys(session, citations)
    corrected = pairs(
        session.execute(
            with_correction(select(Citation.id)).where(Citation.id.in_([c.id for c in citations]))
        )
    )
    return [to_read(c, corrected.get(c.id), subject_of(c, keys)) for c in citations]


def read_one(session: Session, *, key: str) -> tuple[Citation, CitationRead]:
    """A citation and its answer as GET /citations/{key} shows it (also its writes' answer)."""
    found = session.execute(
        with_correction(select(Citation))
        .options(joinedload(Citation.source))
        .where(Citation.key == key)
    ).first()
    if found is None:
        raise NotFound(f"No citation with key '{key}'.")
    citation, corrected_key = found
    return citation, to_read(
        citation, corrected_key, subject_of(citation, subject_keys(session, [citation]))
    )
