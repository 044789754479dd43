"""What `?facets=` may name on the citations list: GROUP BYs over the listed ids (FacetDim);
values are what the list's own filter of that name accepts."""

from typing import Any

from sqlalchemy import Select, case, func, literal, select

from app.core.listing import FacetDim, by_column
from app.models import Citation, Source


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
    FacetDim("status", by_column(Citation.status, Citation)),
    FacetDim("subject_type", by_column(SUBJECT_TYPE, Citation)),
]
