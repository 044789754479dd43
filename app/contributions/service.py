from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, joinedload

from app.core.errors import NotFound
from app.core.refs import ContributorRef, MissionRef, TypeRef
from app.core.rows import nest, prefixed
from app.missions.service import active_on
from app.models import Contribution, ContributionType, Contributor, Mission


def code_variants(code: str) -> set[str]:
    """Nations are keyed by upper-case ISO codes, organizations by lower-case slugs."""
    return {code, code.upper(), code.lower()}


def type_with_descendants(session: Session, slug: str) -> list[int]:
    """A type and everything under it: asking for logistics includes fuel-and-maintenance."""
    rows = session.execute(
        select(ContributionType.id, ContributionType.slug, ContributionType.parent_id)
    ).all()
    root = next((r.id for r in rows if r.slug == slug), None)
    if root is None:
        return []
    children: dict[int, list[int]] = {}
    for r in rows:
        if r.parent_id is not None:
            children.setdefault(r.parent_id, []).append(r.id)
    found, stack = [], [root]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(children.get(current, []))
    return found


def list_stmt(
    session: Session,
    *,
    mission: str | None,
    contributor: str | None,
    contributor_kind: str | None,
    type_slug: str | None,
    category: str | None,
    active_on_date: date | None,
    date_from: date | None,
    date_to: date | None,
    include_disputed: bool,
) -> Select[Contribution]:
    # The filters only: pages are read through `read_rows`, stats and facets use it as a
    # subquery, so no loader options are needed.
    stmt = select(Contribution)
    if mission is not None:
        stmt = stmt.where(
            Contribution.mission_id
            == select(Mission.id).where(Mission.slug == mission).scalar_subquery()
        )
    if contributor is not None:
        # At most one contributor has this code in any case (nations are upper case, the
        # organizations' slugs lower case, and the two never collide), so an equality with a
        # one-row subquery, not an IN: the planner can then read the list in index order.
        # (min() always yields one row: NULL, so no match, when the code is unknown.)
        stmt = stmt.where(
            Contribution.contributor_id
            == select(func.min(Contributor.id))
            .where(Contributor.code.in_(code_variants(contributor)))
            .scalar_subquery()
        )
    if contributor_kind is not None:
        stmt = stmt.where(
            Contribution.contributor_id.in_(
                select(Contributor.id).where(Contributor.kind == contributor_kind)
            )
        )
    if type_slug is not None:
        stmt = stmt.where(Contribution.type_id.in_(type_with_descendants(session, type_slug)))
    if category is not None:
        stmt = stmt.where(
            Contribution.type_id.in_(
                select(ContributionType.id).where(ContributionType.category == category)
            )
        )
    if active_on_date is not None:
        stmt = stmt.where(active_on(Contribution.start_date, Contribution.end_date, active_on_date))
    if date_from is not None:
        stmt = stmt.where(or_(Contribution.end_date.is_(None), Contribution.end_date >= date_from))
    if date_to is not None:
        stmt = stmt.where(
            or_(Contribution.start_date.is_(None), Contribution.start_date <= date_to)
        )
    if not include_disputed:
        stmt = stmt.where(Contribution.status != "disputed")
    return stmt


def get_by_slug(session: Session, *, slug: str) -> Contribution:
    found = session.scalars(
        select(Contribution)
        .options(
            joinedload(Contribution.contributor, innerjoin=True),
            joinedload(Contribution.mission, innerjoin=True),
            joinedload(Contribution.type, innerjoin=True),
        )
        .where(Contribution.slug == slug)
    ).first()
    if found is None:
        raise NotFound(f"No contribution with slug '{slug}'.")
    return found


# A list page's columns (ContributionRead without the ORM): the page is read as plain rows of
# these, joined to the three records it names, under the list's own filters.
_READ_COLUMNS = (
    Contribution.id,
    Contribution.slug,
    Contribution.start_date,
    Contribution.end_date,
    Contribution.date_precision,
    Contribution.personnel,
    Contribution.amount,
    Contribution.unit,
    Contribution.description,
    Contribution.status,
    Contribution.disputed_claims,
    Contribution.version,
    *prefixed(Contributor, "contributor", ContributorRef),
    *prefixed(Mission, "mission", MissionRef),
    *prefixed(ContributionType, "type", TypeRef),
)


def read_rows(stmt: Select[Any]) -> Select[Any]:
    """`list_stmt`'s filters over the columns of a list item (see `pagination.paginate`)."""
    rows: Select[Any] = (
        select(*_READ_COLUMNS)
        .select_from(Contribution)
        .join(Contributor, Contributor.id == Contribution.contributor_id)
        .join(Mission, Mission.id == Contribution.mission_id)
        .join(ContributionType, ContributionType.id == Contribution.type_id)
    )
    return rows if stmt.whereclause is None else rows.where(stmt.whereclause)


def read_items(session: Session, rows: Sequence[Any]) -> list[dict[str, Any]]:
    """Rows of `read_rows` in ContributionRead's shape."""
    items = []
    for row in rows:
        item = row._asdict()
        del item["id"]
        nest(item, "contributor", ContributorRef)
        nest(item, "mission", MissionRef)
        nest(item, "type", TypeRef)
        items.append(item)
    return items
