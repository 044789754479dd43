"""Strength observations: lists, a mission's series, and personnel on a day by one rule."""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session, joinedload

from app.citations.service import citations_for
from app.contributors.service import key_ids
from app.core.db import first_or_404
from app.core.filters import any_of, shown, shows_hidden, status_clause
from app.core.refs import API, ContributorRef, MissionRef, contributor_ref, mission_ref
from app.core.rows import prefixed
from app.missions.service import slug_ids
from app.models import TALLIES, Citation, Contribution, Contributor, Mission, StrengthObservation
from app.strengths.schemas import StrengthDetail, StrengthRead, date_label

# On one date, the count a chart shows for a contributor: NATO's or a government's own first,
# then a wire service's, a newspaper's, a reference work's.
TALLY_ORDER = {name: n for n, name in enumerate(TALLIES)}

SERIES_RULE = (
    "One row per contributor per date: of several observations of one contributor on one "
    "date, the official tally is shown, else wire, press, reference (then by slug). Rows of "
    "series `total` are mission-wide figures a source gives, not sums of the contributor rows."
)
SUM_RULE = (
    "Personnel on a day: for each mission and each contributor, the latest strength "
    "observation dated on or before that day (on one date the official tally is preferred, "
    "then wire, press, reference), left out when the contributor was gone by then (the "
    "mission, the contribution it measures, or every recorded contribution of that "
    "contributor to that mission had ended before that day); these are summed. Never a sum "
    "of snapshots of one contributor from different dates. Mission-wide totals (no "
    "contributor) are not added in. A month- or year-precise observation is dated the "
    "month's 1st or 1 January."
)


@dataclass(frozen=True)
class Filters:
    missions: Sequence[str] | None = None
    contributors: Sequence[str] | None = None
    tallies: Sequence[str] | None = None
    statuses: Sequence[str] | None = None
    date_from: date | None = None
    date_to: date | None = None
    include_disputed: bool = False


NO_FILTER = Filters()


def _with_refs(stmt: Select[Any]) -> Select[Any]:
    return stmt.options(
        joinedload(StrengthObservation.mission, innerjoin=True),
        joinedload(StrengthObservation.contributor),
        joinedload(StrengthObservation.contribution),
    )


SelectT = TypeVar("SelectT", bound=Select[*tuple[Any, ...]])


def by_keys(
    session: Session,
    stmt: SelectT,
    missions: Sequence[str] | None,
    contributors: Sequence[str] | None,
    tallies: Sequence[str] | None,
) -> SelectT:
    """`stmt` over observations, narrowed to any of these missions, contributors and tallies
    (None: no filter); an unknown key is a 422 naming its parameter."""
    if missions is not None:
        stmt = stmt.where(any_of(StrengthObservation.mission_id, slug_ids(session, missions)))
    if contributors is not None:
        ids = key_ids(session, contributors)
        stmt = stmt.where(any_of(StrengthObservation.contributor_id, ids))
    if tallies is not None:
        stmt = stmt.where(any_of(StrengthObservation.tally, tallies))
    return stmt


def list_stmt(session: Session, f: Filters, base: Select[Any] | None = None) -> Select[Any]:
    """Observations by these filters; `base` (a select over StrengthObservation): which columns,
    by default the records with their mission, contributor and contribution."""
    stmt = by_keys(
        session,
        _with_refs(select(StrengthObservation)) if base is None else base,
        f.missions,
        f.contributors,
        f.tallies,
    )
    if f.date_from is not None:
        stmt = stmt.where(StrengthObservation.observed_on >= f.date_from)
    if f.date_to is not None:
        stmt = stmt.where(StrengthObservation.observed_on <= f.date_to)
    shown = status_clause(StrengthObservation.status, f.statuses, f.include_disputed)
    return stmt if shown is None else stmt.where(shown)


def get_by_slug(session: Session, slug: str) -> StrengthObservation:
    stmt = _with_refs(select(StrengthObservation)).where(StrengthObservation.slug == slug)
    found: StrengthObservation = first_or_404(
        session, stmt, f"No strength observation with slug '{slug}'."
    )
    return found


def to_item(o: StrengthObservation) -> dict[str, Any]:
    """A row in StrengthRead's shape (the column is `observed_on`, the field `date`)."""
    return {
        "slug": o.slug,
        "mission": o.mission,
        "contributor": o.contributor,
        "contribution": o.contribution,
        "date": o.observed_on,
        "date_precision": o.date_precision,
        "personnel": o.personnel,
        "approx": o.approx,
        "tally": o.tally,
        "note": o.note,
        "status": o.status,
        "disputed_claims": o.disputed_claims,
        "version": o.version,
    }


def to_items(_session: Session, rows: Sequence[Any]) -> list[dict[str, Any]]:
    return [to_item(o) for o in rows]


def of_contribution(session: Session, contribution_id: int) -> list[StrengthObservation]:
    return list(
        session.scalars(
            _with_refs(select(StrengthObservation))
            .where(
                StrengthObservation.contribution_id == contribution_id,
                shown(StrengthObservation.status),
            )
            .order_by(StrengthObservation.observed_on, StrengthObservation.slug)
        )
    )


def contribution_data(session: Session, contribution: Any) -> list[dict[str, Any]]:
    """`of_contribution` as plain JSON values (StrengthRead's shape), read by columns: for a
    contribution's answer serialized once (`RecordView.answer_data`). `contribution` has its
    `id` and `slug`."""
    link = {"slug": contribution.slug, "url": f"{API}/contributions/{contribution.slug}"}
    rows = session.connection().execute(_OF_CONTRIBUTION, {"contribution_id": contribution.id})
    return [
        {
            "slug": r.slug,
            "mission": mission_ref(r.mission_slug, r.mission_acronym, r.mission_name),
            "contributor": None
            if r.contributor_code is None
            else contributor_ref(r.contributor_code, r.contributor_name, r.contributor_kind),
            "contribution": link,
            "date": r.observed_on,
            "date_precision": r.date_precision,
            "personnel": r.personnel,
            "approx": r.approx,
            "tally": r.tally,
            "note": r.note,
            "status": r.status,
            "disputed_claims": r.disputed_claims,
            "version": r.version,
            "date_label": date_label(r.observed_on, r.date_precision),
            "url": f"{API}/strengths/{r.slug}",
        }
        for r in rows
    ]


_OF_CONTRIBUTION: Any = (
    select(
        StrengthObservation.slug,
        StrengthObservation.observed_on,
        StrengthObservation.date_precision,
        StrengthObservation.personnel,
        StrengthObservation.approx,
        StrengthObservation.tally,
        StrengthObservation.note,
        StrengthObservation.status,
        StrengthObservation.disputed_claims,
        StrengthObservation.version,
        *prefixed(Mission, "mission", MissionRef),
        *prefixed(Contributor, "contributor", ContributorRef),
    )
    .join(Mission, Mission.id == StrengthObservation.mission_id)
    .outerjoin(Contributor, Contributor.id == StrengthObservation.contributor_id)
    .where(
        StrengthObservation.contribution_id == bindparam("contribution_id"),
        shown(StrengthObservation.status),
    )
    .order_by(StrengthObservation.observed_on, StrengthObservation.slug)
)


_SERIES_COLUMNS: Any = select(
    StrengthObservation.observed_on,
    StrengthObservation.contributor_id,
    StrengthObservation.date_precision,
    StrengthObservation.personnel,
    StrengthObservation.approx,
    StrengthObservation.tally,
    StrengthObservation.slug,
    StrengthObservation.status,
    Contributor.code,
    Contributor.name,
).outerjoin(Contributor, Contributor.id == StrengthObservation.contributor_id)


def _preferred(rows: Sequence[Any]) -> Any:
    return min(rows, key=lambda o: (TALLY_ORDER[o.tally], o.slug))


def series(session: Session, mission: Mission, f: Filters = NO_FILTER) -> list[dict[str, Any]]:
    """A mission's strength as chart rows, of the observations `f` keeps (its `missions` left
    aside: the mission's own): by date, then contributor (totals first)."""
    stmt = list_stmt(session, replace(f, missions=None), _SERIES_COLUMNS).where(
        StrengthObservation.mission_id == mission.id
    )
    groups: dict[tuple[date, int | None], list[Any]] = {}
    for o in session.execute(stmt):  # columns, not records: a chart reads hundreds of rows
        groups.setdefault((o.observed_on, o.contributor_id), []).append(o)
    rows = []
    for (day, contributor_id), found in groups.items():
        o = _preferred(found)
        rows.append(
            {
                "date": day,
                "date_precision": o.date_precision,
                "date_label": date_label(day, o.date_precision),
                "series": "total" if contributor_id is None else "contributor",
                "contributor": o.code,
                "contributor_name": o.name,
                "personnel": o.personnel,
                "approx": o.approx,
                "tally": o.tally,
                "observation": o.slug,
                "status": o.status,
            }
        )
    rows.sort(key=lambda r: (r["date"], r["contributor"] is not None, r["contributor"] or ""))
    return rows


def period_end(day: date, precision: str) -> date:
    """The last day a date of this precision may stand for (a month's last day, 31 Dec)."""
    if precision == "year":
        return date(day.year, 12, 31)
    if precision == "month":
        following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)
    return day


@dataclass(frozen=True)
class Counted:
    """One contributor's figure in one mission that SUM_RULE counts on a day."""

    mission_id: int
    contributor_id: int
    contribution_id: int | None
    observed_on: date
    personnel: int


_Latest = dict[tuple[int, Any], tuple[int, int, str, date, int, int | None]]


def _latest(session: Session, day: date, include_disputed: bool) -> _Latest:
    """Each (mission, contributor)'s figure SUM_RULE prefers on `day`, as a sortable rank."""
    stmt = select(
        StrengthObservation.mission_id,
        StrengthObservation.contributor_id,
        StrengthObservation.contribution_id,
        StrengthObservation.observed_on,
        StrengthObservation.tally,
        StrengthObservation.slug,
        StrengthObservation.personnel,
    ).where(
        StrengthObservation.contributor_id.is_not(None),
        StrengthObservation.observed_on <= day,
    )
    if not include_disputed:
        stmt = stmt.where(shown(StrengthObservation.status))
    latest: _Latest = {}
    for mission_id, contributor_id, contribution_id, observed, tally, slug, n in session.execute(
        stmt
    ):
        # The latest date first; on one date the preferred tally, then the lower slug.
        rank = (-observed.toordinal(), TALLY_ORDER[tally], slug, observed, n, contribution_id)
        key = (mission_id, contributor_id)
        if key not in latest or rank < latest[key]:
            latest[key] = rank
    return latest


def counted_on(session: Session, day: date, *, include_disputed: bool = False) -> list[Counted]:
    """The figures SUM_RULE counts on `day`, one per contributor and mission (3 statements)."""
    latest = _latest(session, day, include_disputed)
    if not latest:
        return []
    # Then whether each contributor was still there: its mission and its contributions.
    there = presence(session, {k[0] for k in latest})
    return [
        Counted(key[0], key[1], r[5], r[3], r[4])
        for key, r in latest.items()
        if there.present(key, r[5], day)
    ]


@dataclass(frozen=True)
class Presence:
    """When missions and (undisputed) contributions ended, as far as their records say: a
    figure holds until they did (SUM_RULE, and /stats/strength's carried figures)."""

    mission_end: dict[int, date | None]
    contribution_end: dict[int, date | None]
    # Per (mission, contributor): the end of each of its contributions there.
    pair_ends: dict[tuple[int, Any], list[date | None]]

    def present(self, pair: tuple[int, Any], contribution_id: int | None, day: date) -> bool:
        """Nothing says the contributor was gone from the mission by `day`."""
        mission_end = self.mission_end.get(pair[0])
        if mission_end is not None and mission_end < day:
            return False
        if contribution_id is not None and contribution_id in self.contribution_end:
            end = self.contribution_end[contribution_id]
            return end is None or end >= day
        recorded = self.pair_ends.get(pair)
        return not recorded or any(end is None or end >= day for end in recorded)


def presence(session: Session, mission_ids: set[int]) -> Presence:
    """The ends of these missions and of their contributions (2 statements)."""
    missions = {
        m_id: None if end is None else period_end(end, precision)
        for m_id, end, precision in session.execute(
            select(Mission.id, Mission.end_date, Mission.date_precision).where(
                Mission.id.in_(mission_ids)
            )
        )
    }
    contribution_end: dict[int, date | None] = {}
    pair_ends: dict[tuple[int, Any], list[date | None]] = {}
    for c_id, m_id, p_id, end, precision in session.execute(
        select(
            Contribution.id,
            Contribution.mission_id,
            Contribution.contributor_id,
            Contribution.end_date,
            Contribution.date_precision,
        ).where(Contribution.mission_id.in_(mission_ids), shown(Contribution.status))
    ):
        stop = None if end is None else period_end(end, precision)
        contribution_end[c_id] = stop
        pair_ends.setdefault((m_id, p_id), []).append(stop)
    return Presence(missions, contribution_end, pair_ends)


def personnel_on(
    session: Session, day: date, *, include_disputed: bool = False
) -> tuple[int | None, int, date | None]:
    """(total, contributor-mission pairs counted, oldest observation counted) by SUM_RULE."""
    counted = counted_on(session, day, include_disputed=include_disputed)
    if not counted:
        return None, 0, None
    return (
        sum(c.personnel for c in counted),
        len(counted),
        min(c.observed_on for c in counted),
    )


def detail(
    session: Session, found: StrengthObservation, *, include_disputed: bool
) -> StrengthDetail:
    """An observation as GET /strengths/{slug} shows it (also the answer to its writes)."""
    show_disputed = shows_hidden(StrengthObservation.status, found.status, include_disputed)
    base = StrengthRead.model_validate(to_item(found))
    return StrengthDetail(
        **base.model_dump(exclude={"url", "date_label"}),
        citations=citations_for(
            session, Citation.strength_id, [found.id], include_disputed=show_disputed
        ).get(found.id, []),
    )
