"""Reads of one contribution type (its list's filters and SQL are in the router)."""

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from app.contribution_types.schemas import ContributionTypeDetail, ContributionTypeRead
from app.contributions.service import types_with_descendants
from app.core.db import first_or_404
from app.core.filters import shown
from app.core.refs import TypeRef
from app.models import Contribution, ContributionType


def get_by_slug(session: Session, *, slug: str) -> ContributionType:
    stmt = (
        select(ContributionType)
        .options(joinedload(ContributionType.parent))
        .where(ContributionType.slug == slug)
    )
    return first_or_404(session, stmt, f"No contribution type with slug '{slug}'.")


def detail(session: Session, found: ContributionType) -> ContributionTypeDetail:
    """A type as GET /contribution-types/{slug} shows it (also the answer to its writes)."""
    slug = found.slug
    children = session.scalars(
        select(ContributionType)
        .where(ContributionType.parent_id == found.id)
        .order_by(ContributionType.slug)
    ).all()
    ids = types_with_descendants(session, [slug])
    count = (
        session.scalar(
            select(func.count()).where(Contribution.type_id.in_(ids), shown(Contribution.status))
        )
        or 0
    )
    base = ContributionTypeRead.model_validate(found)
    return ContributionTypeDetail(
        **base.model_dump(exclude={"url"}),
        children=[TypeRef.model_validate(c) for c in children],
        contributions=count,
    )
