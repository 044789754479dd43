"""Missions, dated contributions and NATO accessions, merged into one dated sequence."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Date, String, and_, cast, func, literal, null, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from app.core.filters import shown
from app.core.refs import API
from app.models import Contribution, ContributionType, Contributor, Mission
from app.timeline.schemas import TimelineEvent

_lead = aliased(Contributor)
_who = aliased(Contributor)
_URLS = {
    "mission": f"{API}/missions/",
    "contribution": f"{API}/contributions/",
    "accession": f"{API}/partner-nations/",
}
# The organization whose accessions the timeline shows.
ALLIANCE = "nato"


def _overlaps(start: Any, end: Any, date_from: date | None, date_to: date | None) -> list[Any]:
    where = []
    if date_from is not None:
        where.append(or_(func.coalesce(end, start) >= date_from, end.is_(None)))
    if date_to is not None:
        where.append(start <= date_to)
    return where


@dataclass(frozen=True)
class TimelineFilters:
    kinds: list[str]
    organizations: list[str] | None  # codes, as stored
    theaters: list[str] | None  # upper-case ISO codes
    date_from: date | None
    date_to: date | None
    include_disputed: bool


# The columns every kind of event answers, in this order.
EVENT_COLUMNS = (
    "kind",
    "rank",
    "date",
    "end_date",
    "key",
    "short",
    "title",
    "mission",
    "organization",
    "theater",
    "status",
)


def _event(*values: Any) -> list[Any]:
    return [v.label(name) for v, name in zip(values, EVENT_COLUMNS, strict=True)]


def _dated(filters: TimelineFilters, kind: str, rank: int, record: Any, title: Any) -> Any:
    """A mission or a contribution (`record`: its model) as events: its dates, key and status,
    its mission's names, lead organization and theater, those `filters` keep (by its dates and
    status, and its mission's lead and theater). The caller joins the mission and the lead."""
    start, end, status = record.start_date, record.end_date, record.status
    columns = _event(
        literal(kind, String),
        literal(rank),
        start,
        end,
        record.slug,
        func.coalesce(Mission.acronym, Mission.name),
        title,
        Mission.slug,
        _lead.code,
        Mission.theater,
        status,
    )
    where = [start.is_not(None), *_overlaps(start, end, filters.date_from, filters.date_to)]
    if filters.organizations is not None:
        where.append(_lead.code.in_(filters.organizations))
    if filters.theaters is not None:
        where.append(Mission.theater.in_(filters.theaters))
    if not filters.include_disputed:
        where.append(shown(status))
    return select(*columns).where(*where)


def _missions(filters: TimelineFilters) -> Any:
    return _dated(filters, "mission", 0, Mission, Mission.name).outerjoin(
        _lead, Mission.lead_organization_id == _lead.id
    )


def _contributions(filters: TimelineFilters) -> Any:
    title = _who.name + literal(": ") + ContributionType.name
    return (
        _dated(filters, "contribution", 1, Contribution, title)
        .join(Mission, Contribution.mission_id == Mission.id)
        .join(_who, Contribution.contributor_id == _who.id)
        .join(ContributionType, Contribution.type_id == ContributionType.id)
        .outerjoin(_lead, Mission.lead_organization_id == _lead.id)
    )


def _accessions(filters: TimelineFilters) -> Any:
    joined = Contributor.nato_accession_date
    columns = _event(
        literal("accession", String),
        literal(2),
        joined,
        cast(null(), Date),
        Contributor.code,
        cast(null(), String),
        Contributor.name + literal(" joins NATO"),
        cast(null(), String),
        literal(ALLIANCE, String),
        cast(null(), String),
        cast(null(), String),
    )
    return select(*columns).where(
        and_(Contributor.kind == "nation", joined.is_not(None)),
        *_overlaps(joined, joined, filters.date_from, filters.date_to),
    )


def events_stmt(filters: TimelineFilters) -> Any:
    """One UNION ALL of the three kinds, columns named alike, not yet ordered."""
    orgs = filters.organizations
    parts = []
    if "mission" in filters.kinds:
        parts.append(_missions(filters))
    if "contribution" in filters.kinds:
        parts.append(_contributions(filters))
    accessions = filters.theaters is None and (orgs is None or ALLIANCE in orgs)
    if "accession" in filters.kinds and accessions:
        parts.append(_accessions(filters))
    if not parts:
        return None
    return union_all(*parts).subquery()


def count(session: Session, events: Any) -> int:
    if events is None:
        return 0
    return int(session.scalar(select(func.count()).select_from(events)) or 0)


def ordered(events: Any) -> Any:
    return select(events).order_by(events.c.date, events.c.rank, events.c.key)


def page(session: Session, events: Any, *, limit: int, offset: int) -> list[TimelineEvent]:
    if events is None:
        return []
    rows = session.execute(ordered(events).limit(limit).offset(offset)).mappings()
    return [to_event(r) for r in rows]


def every_event(session: Session, events: Any, *, batch: int) -> Iterator[TimelineEvent]:
    """All events in order from one query, fetched `batch` rows at a time (a server-side
    cursor on PostgreSQL), so an export of any size stays small in memory."""
    if events is None:
        return
    result = session.execute(ordered(events).execution_options(yield_per=batch)).mappings()
    for row in result:
        yield to_event(row)


def to_event(r: Any) -> TimelineEvent:
    return TimelineEvent(
        kind=r["kind"],
        date=r["date"],
        end_date=r["end_date"],
        key=r["key"],
        title=r["title"] if r["kind"] != "contribution" else f"{r['title']} ({r['short']})",
        url=_URLS[r["kind"]] + r["key"],
        mission=r["mission"],
        organization=r["organization"],
        theater=r["theater"],
        status=r["status"],
    )
