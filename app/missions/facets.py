"""What `?facets=` may name on the missions list: GROUP BYs over the listed ids (FacetDim);
values are what the list's own filter of that name accepts."""

from typing import Any

from sqlalchemy import Select, func, select

from app.core.listing import FacetDim, by_column, year_of
from app.models import Contributor, Mission


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
    FacetDim("kind", by_column(Mission.kind, Mission)),
    FacetDim("theater", by_column(Mission.theater, Mission)),
    FacetDim("year", by_column(year_of(Mission.start_date), Mission)),
    FacetDim("status", by_column(Mission.status, Mission)),
]
