"""Records as plain JSON-ready dicts keyed by natural keys: the export format, also what the
audit log stores as `before` and `after`. One definition, so an audit entry shows a record
exactly as an export (and an import) would.

Every function takes optional ids: None means all rows (the export), a list means those rows
(one record for the audit log). Rows come back sorted by natural key.
"""

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased, undefer

from app.core.numbers import amount_json
from app.models import (
    Citation,
    Contribution,
    ContributionType,
    Contributor,
    Lesson,
    LessonMission,
    Mission,
    Source,
    StrengthObservation,
)

Snapshot = dict[str, Any]
_S = TypeVar("_S", bound=Select[*tuple[Any, ...]])


def _date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _amount(value: Decimal | None) -> int | float | None:
    # A JSON number, as everywhere else amounts are read (app/core/numbers.py).
    return None if value is None else amount_json(value)


def _only(stmt: _S, column: Any, ids: Sequence[int] | None) -> _S:
    return stmt if ids is None else stmt.where(column.in_(list(ids)))


def sources(session: Session, ids: Sequence[int] | None = None) -> list[Snapshot]:
    stmt = _only(select(Source).options(undefer(Source.full_text)), Source.id, ids)
    return [
        {
            "slug": s.slug,
            "title": s.title,
            "author": s.author,
            "publisher": s.publisher,
            "url": s.url,
            "published_date": _date(s.published_date),
            "accessed_date": _date(s.accessed_date),
            "reviewed_date": _date(s.reviewed_date),
            "kind": s.kind,
            "reliability": s.reliability,
            "full_text": s.full_text,
        }
        for s in session.scalars(stmt.order_by(Source.slug))
    ]


def _contributors(
    session: Session,
    kind: str,
    ids: Sequence[int] | None,
    snapshot: Callable[[Contributor], Snapshot],
) -> list[Snapshot]:
    """Contributors of one kind (nations, organizations), by code."""
    stmt = _only(select(Contributor).where(Contributor.kind == kind), Contributor.id, ids)
    return [snapshot(c) for c in session.scalars(stmt.order_by(Contributor.code))]


def organizations(session: Session, ids: Sequence[int] | None = None) -> list[Snapshot]:
    def snapshot(o: Contributor) -> Snapshot:
        return {
            "slug": o.code,
            "name": o.name,
            "acronym": o.acronym,
            "kind": o.organization_kind,
            "description": o.description,
        }

    return _contributors(session, "organization", ids, snapshot)


def nations(session: Session, ids: Sequence[int] | None = None) -> list[Snapshot]:
    def snapshot(n: Contributor) -> Snapshot:
        return {
            "iso3": n.code,
            "name": n.name,
            "nato_accession_date": _date(n.nato_accession_date),
            "partnership_frameworks": list(n.partnership_frameworks or []),
            "description": n.description,
        }

    return _contributors(session, "nation", ids, snapshot)


def contribution_types(session: Session, ids: Sequence[int] | None = None) -> list[Snapshot]:
    parent = aliased(ContributionType)
    stmt = _only(
        select(ContributionType, parent.slug).outerjoin(
            parent, ContributionType.parent_id == parent.id
        ),
        ContributionType.id,
        ids,
    )
    return [
        {
            "slug": t.slug,
            "name": t.name,
            "category": t.category,
            "parent": parent_slug,
            "description": t.description,
        }
        for t, parent_slug in session.execute(stmt.order_by(ContributionType.slug))
    ]


def missions(session: Session, ids: Sequence[int] | None = None) -> list[Snapshot]:
    stmt = _only(
        select(Mission, Contributor.code).outerjoin(
            Contributor, Mission.lead_organization_id == Contributor.id
        ),
        Mission.id,
        ids,
    )
    return [
        {
            "slug": m.slug,
            "acronym": m.acronym,
            "name": m.name,
            "lead_organization": lead,
            "kind": m.kind,
            "theater": m.theater,
            "start_date": _date(m.start_date),
            "end_date": _date(m.end_date),
            "date_precision": m.date_precision,
            "mandate": m.mandate,
            "summary": m.summary,
        }
        for m, lead in session.execute(stmt.order_by(Mission.slug))
    ]


def contributions(session: Session, ids: Sequence[int] | None = None) -> list[Snapshot]:
    stmt = _only(
        select(Contribution, Contributor.code, Mission.slug, ContributionType.slug)
        .join(Contributor, Contribution.contributor_id == Contributor.id)
        .join(Mission, Contribution.mission_id == Mission.id)
        .join(ContributionType, Contribution.type_id == ContributionType.id),
        Contribution.id,
        ids,
    )
    return [
        {
            "slug": c.slug,
            "contributor": contributor,
            "mission": mission,
            "type": type_slug,
            "start_date": _date(c.start_date),
            "end_date": _date(c.end_date),
            "date_precision": c.date_precision,
            "personnel": c.personnel,
            "amount": _amount(c.amount),
            "unit": c.unit,
            "amount_approx": c.amount_approx,
            "description": c.description,
        }
        for c, contributor, mission, type_slug in session.execute(stmt.order_by(Contribution.slug))
    ]


def strengths(session: Session, ids: Sequence[int] | None = None) -> list[Snapshot]:
    contribution = aliased(Contribution)
    stmt = _only(
        select(StrengthObservation, Mission.slug, Contributor.code, contribution.slug)
        .join(Mission, StrengthObservation.mission_id == Mission.id)
        .outerjoin(Contributor, StrengthObservation.contributor_id == Contributor.id)
        .outerjoin(contribution, StrengthObservation.contribution_id == contribution.id),
        StrengthObservation.id,
        ids,
    )
    return [
        {
            "slug": o.slug,
            "mission": mission,
            "contributor": contributor,
            "contribution": contribution_slug,
            "date": _date(o.observed_on),
            "date_precision": o.date_precision,
            "personnel": o.personnel,
            "approx": o.approx,
            "tally": o.tally,
            "note": o.note,
        }
        for o, mission, contributor, contribution_slug in session.execute(
            stmt.order_by(StrengthObservation.slug)
        )
    ]


def lessons(session: Session, ids: Sequence[int] | None = None) -> list[Snapshot]:
    rows = list(session.scalars(_only(select(Lesson), Lesson.id, ids).order_by(Lesson.slug)))
    links: dict[int, list[str]] = {}
    link_stmt = (
        select(LessonMission.lesson_id, Mission.slug)
        .join(Mission, LessonMission.mission_id == Mission.id)
        .order_by(Mission.slug)
    )
    if ids is not None:
        link_stmt = link_stmt.where(LessonMission.lesson_id.in_(list(ids)))
    for lesson_id, mission_slug in session.execute(link_stmt):
        links.setdefault(lesson_id, []).append(mission_slug)
    return [
        {
            "slug": ls.slug,
            "title": ls.title,
            "summary": ls.summary,
            "kind": ls.kind,
            "category": ls.category,
            # Links' citations are top-level citations with a lesson_mission subject.
            "missions": [{"mission": m} for m in links.get(ls.id, [])],
        }
        for ls in rows
    ]


def citations(session: Session, ids: Sequence[int] | None = None) -> list[Snapshot]:
    # Columns, not Citation entities: an export (and every import, which reads the stored
    # records before and after) reads about 1,200 citations at seed size, and building ORM
    # objects for them was most of the export's time (docs/testing.md).
    corrector = aliased(Citation)
    stmt = _only(
        select(
            Citation.id,
            Citation.key,
            *(getattr(Citation, column) for column in _SUBJECT_COLUMNS),
            Citation.section,
            Citation.quote,
            Citation.locator,
            Citation.status,
            Citation.note,
            Source.slug.label("source"),
            corrector.key.label("corrected_by"),
        )
        .join(Source, Citation.source_id == Source.id)
        .outerjoin(corrector, Citation.corrected_by_id == corrector.id),
        Citation.id,
        ids,
    )
    rows = session.execute(stmt.order_by(Citation.key)).all()
    subjects = _subjects(session, rows)
    return [
        {
            "key": c.key,
            "subject": subjects[c.id],
            "source": c.source,
            "section": c.section,
            "quote": c.quote,
            "locator": c.locator,
            "status": c.status,
            "note": c.note,
            "corrected_by": c.corrected_by,
        }
        for c in rows
    ]


_SUBJECT_COLUMNS = (
    "mission_id",
    "contribution_id",
    "lesson_id",
    "lesson_mission_id",
    "strength_id",
    "contributor_id",
)


def _subjects(session: Session, cits: Sequence[Any]) -> dict[int, dict[str, Any]]:
    """Each citation's subject by its natural key; `cits` are rows with Citation's id and
    subject columns."""

    def keyed(model: Any, column: Any) -> dict[int, Any]:
        wanted = {getattr(c, column) for c in cits if getattr(c, column) is not None}
        if not wanted:
            return {}
        key = model.code if model is Contributor else model.slug
        extra = [model.kind] if model is Contributor else []
        rows = session.execute(select(model.id, key, *extra).where(model.id.in_(wanted)))
        return {r[0]: tuple(r[1:]) for r in rows}

    found = {
        "mission_id": keyed(Mission, "mission_id"),
        "contribution_id": keyed(Contribution, "contribution_id"),
        "lesson_id": keyed(Lesson, "lesson_id"),
        "contributor_id": keyed(Contributor, "contributor_id"),
        "strength_id": keyed(StrengthObservation, "strength_id"),
    }
    link_ids = {c.lesson_mission_id for c in cits if c.lesson_mission_id is not None}
    links: dict[int, list[str]] = {}
    if link_ids:
        for link_id, lesson, mission in session.execute(
            select(LessonMission.id, Lesson.slug, Mission.slug)
            .join(Lesson, LessonMission.lesson_id == Lesson.id)
            .join(Mission, LessonMission.mission_id == Mission.id)
            .where(LessonMission.id.in_(link_ids))
        ):
            links[link_id] = [lesson, mission]
    out: dict[int, dict[str, Any]] = {}
    for c in cits:
        if c.mission_id is not None:
            out[c.id] = {"mission": found["mission_id"][c.mission_id][0]}
        elif c.contribution_id is not None:
            out[c.id] = {"contribution": found["contribution_id"][c.contribution_id][0]}
        elif c.lesson_id is not None:
            out[c.id] = {"lesson": found["lesson_id"][c.lesson_id][0]}
        elif c.lesson_mission_id is not None:
            out[c.id] = {"lesson_mission": links[c.lesson_mission_id]}
        elif c.strength_id is not None:
            out[c.id] = {"strength": found["strength_id"][c.strength_id][0]}
        else:
            assert c.contributor_id is not None
            code, kind = found["contributor_id"][c.contributor_id]
            out[c.id] = {"nation" if kind == "nation" else "organization": code}
    return out


# Export section -> (snapshot function, natural key field). Order: references first.
KINDS: dict[str, tuple[Callable[[Session, Sequence[int] | None], list[Snapshot]], str]] = {
    "sources": (sources, "slug"),
    "organizations": (organizations, "slug"),
    "nations": (nations, "iso3"),
    "contribution_types": (contribution_types, "slug"),
    "missions": (missions, "slug"),
    "contributions": (contributions, "slug"),
    "strengths": (strengths, "slug"),
    "lessons": (lessons, "slug"),
    "citations": (citations, "key"),
}


def one(session: Session, kind: str, row_id: int) -> Snapshot | None:
    snapshot, _ = KINDS[kind]
    found = snapshot(session, [row_id])
    return found[0] if found else None
