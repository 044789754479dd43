from collections.abc import Sequence

from sqlalchemy import Select, Text, func, or_, select
from sqlalchemy.orm import Session

from app.citations.service import citations_for
from app.contributors.schemas import ContributorDetail, ContributorRead, MissionContributionCount
from app.core.db import first_or_404
from app.core.filters import any_of, key_cases, resolve_keys, shown
from app.core.refs import API, MissionRef
from app.models import Citation, Contribution, Contributor, Mission


def key_ids(
    session: Session, keys: Sequence[str], *, name: str = "contributor", noun: str = "contributor"
) -> list[int]:
    """The ids of the contributors these keys name, any case (nations are keyed by upper-case ISO
    codes, organizations by lower-case slugs, and the two never collide); a 422 naming every key
    that names none, as parameter `name`."""
    return resolve_keys(
        session, Contributor.code, Contributor.id, keys, name=name, noun=noun, fold_case=True
    )


def list_stmt(
    *,
    kind: Sequence[str] | None,
    organization_kind: Sequence[str] | None = None,
    nato_member: bool | None = None,
    frameworks: Sequence[str] | None = None,
) -> Select[Contributor]:
    """Contributors by these filters; each list means "any of" (app/core/filters.py)."""
    stmt = select(Contributor)
    if kind is not None:
        stmt = stmt.where(any_of(Contributor.kind, kind))
    if organization_kind is not None:
        stmt = stmt.where(any_of(Contributor.organization_kind, organization_kind))
    if nato_member is not None:
        stmt = stmt.where(
            Contributor.nato_accession_date.is_not(None)
            if nato_member
            else Contributor.nato_accession_date.is_(None)
        )
    if frameworks is not None:
        # JSON arrays are small; a LIKE on the serialized list works on both engines.
        text = func.lower(func.cast(Contributor.partnership_frameworks, Text()))
        stmt = stmt.where(or_(*(text.like(_json_item(f), escape="\\") for f in frameworks)))
    return stmt


def _json_item(value: str) -> str:
    """A LIKE pattern matching `value` as an item of a serialized JSON list, any case."""
    needle = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f'%"{needle.lower()}"%'


def get_by_code(session: Session, *, code: str, kind: str | None) -> Contributor:
    stmt = select(Contributor).where(Contributor.code.in_(key_cases(code)))
    if kind is not None:
        stmt = stmt.where(Contributor.kind == kind)
    what = {"nation": "partner nation", "organization": "organization"}.get(
        kind or "", "contributor"
    )
    return first_or_404(session, stmt, f"No {what} with code '{code}'.")


def contributions_by_mission(session: Session, *, contributor_id: int) -> list[tuple[Mission, int]]:
    rows = session.execute(
        select(Mission, func.count(Contribution.id))
        .join(Contribution, Contribution.mission_id == Mission.id)
        .where(Contribution.contributor_id == contributor_id, shown(Contribution.status))
        .group_by(Mission.id)
        .order_by(func.count(Contribution.id).desc(), Mission.slug)
    ).all()
    return [(m, n) for m, n in rows]


def detail(
    session: Session, contributor: Contributor, *, include_disputed: bool
) -> ContributorDetail:
    """A nation or organization as its GET shows it (also the answer to its writes)."""
    base = ContributorRead.model_validate(contributor)
    counts = contributions_by_mission(session, contributor_id=contributor.id)
    return ContributorDetail(
        **base.model_dump(exclude={"url", "html_url"}),
        contributions_by_mission=[
            MissionContributionCount(mission=MissionRef.model_validate(m), contributions=n)
            for m, n in counts
        ],
        contributions=f"{API}/contributions?contributor={contributor.code}",
        citations=citations_for(
            session, Citation.contributor_id, [contributor.id], include_disputed=include_disputed
        ).get(contributor.id, []),
    )
