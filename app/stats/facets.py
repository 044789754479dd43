"""Facets of each list: what `?facets=` may name, and the GROUP BY that counts it.

Each query gets `ids`, a SELECT of the ids the list's filters keep, and returns
`(value, label, count)` rows; values are what the list's own filter of that name accepts.
"""

from typing import Annotated, Any

from fastapi import Depends
from sqlalchemy import Integer, Select, case, cast, extract, func, literal, select

from app.core.filters import shown
from app.core.listing import FacetDim, Listing, list_output
from app.models import (
    Citation,
    Contribution,
    ContributionType,
    Contributor,
    Lesson,
    LessonMission,
    Mission,
    Source,
)


def year_of(column: Any) -> Any:
    # EXTRACT gives a float or numeric on PostgreSQL and an integer on SQLite: one type.
    return cast(extract("year", column), Integer)


def _by_column(column: Any, model: Any, label: Any = None) -> Any:
    def query(ids: Select[Any]) -> Select[Any, Any, Any]:
        return (
            select(column, label if label is not None else column, func.count())
            .where(model.id.in_(ids))
            .group_by(column, *([label] if label is not None else []))
        )

    return query


def _contribution_join(key: Any, label: Any, target: Any, fk: Any) -> Any:
    def query(ids: Select[Any]) -> Select[Any, Any, Any]:
        return (
            select(key, label, func.count())
            .select_from(Contribution)
            .join(target, fk == target.id)
            .where(Contribution.id.in_(ids))
            .group_by(key, label)
        )

    return query


CONTRIBUTION_FACETS = [
    FacetDim(
        "contributor",
        _contribution_join(
            Contributor.code, Contributor.name, Contributor, Contribution.contributor_id
        ),
    ),
    FacetDim(
        "contributor_kind",
        _contribution_join(
            Contributor.kind, Contributor.kind, Contributor, Contribution.contributor_id
        ),
    ),
    FacetDim(
        "type",
        _contribution_join(
            ContributionType.slug, ContributionType.name, ContributionType, Contribution.type_id
        ),
    ),
    FacetDim(
        "category",
        _contribution_join(
            ContributionType.category,
            ContributionType.category,
            ContributionType,
            Contribution.type_id,
        ),
    ),
    FacetDim(
        "mission",
        _contribution_join(Mission.slug, Mission.name, Mission, Contribution.mission_id),
    ),
    FacetDim("year", _by_column(year_of(Contribution.start_date), Contribution)),
    FacetDim("status", _by_column(Contribution.status, Contribution)),
]


def _mission_organization(ids: Select[Any]) -> Select[Any, Any, Any]:
    return (
        select(Contributor.code, Contributor.name, func.count())
        .select_from(Mission)
        .outerjoin(Contributor, Mission.lead_organization_id == Contributor.id)
        .where(Mission.id.in_(ids))
        .group_by(Contributor.code, Contributor.name)
    )


MISSION_FACETS = [
    FacetDim("organization", _mission_organization),
    FacetDim("kind", _by_column(Mission.kind, Mission)),
    FacetDim("theater", _by_column(Mission.theater, Mission)),
    FacetDim("year", _by_column(year_of(Mission.start_date), Mission)),
    FacetDim("status", _by_column(Mission.status, Mission)),
]


def _lesson_mission(ids: Select[Any]) -> Select[Any, Any, Any]:
    # A hidden (e.g. disputed) link is not counted, as `?mission=` does not follow it by default.
    return (
        select(Mission.slug, Mission.name, func.count(LessonMission.lesson_id.distinct()))
        .select_from(LessonMission)
        .join(Mission, LessonMission.mission_id == Mission.id)
        .where(LessonMission.lesson_id.in_(ids), shown(LessonMission.status))
        .group_by(Mission.slug, Mission.name)
    )


LESSON_FACETS = [
    FacetDim("kind", _by_column(Lesson.kind, Lesson)),
    FacetDim("category", _by_column(Lesson.category, Lesson)),
    FacetDim("mission", _lesson_mission),
    FacetDim("status", _by_column(Lesson.status, Lesson)),
]

SOURCE_FACETS = [
    FacetDim("kind", _by_column(Source.kind, Source)),
    FacetDim("publisher", _by_column(Source.publisher, Source)),
    FacetDim("year", _by_column(year_of(Source.published_date), Source)),
]


def _citation_source(ids: Select[Any]) -> Select[Any, Any, Any]:
    return (
        select(Source.slug, Source.title, func.count())
        .select_from(Citation)
        .join(Source, Citation.source_id == Source.id)
        .where(Citation.id.in_(ids))
        .group_by(Source.slug, Source.title)
    )


SUBJECT_TYPE = case(
    (Citation.mission_id.is_not(None), literal("mission")),
    (Citation.contribution_id.is_not(None), literal("contribution")),
    (Citation.lesson_id.is_not(None), literal("lesson")),
    (Citation.lesson_mission_id.is_not(None), literal("lesson_mission")),
    (Citation.strength_id.is_not(None), literal("strength")),
    else_=literal("contributor"),
)

CITATION_FACETS = [
    FacetDim("source", _citation_source),
    FacetDim("status", _by_column(Citation.status, Citation)),
    FacetDim("subject_type", _by_column(SUBJECT_TYPE, Citation)),
]

PlainListing = Annotated[Listing, Depends(list_output())]
ContributionListing = Annotated[Listing, Depends(list_output(CONTRIBUTION_FACETS))]
MissionListing = Annotated[Listing, Depends(list_output(MISSION_FACETS))]
LessonListing = Annotated[Listing, Depends(list_output(LESSON_FACETS))]
SourceListing = Annotated[Listing, Depends(list_output(SOURCE_FACETS))]
CitationListing = Annotated[Listing, Depends(list_output(CITATION_FACETS))]
