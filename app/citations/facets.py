"""What `?facets=` may name on the citations list: GROUP BYs over the listed ids (FacetDim);
values are what the list's own filter of that name accepts."""

from sqlalchemy import case, literal

from app.core.listing import FacetDim, by_column, by_reference
from app.models import Citation, Source

SUBJECT_TYPE = case(
    (Citation.mission_id.is_not(None), literal("mission")),
    (Citation.contribution_id.is_not(None), literal("contribution")),
    (Citation.lesson_id.is_not(None), literal("lesson")),
    (Citation.lesson_mission_id.is_not(None), literal("lesson_mission")),
    (Citation.strength_id.is_not(None), literal("strength")),
    else_=literal("contributor"),
)

CITATION_FACETS = [
    FacetDim(
        "source",
        by_reference(Citation, Source.slug, Source.title, Source, Citation.source_id),
    ),
    FacetDim("status", by_column(Citation.status, Citation)),
    FacetDim("subject_type", by_column(SUBJECT_TYPE, Citation)),
]
