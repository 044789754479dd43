from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Date, Row, Select, literal, literal_column, or_, select
from sqlalchemy.orm import Session, joinedload

from app.citations.service import citation_data
from app.contributions.schemas import ContributionDetail
from app.contributors.service import key_ids
from app.core.db import AnswerRow, first_or_404
from app.core.fields import every_field
from app.core.filters import any_of, in_years, resolve_keys, shows_hidden, status_clause
from app.core.numbers import amount_json
from app.core.pagination import (
    COUNT_BY,
    LATE,
    MAX_MERGED,
    MERGE_ON,
    PARTITION,
    SORT_BOUNDS,
    WALK_WITHOUT,
    Order,
    SortKey,
)
from app.core.refs import (
    API,
    KB,
    ContributorRef,
    MissionRef,
    TypeRef,
    contributor_ref,
    mission_ref,
    type_ref,
)
from app.core.rows import nest, prefixed
from app.missions.service import slug_ids
from app.models import (
    Citation,
    Contribution,
    ContributionType,
    Contributor,
    Mission,
)
from app.models.contribution import RUN_CLASSES, RUN_SPAN, run_class_span, run_class_sql
from app.strengths import service as strengths


@dataclass(frozen=True)
class Filters:
    """What `/contributions` and `/stats/contributions` filter on; a list means "any of"."""

    missions: Sequence[str] | None = None
    contributors: Sequence[str] | None = None
    contributor_kinds: Sequence[str] | None = None
    types: Sequence[str] | None = None
    categories: Sequence[str] | None = None
    statuses: Sequence[str] | None = None
    years: Sequence[int] | None = None
    active_on_date: date | None = None
    date_from: date | None = None
    date_to: date | None = None
    include_disputed: bool = False


def types_with_descendants(session: Session, slugs: Sequence[str]) -> list[int]:
    """These types and everything under them: asking for logistics includes
    fuel-and-maintenance. A slug that names no type is a 422."""
    rows = session.execute(
        select(ContributionType.id, ContributionType.slug, ContributionType.parent_id)
    ).all()
    by_slug = {r.slug: r.id for r in rows}
    missing = [s for s in slugs if s not in by_slug]
    if missing:
        # Same answer as every other key filter (app/core/filters.py).
        resolve_keys(
            session, ContributionType.slug, ContributionType.id, missing, name="type", noun="type"
        )
    children: dict[int, list[int]] = {}
    for r in rows:
        if r.parent_id is not None:
            children.setdefault(r.parent_id, []).append(r.id)
    found: set[int] = set()
    stack = [by_slug[s] for s in slugs]
    while stack:
        current = stack.pop()
        if current not in found:
            found.add(current)
            stack.extend(children.get(current, []))
    return sorted(found)


ACTIVE_RULE = (
    "A contribution with an `end_date` runs from its start to its end. One with no "
    "`end_date` is not taken to run for ever: it counts as running up to its last dated "
    "evidence, the latest of its `start_date`, its strength observations' dates and the "
    "publication dates of the sources citing it (disputed ones left out), and never after its "
    "mission's end. A date known to the month or year (date_precision) covers that whole "
    "month or year."
)


def reaches(day: date) -> Any:
    """The contribution is still running on `day` or later, by ACTIVE_RULE's evidence: its
    stored last running day (`runs_until`, kept by triggers: migration 0017) is on or after
    it. A range, which `ix_contribution_runs_until` counts from the index alone. (What it
    implies on the end, no end before `day`, is `sort_bounds`': stated in the query, it had
    the count read the table for every row.)"""
    return Contribution.runs_until >= day


def started_by(day: date) -> Any:
    """Started on or before `day` (a month- or year-precise start: in that month or year)."""
    # Such a start is stored as the month's 1st or 1 January, so one comparison serves all.
    return or_(Contribution.start_date.is_(None), Contribution.start_date <= day)


def list_stmt(session: Session, f: Filters) -> Select[Contribution]:
    # The filters only: pages are read through `read_rows`, stats and facets use it as a
    # subquery, so no loader options are needed. Keys are resolved to ids first (a 422 names
    # a key that matches no record), so each filter is an equality or IN on a foreign key.
    stmt = select(Contribution)
    if f.missions is not None:
        stmt = stmt.where(any_of(Contribution.mission_id, slug_ids(session, f.missions)))
    if f.contributors is not None:
        stmt = stmt.where(any_of(Contribution.contributor_id, key_ids(session, f.contributors)))
    if f.contributor_kinds is not None:
        stmt = stmt.where(
            Contribution.contributor_id.in_(
                select(Contributor.id).where(any_of(Contributor.kind, f.contributor_kinds))
            )
        )
    options: dict[str, Any] = {}
    if f.types is not None:
        type_ids = types_with_descendants(session, f.types)
        of_types = Contribution.type_id.in_(type_ids)
        stmt = stmt.where(of_types)
        if f.contributors is not None and len(f.contributors) == 1:
            # One contributor's rows of some types, in a date or personnel order: both
            # planners read every row of the pair and sorted them (BGR's equipment-1 at 1M,
            # 26,853 rows: 54-61 ms); its first page lies among the contributor's first few
            # hundred rows in that order (ix_contribution_contributor_<sort>, which holds
            # type_id). By slug, ix_contribution_contributor_type_slug serves the pair.
            sorts = ("start_date", "end_date", "personnel")
            options[WALK_WITHOUT] = (of_types, Contribution.type_id, type_ids, sorts)
    if f.categories is not None:
        stmt = stmt.where(
            Contribution.type_id.in_(
                select(ContributionType.id).where(any_of(ContributionType.category, f.categories))
            )
        )
    if f.years is not None:
        stmt = stmt.where(in_years(Contribution.start_date, f.years))
    if f.active_on_date is not None:
        stmt = stmt.where(started_by(f.active_on_date), reaches(f.active_on_date))
    if f.date_from is not None:
        stmt = stmt.where(reaches(f.date_from))
    if f.date_to is not None:
        stmt = stmt.where(
            or_(Contribution.start_date.is_(None), Contribution.start_date <= f.date_to)
        )
    shown = status_clause(Contribution.status, f.statuses, f.include_disputed)
    if shown is not None:
        stmt = stmt.where(shown)
    options.update(_page_plan(session, f))
    return stmt.execution_options(**options) if options else stmt


def _page_plan(session: Session, f: Filters) -> dict[str, Any]:
    """How pagination.page_keys reads the pages of `f` (SORT_BOUNDS, PARTITION, COUNT_BY,
    MERGE_ON): each an execution option of the list's statement."""
    options: dict[str, Any] = {}
    bounds = sort_bounds(f)
    if bounds:
        options[SORT_BOUNDS] = bounds
    runs_from = max((d for d in (f.active_on_date, f.date_from) if d is not None), default=None)
    if runs_from is not None:
        options[PARTITION] = by_run_class(runs_from)
    elif f.years:
        # (With a running day, ix_contribution_runs_until counts better.)
        options[COUNT_BY] = SortKey(Contribution.start_date, date, LATE)
    if f.contributor_kinds is not None and f.contributors is None:
        # The few contributors of a kind, each read in the slug order and merged
        # (pagination.page_keys): a contribution's slug begins with its contributor's key, so
        # in slug order a kind's rows lie in one band per contributor, with every other
        # kind's between them. (In the other orders contributors interleave: the walk finds
        # them at once, and 50 merged reads cost 2-3x more, measured at 1M.)
        kinds = select(Contributor.id).where(any_of(Contributor.kind, f.contributor_kinds))
        ids = list(session.scalars(kinds.order_by(Contributor.id).limit(MAX_MERGED + 1)))
        if len(ids) <= MAX_MERGED:
            options[MERGE_ON] = (Contribution.contributor_id, ids, ("slug",))
    return options


def by_run_class(day: date) -> Any:
    """The PARTITION (pagination.page_keys) of the rows running on or after `day`, sorted by
    start: one read per run class (app/models/contribution.py), each from the earliest start
    that class allows (its longest span before `day`) in `ix_contribution_run_class_start`,
    merged. Read in start order as one, the rows that ended before `day` were walked first
    (every row started in the 11 years before `from=2015-01-01` at 1M: 2-3 s). In a class,
    the rows it reads and rejects started within one span of the class before `day`."""

    def members(keys: Select[Any], order: Order, dialect: str) -> list[Select[Any]] | None:
        key, descending = order.keys[0]
        if key.column.key != "start_date" or descending or dialect not in RUN_SPAN:
            return None
        run_class: Any = literal_column(run_class_sql(dialect))
        start = key.expression
        reads = []
        for lo in RUN_CLASSES:
            earliest = day.toordinal() - run_class_span(lo)
            low = date.fromordinal(max(1, min(earliest, LATE.toordinal())))
            reads.append(keys.where(run_class == lo, start >= literal(low, Date())))
        return reads

    return members


def sort_bounds(f: Filters) -> dict[str, tuple[Any, Any, bool, bool]]:
    """What the date filters imply on the start and end sort keys' dated values: a start on
    or before `active_on`/`to` and within the years; an end (run to the end date, or none)
    on or after `active_on`/`from` and the first year's 1 January (an end is never before
    its start). Read by pagination.page_keys, which seeks to them per sort key; not written
    into the filter itself, where each engine's planner then chose worse plans for the other
    sorts (migration 0015)."""
    starts: list[tuple[date | None, date | None]] = []
    ends: list[tuple[date | None, date | None]] = []
    if f.years:
        first, last = date(min(f.years), 1, 1), date(max(f.years), 12, 31)
        starts.append((first, last))
        ends.append((first, None))
    for day in (f.active_on_date, f.date_to):
        if day is not None:
            starts.append((None, day))
    for day in (f.active_on_date, f.date_from):
        if day is not None:
            ends.append((day, None))
            # Start order in two ranges too: dated starts, read per run class
            # (`by_run_class`), then the undated.
            starts.append((None, None))
    out: dict[str, tuple[Any, Any, bool, bool]] = {}
    for name, ranges in (("start_date", starts), ("end_date", ends)):
        if ranges:
            lows = [lo for lo, _ in ranges if lo is not None]
            highs = [hi for _, hi in ranges if hi is not None]
            out[name] = (max(lows) if lows else None, min(highs) if highs else None, True, True)
    return out


def get_by_slug(session: Session, *, slug: str) -> Contribution:
    stmt = (
        select(Contribution)
        .options(
            joinedload(Contribution.contributor, innerjoin=True),
            joinedload(Contribution.mission, innerjoin=True),
            joinedload(Contribution.type, innerjoin=True),
        )
        .where(Contribution.slug == slug)
    )
    return first_or_404(session, stmt, f"No contribution with slug '{slug}'.")


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
    Contribution.amount_approx,
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


# The answer to GET /contributions/{slug} and to a contribution's writes, as one row.
ANSWER_ROW = AnswerRow("contribution", Contribution, read_rows(select(Contribution)))


def detail_data(
    session: Session,
    c: Row[Any],
    *,
    include_disputed: bool,
    wants: Callable[[str], bool] = every_field,
) -> dict[str, Any]:
    """A contribution as GET /contributions/{slug} shows it, as plain JSON values in
    ContributionDetail's shape (`RecordView.answer_data`): three statements, no ORM object; a
    list that `wants` leaves out is not read (it is empty here; `fields` drops it)."""
    show_disputed = shows_hidden(Contribution.status, c.status, include_disputed)
    return {
        "slug": c.slug,
        "contributor": contributor_ref(c.contributor_code, c.contributor_name, c.contributor_kind),
        "mission": mission_ref(c.mission_slug, c.mission_acronym, c.mission_name),
        "type": type_ref(c.type_slug, c.type_name, c.type_category),
        "start_date": c.start_date,
        "end_date": c.end_date,
        "date_precision": c.date_precision,
        "personnel": c.personnel,
        "amount": None if c.amount is None else amount_json(c.amount),
        "unit": c.unit,
        "amount_approx": c.amount_approx,
        "description": c.description,
        "status": c.status,
        "disputed_claims": c.disputed_claims,
        "version": c.version,
        "citations": citation_data(
            session, Citation.contribution_id, c.id, include_disputed=show_disputed
        )
        if wants("citations")
        else [],
        "strengths": strengths.contribution_data(session, c) if wants("strengths") else [],
        "url": f"{API}/contributions/{c.slug}",
        "html_url": f"{KB}/contributions/{c.slug}",
    }


def detail(
    session: Session, contribution: Contribution, *, include_disputed: bool
) -> ContributionDetail:
    """`detail_data` as the model, the answer to a contribution's writes."""
    row = ANSWER_ROW.by_id(session, contribution.id)
    data = detail_data(session, row, include_disputed=include_disputed)
    return ContributionDetail.model_validate(data)
