"""Facets of the partner nations list: GROUP BYs over the listed ids (FacetDim); values are what
the list's own filter of that name accepts. The HTML page counts them (app/pages/lists.py);
the JSON list does not offer `?facets=` yet."""

from sqlalchemy import case, literal

from app.core.listing import FacetDim, by_column
from app.models import Contributor

NATO_MEMBER = case(
    (Contributor.nato_accession_date.is_not(None), literal("true")), else_=literal("false")
)

MEMBERSHIP = case(
    (Contributor.nato_accession_date.is_not(None), literal("NATO member")),
    else_=literal("not a member"),
)

NATION_FACETS = [FacetDim("nato_member", by_column(NATO_MEMBER, Contributor, MEMBERSHIP))]
