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


def events_stmt(filters: TimelineFilters) -> Any:
    """One UNION ALL of the three kinds, columns named alike, not yet ordered."""
    kinds, org_codes, theaters = filters.kinds, filters.organizations, filters.theaters
    date_from, date_to, include_disputed = (
        filters.date_from,
        filters.date_to,
        filters.include_disputed,
    )
    parts = []

    def mission_filters(start: Any, end: Any, status: Any) -> list[Any]:
        where = [start.is_not(None), *_overlaps(start, end, date_from, date_to)]
        if org_codes is not None:
            where.append(_lead.code.in_(org_codes))
        if theaters is not None:
            where.append(Mission.theater.in_(theaters))
        if not include_disputed:
            where.append(shown(status))
        return where

    if "mission" in kinds:
        parts.append(
            select(
                literal("mission", String).label("kind"),
                literal(0).label("rank"),
                Mission.start_date.label("date"),
                Mission.end_date.label("end_date"),
                Mission.slug.label("key"),
                func.coalesce(Mission.acronym, Mission.name).label("short"),
                Mission.name.label("title"),
                Mission.slug.label("mission"),
                _lead.code.label("organization"),
                Mission.theater.label("theater"),
                Mission.status.label("status"),
            )
            .outerjoin(_lead, Mission.lead_organization_id == _lead.id)
            .where(*mission_filters(Mission.start_date, Mission.end_date, Mission.status))
        )
    if "contribution" in kinds:
        where = mission_filters(Contribution.start_date, Contribution.end_date, Contribution.status)
        parts.append(
            select(
                literal("contribution", String).label("kind"),
                literal(1).label("rank"),
                Contribution.start_date.label("date"),
                Contribution.end_date.label("end_date"),
                Contribution.slug.label("key"),
                func.coalesce(Mission.acronym, Mission.name).label("short"),
                (_who.name + literal(": ") + ContributionType.name).label("title"),
                Mission.slug.label("mission"),
                _lead.code.label("organization"),
                Mission.theater.label("theater"),
                Contribution.status.label("status"),
            )
            .join(Mission, Contribution.mission_id == Mission.id)
            .join(_who, Contribution.contributor_id == _who.id)
            .join(ContributionType, Contribution.type_id == ContributionType.id)
            .outerjoin(_lead, Mission.lead_organization_id == _lead.id)
            .where(*where)
        )
    if "accession" in kinds and theaters is None and (org_codes is None or ALLIANCE in org_codes):
        joined = Contributor.nato_accession_date
        parts.append(
            select(
                literal("accession", String).label("kind"),
                literal(2).label("rank"),
                joined.label("date"),
                cast(null(), Date).label("end_date"),
                Contributor.code.label("key"),
                cast(null(), String).label("short"),
                (Contributor.name + literal(" joins NATO")).label("title"),
                cast(null(), String).label("mission"),
                literal(ALLIANCE, String).label("organization"),
                cast(null(), String).label("theater"),
                cast(null(), String).label("status"),
            ).where(
                and_(Contributor.kind == "nation", joined.is_not(None)),
                *_overlaps(joined, joined, date_from, date_to),
            )
        )
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
