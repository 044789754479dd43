"""What `?facets=` may name on the missions list: GROUP BYs over the listed ids (FacetDim);
values are what the list's own filter of that name accepts."""

from app.core.listing import FacetDim, by_column, by_reference, year_of
from app.models import Contributor, Mission

# Missions led by no organization count under a null key.
_ORGANIZATION = by_reference(
    Mission,
    Contributor.code,
    Contributor.name,
    Contributor,
    Mission.lead_organization_id,
    outer=True,
)

MISSION_FACETS = [
    FacetDim("organization", _ORGANIZATION),
    FacetDim("kind", by_column(Mission.kind, Mission)),
    FacetDim("theater", by_column(Mission.theater, Mission)),
    FacetDim("year", by_column(year_of(Mission.start_date), Mission)),
    FacetDim("status", by_column(Mission.status, Mission)),
]
