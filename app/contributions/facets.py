"""What `?facets=` may name on the contributions list: GROUP BYs over the listed ids (FacetDim);
values are what the list's own filter of that name accepts."""

from typing import Any

from app.core.listing import FacetDim, by_column, by_reference, year_of
from app.models import Contribution, ContributionType, Contributor, Mission


def _contribution_join(key: Any, label: Any, target: Any, fk: Any) -> Any:
    return by_reference(Contribution, key, label, target, fk)


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
    FacetDim("year", by_column(year_of(Contribution.start_date), Contribution)),
    FacetDim("status", by_column(Contribution.status, Contribution)),
]
