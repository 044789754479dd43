"""Aggregates, each one GROUP BY (or one SELECT of scalar subqueries), whatever the size."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import (
    ColumnClause,
    Date,
    Select,
    and_,
    case,
    cast,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.util import ClauseAdapter
from sqlalchemy.sql.visitors import iterate

from app.core.filters import hidden_statuses, shown, shown_value
from app.core.listing import year_of
from app.core.numbers import amount_json
from app.core.pagination import sort_names
from app.core.params import split_choices
from app.core.state import current
from app.models import (
    AmountSeries,
    AmountStartPick,
    AmountStartTally,
    AmountTally,
    Contribution,
    ContributionType,
    Contributor,
    Lesson,
    Mission,
    Source,
    StrengthObservation,
    Tally,
    TallyPair,
)
from app.models.base import STATUS_VALUES
from app.models.contribution import LIST_SORTS
from app.models.tally import PAIR_DIMS
from app.stats.schemas import (
    CitationCounts,
    ContributorCounts,
    Overview,
    Period,
)
from app.strengths.schemas import PersonnelOn
from app.strengths.service import SUM_RULE, counted_on, personnel_on

GroupBy = Literal[
    "contributor", "contributor_kind", "type", "category", "mission", "year", "status"
]
STATS_SORT_KEYS = ("count", "key", "personnel")


# The dimensions that group by a record the contribution refers to: the contribution's
# foreign key, and the record's id, key and label.
LOOKUPS: dict[str, tuple[str, Any, Any, Any]] = {
    "contributor": ("contributor_id", Contributor.id, Contributor.code, Contributor.name),
    "contributor_kind": ("contributor_id", Contributor.id, Contributor.kind, Contributor.kind),
    "type": ("type_id", ContributionType.id, ContributionType.slug, ContributionType.name),
    "category": (
        "type_id",
        ContributionType.id,
        ContributionType.category,
        ContributionType.category,
    ),
    "mission": ("mission_id", Mission.id, Mission.slug, Mission.name),
}


def _group_key(group_by: str, rows: Any) -> Any:
    """What the filtered contributions `rows` (a subquery) are first grouped by: the foreign
    key of the grouping record, the start year or the status."""
    if group_by == "year":
        return year_of(rows.c.start_date)
    return _foreign_key(group_by, rows)


def _foreign_key(group_by: str, rows: Any) -> Any:
    """The grouping record's id in `rows` (contributions, or their amount series), or the
    status."""
    if group_by not in LOOKUPS:
        return rows.c.status
    # `+ 0`: SQLite would otherwise walk an index in key order to skip the sort, fetching
    # every row from the table one by one (3x slower than a scan at 50k rows).
    return rows.c[LOOKUPS[group_by][0]] + 0


def _labelled(group_by: str, totals: Any) -> Select[Any]:
    """(key, label, unit, sums..., raw key) of the per-key totals, joined to the grouping
    record."""
    sums = (
        totals.c.unit,
        totals.c.n,
        totals.c.reported,
        totals.c.amount,
        totals.c.with_amount,
        totals.c.k,
    )
    if group_by not in LOOKUPS:
        return select(totals.c.k, totals.c.k, *sums)
    _, ident, key, label = LOOKUPS[group_by]
    return select(key, label, *sums).join_from(totals, ident.class_, ident == totals.c.k)


def count_totals(keys: Sequence[Any], n: Any, reported: Any) -> Select[Any]:
    """The counts per group key (`k`, and `k2` for a second one) in the columns of every
    source's totals, `(k..., unit, n, reported, amount, with_amount)`, without unit or amount:
    the caller groups and filters it."""
    return select(
        *_keys(keys),
        cast(null(), Contribution.unit.type).label("unit"),
        n.label("n"),
        reported.label("reported"),
        cast(null(), Contribution.amount.type).label("amount"),
        literal(0).label("with_amount"),
    )


def amount_sums(keys: Sequence[Any], unit: Any, amount: Any, with_amount: Any) -> Select[Any]:
    """The amounts per group key and `unit` in the columns of `count_totals`, without counts."""
    return select(
        *_keys(keys),
        unit.label("unit"),
        literal(0).label("n"),
        literal(0).label("reported"),
        amount.label("amount"),
        with_amount.label("with_amount"),
    )


def _keys(keys: Sequence[Any]) -> list[Any]:
    return [key.label(name) for key, name in zip(keys, ("k", "k2"), strict=False)]


# Where a request's counts and amounts come from (docs/performance.md, "Summary tables"):
# `tally`, no filter: the tallies and amount tallies; `series`, filters keeping or dropping a
# contributor's amounts to a mission of a type in a unit as a whole: the amount series (the
# counts from the rows); `rows`: both from the rows.
ReadFrom = Literal["tally", "series", "rows"]


@dataclass(frozen=True)
class TallyFilter:
    """A request's one filter whose counts the tallies hold (app/models/tally.py): `dim`,
    what it keeps by, and what it keeps:

    - `contributor`, `type`, `year`: the rows of these `keys` (a kind's contributors, a type
      and its descendants, a category's types, the years), from `TallyPair`, or `Tally` when
      the groups are of the same dimension or the statuses;
    - `to`: the rows started by the day `to` (or with no start), from the year tallies: the
      whole years, then the rows of a last partial year counted from the rows;
    - `status`: the rows of these `statuses`, from `Tally`;
    - `personnel`: the rows giving `personnel` (`has` true) or none (false), from `Tally`'s
      `reported`."""

    dim: str
    keys: Sequence[int] = ()
    statuses: Sequence[str] = ()
    has: bool = True
    to: date | None = None


def contribution_stats(
    session: Session,
    filtered: Select[Any],
    *,
    group_by: str,
    sort: str,
    as_of: date,
    include_disputed: bool = False,
    include_groups: bool = False,
    source: ReadFrom = "rows",
    tallied: TallyFilter | None = None,
) -> dict[str, Any]:
    """The groups of the contributions `filtered` lists, as the JSON values ContributionStats
    dumps to (its fields in order, the groups' too). `source`: where counts and amounts
    are read (`ReadFrom`); `tallied`: `filtered`'s one filter, whose counts the tallies hold
    (its amounts come from `source`). Every source gives the same answer."""
    # Two steps: the big GROUP BY runs over the contributions' own narrow columns (a foreign
    # key, not the label it leads to), and only its few result rows are joined to the records
    # that name them. Groups sharing a key (a contributor kind, a category) merge below.
    counts = _count_statements(
        filtered,
        group_by,
        source,
        tallied,
        include_disputed=include_disputed,
        include_groups=include_groups,
    )
    amounts = amount_totals(
        filtered,
        group_by,
        source,
        include_disputed=include_disputed,
        include_groups=include_groups,
        tallied=tallied,
    )
    # Core rows, not the ORM's: 2,000 groups (group_by=mission) cost the ORM's row handling
    # several ms of CPU more.
    connection = session.connection()
    results = [row for part in counts for row in connection.execute(_labelled(group_by, part))]
    results += list(connection.execute(_labelled(group_by, amounts.totals)))
    measured = rule_personnel(
        session, filtered, [group_by], as_of, include_disputed=include_disputed
    )
    ordered = sort_groups(_merged(group_by, results, measured, amounts.scale), sort)
    personnel = [g["personnel"] for g in ordered if g["personnel"] is not None]
    # ContributionStats as it dumps to JSON (its fields in order): no model is built.
    return {
        "group_by": group_by,
        "total": sum(g["count"] for g in ordered),
        "personnel": sum(personnel) if personnel else None,
        "as_of": as_of.isoformat(),
        "personnel_rule": PERSONNEL_RULE,
        "amount_rule": AMOUNT_RULE,
        "groups": ordered,
    }


def _count_statements(
    filtered: Select[Any],
    group_by: str,
    source: ReadFrom,
    tallied: TallyFilter | None,
    *,
    include_disputed: bool,
    include_groups: bool,
) -> list[Any]:
    """The statements of the groups' counts: from the tallies (no filter, or `tallied`'s one
    filter) or from the rows `filtered` selects."""
    if source == "tally":
        return [
            tally_totals(group_by, include_disputed=include_disputed, include_groups=include_groups)
        ]
    if tallied is not None:
        return filtered_tally_totals(
            filtered,
            group_by,
            tallied,
            include_disputed=include_disputed,
            include_groups=include_groups,
        )
    return [_counted_totals(filtered, group_by)]


def _merged(
    group_by: str, results: list[Any], measured: dict[tuple[Any, ...], int], scale: int
) -> list[dict[str, Any]]:
    """One group per key of the labelled rows (counts, then amounts per unit), as the JSON
    values a StatsGroup dumps to (its fields in order); `scale`: the amounts' unit (1, or 100
    for the summaries' cents)."""
    # Plain lists while adding up ([label, count, personnel, reported]), then plain dicts: no
    # model per group. Validating 2,000 groups (group_by=mission) into models, then the
    # answer into the route's response model, then dumping it, was most of the answer's CPU
    # time (docs/performance.md, "group_by=mission" and "stats as plain values").
    groups: dict[Any, list[Any]] = {}
    amounts: dict[Any, dict[str, list[Any]]] = {}
    year = group_by == "year"
    for k, lab, unit, count, reported, amount, with_amount, raw in results:
        if year and k is not None:
            k = int(k)
        group = groups.get(k)
        if group is None:
            group = groups[k] = [None if lab is None else str(lab), 0, None, 0]
        if count:
            group[1] += count
            group[3] += reported
            if measured and (raw,) in measured:  # once per raw key: its count row only
                group[2] = (group[2] or 0) + measured.pop((raw,))
        if unit is not None and with_amount:
            per_unit = amounts.get(k)
            if per_unit is None:
                per_unit = amounts[k] = {}
            total = per_unit.get(unit)
            if total is None:
                per_unit[unit] = [amount, with_amount]
            else:
                total[0] += amount  # in cents (whole numbers) when scale is 100
                total[1] += with_amount
    # int(): PostgreSQL's sums are numerics (Decimal), which the models made integers. Loops,
    # not a comprehension per group (each one a function call in Python 3.11).
    dumped = _cents_json if scale == 100 else _amount_json
    listed: dict[Any, list[dict[str, Any]]] = {}
    for k, per_unit in amounts.items():
        entries = listed[k] = []
        for unit in sorted(per_unit):
            total, n = per_unit[unit]
            entries.append({"unit": unit, "amount": dumped(total), "count": int(n)})
    return [
        {
            "key": k,
            "label": label,
            "count": int(count),
            "personnel": None if personnel is None else int(personnel),
            "personnel_reported": int(reported),
            "amounts": listed.get(k, []),
        }
        for k, (label, count, personnel, reported) in groups.items()
    ]


def _amount_json(total: Any) -> int | float:
    """A sum of amounts as the JSON number an `Amount` field writes (`amount_json`)."""
    return amount_json(Decimal(total))


def _cents_json(cents: Any) -> int | float:
    """A sum of cents as the JSON number an `Amount` field writes for it: the euros when
    whole, else the float nearest cents / 100 (what `amount_json` gives for the Decimal
    cents x 10^-2: both round the same exact value to the nearest float)."""
    whole = int(cents)
    return whole // 100 if whole % 100 == 0 else whole / 100


def _counted_totals(filtered: Select[Any], group_by: str) -> Any:
    rows = filtered.order_by(None).subquery()
    key = _group_key(group_by, rows)
    return count_totals([key], func.count(), func.count(rows.c.personnel)).group_by(key).subquery()


# The tally each group_by reads (status: any one dimension, summed per status).
_TALLY_DIM = {
    "contributor": "contributor",
    "contributor_kind": "contributor",
    "type": "type",
    "category": "type",
    "mission": "mission",
    "year": "year",
    "status": "mission",
}


def tally_totals(group_by: str, *, include_disputed: bool, include_groups: bool) -> Any:
    """What `_counted_totals` counts over all contributions (the default status filter,
    unnamed groups left out unless `include_groups`), read from the tallies."""
    key = _tally_key(group_by, Tally)
    where = [Tally.dim == _TALLY_DIM[group_by], Tally.n > 0]
    if not include_disputed:
        where.append(shown(Tally.status))
    if group_by in ("contributor", "contributor_kind") and not include_groups:
        where.append(Tally.k.not_in(_unnamed_groups()))
    counts = count_totals([key], func.sum(Tally.n), func.sum(Tally.reported))
    return counts.where(*where).group_by(key).subquery()


def filtered_tally_totals(
    filtered: Select[Any],
    group_by: str,
    f: TallyFilter,
    *,
    include_disputed: bool,
    include_groups: bool,
) -> list[Any]:
    """What `_counted_totals` counts among the contributions `filtered` lists (its one filter
    `f`, the default status filter, unnamed groups left out of contributor groups unless
    `include_groups`), read from the tallies: one or two subqueries of per-key counts, the
    second (`to`'s last partial year) counted from the rows; a key's counts add up."""
    dim = _TALLY_DIM[group_by]
    filter_dim = "year" if f.dim == "to" else f.dim
    pair = filter_dim in PAIR_DIMS and group_by != "status" and dim != filter_dim
    t: Any = TallyPair if pair else Tally
    group_k = t.k2 if pair else t.k
    key = _tally_key(group_by, t, group_k)
    n, reported = t.n, t.reported
    where: list[Any] = [t.dim == (filter_dim if filter_dim in PAIR_DIMS else dim)]
    if pair:
        where.append(t.dim2 == dim)
    partial = None
    if f.dim == "to" and f.to is not None:
        whole = f.to.year if (f.to.month, f.to.day) == (12, 31) else f.to.year - 1
        where.append(t.k <= whole)  # year 0: no start date, kept by `to`
        if whole < f.to.year:
            first = date(f.to.year, 1, 1)
            # Also as the start sort's expression: then SQLite reads that range of
            # ix_contribution_order_start_date (index-only but for missions) where it read
            # the runs_until index and the table (186 -> 8 ms of CPU at 1M by type).
            start = literal_column(LIST_SORTS["start_date"], Date())
            in_year = (Contribution.start_date >= first, start >= first, start <= f.to)
            partial = _counted_totals(filtered.where(*in_year), group_by)
    elif f.dim in PAIR_DIMS:
        where.append(t.k.in_(f.keys))
    elif f.dim == "personnel":
        n, reported = (t.reported, t.reported) if f.has else (t.n - t.reported, literal(0))
    if f.dim == "status":
        where.append(t.status.in_(f.statuses))
    elif not include_disputed:
        where.append(shown(t.status))
    if group_by in ("contributor", "contributor_kind") and not include_groups:
        where.append(group_k.not_in(_unnamed_groups()))
    counts = count_totals([key], func.sum(n), func.sum(reported))
    tallied = counts.where(*where, n > 0).group_by(key).subquery()
    return [tallied] if partial is None else [tallied, partial]


def _tally_key(group_by: str, tally: Any, k: Any = None) -> Any:
    """The group key of a row of `tally` (Tally, AmountTally, TallyPair, whose group's key is
    `k`: by default `tally.k`): its status, its start year (0: none) or its record's id."""
    k = tally.k if k is None else k
    if group_by == "status":
        return tally.status
    if group_by == "year":
        return case((k == 0, null()), else_=k)
    return k


PERSONNEL_RULE = (
    "A group's `personnel` is counted on one day, `as_of`, by the rule of `/stats/overview`. "
    + SUM_RULE
    + " Each figure counted goes to the group of the listed contribution it measures; one "
    "naming no contribution, to the group of its contributor's earliest-starting listed "
    "contribution to that mission (then by slug); one measuring a contribution the filters "
    "leave out is not counted. Contributions' own undated `personnel` fields are not added "
    "(`personnel_reported` counts the contributions that give one)."
)


def rule_personnel(
    session: Session,
    filtered: Select[Any],
    dims: list[str],
    day: date,
    *,
    include_disputed: bool = False,
) -> dict[tuple[Any, ...], int]:
    """Per tuple of raw group keys (`_group_key` of each dimension): the personnel PERSONNEL_RULE
    counts on `day` among the contributions `filtered` lists. Four statements at most."""
    counted = counted_on(session, day, include_disputed=include_disputed)
    if not counted:
        return {}
    rows = filtered.order_by(None).subquery()
    keys = [_group_key(d, rows) for d in dims]
    listed = session.execute(
        select(
            rows.c.id,
            rows.c.mission_id,
            rows.c.contributor_id,
            rows.c.start_date,
            rows.c.slug,
            *keys,
        ).where(rows.c.mission_id.in_({c.mission_id for c in counted}))
    ).all()
    by_id: dict[int, tuple[Any, ...]] = {}
    first: dict[tuple[int, int], tuple[Any, ...]] = {}
    for c_id, m_id, p_id, start, slug, *k in listed:
        by_id[c_id] = tuple(k)
        rank = (start is None, start or date.min, slug, tuple(k))
        held = first.get((m_id, p_id))
        if held is None or rank[:3] < held[:3]:
            first[(m_id, p_id)] = rank
    out: dict[tuple[Any, ...], int] = {}
    for c in counted:
        if c.contribution_id is not None:
            group = by_id.get(c.contribution_id)
        else:
            earliest = first.get((c.mission_id, c.contributor_id))
            group = None if earliest is None else earliest[3]
        if group is not None:
            out[group] = out.get(group, 0) + c.personnel
    return out


AMOUNT_RULE = (
    "Amounts are added only within one unit (a closed list: ISO 4217 currency codes, tanks, "
    "trainees...). Of one contributor's amounts to one mission of one type in one unit, one "
    "counts: the latest (by end date, else start date; undated ones last), the largest of "
    "that date. A cumulative total restated later, or the same figure from a second source, "
    "is never added to itself, and two sources' different figures are not added together."
)


@dataclass(frozen=True)
class AmountTotals:
    """A subquery of (k, unit, n, reported, amount, with_amount) per group key and unit, and
    the unit of its `amount` (1; 100: cents)."""

    totals: Any
    scale: int


def amount_totals(
    filtered: Select[Any],
    group_by: str,
    source: ReadFrom,
    *,
    include_disputed: bool,
    include_groups: bool,
    tallied: TallyFilter | None = None,
) -> AmountTotals:
    """Per group key and unit, the amounts AMOUNT_RULE counts among the contributions
    `filtered` lists: from the amount tallies (`source` tally: `filtered` has no filter but
    the default ones), the summaries of the picks under `filtered`'s one filter `tallied`
    (`picked_amounts`), the amount series (`series`: its filters keep or drop whole series),
    or ranked from the rows. The series' where clause is `filtered`'s on their columns; one
    naming a column they do not have is ranked from the rows."""
    scope = "all" if include_disputed else "shown"
    if source == "tally":
        return AmountTotals(_amount_tally(group_by, scope, include_groups), 100)
    if tallied is not None:
        picked = picked_amounts(group_by, tallied, scope, include_groups)
        if picked is not None:
            return AmountTotals(picked, 100)
    where = _on_series(filtered) if source == "series" else None
    if where is None:
        return AmountTotals(_amount_totals(filtered, group_by), 1)
    series = AmountSeries.__table__
    key = _series_key(group_by, series)
    totals = amount_sums([key], series.c.unit, func.sum(series.c.cents), func.count())
    return AmountTotals(
        totals.where(series.c.scope == scope, where).group_by(key, series.c.unit).subquery(), 100
    )


def _series_key(group_by: str, series: Any) -> Any:
    """`_group_key` of an amount series' picked contribution."""
    if group_by == "year":
        return case((series.c.year == 0, null()), else_=series.c.year)
    return _foreign_key(group_by, series)


def _on_series(filtered: Select[Any]) -> Any:
    """`filtered`'s where clause on amount_series' columns of the same names, or None when it
    names a contribution column amount_series does not have."""
    where = filtered.whereclause
    if where is None:
        return true()
    contribution = Contribution.__table__
    adapted = ClauseAdapter(
        AmountSeries.__table__, adapt_on_names=True, adapt_from_selectables={contribution}
    ).traverse(where)
    left = [c for c in iterate(adapted) if isinstance(c, ColumnClause) and c.table is contribution]
    return None if left else adapted


def _amount_tally(group_by: str, scope: str, include_groups: bool) -> Any:
    """`_amount_totals` over all contributions (the default status filter, or none: `scope`),
    read from the amount tallies."""
    t = AmountTally
    key = _tally_key(group_by, t)
    where = [t.scope == scope, t.dim == _TALLY_DIM[group_by], t.n > 0]
    if group_by in ("contributor", "contributor_kind") and not include_groups:
        where.append(t.k.not_in(_unnamed_groups()))
    sums = amount_sums([key], t.unit, func.sum(t.cents), func.sum(t.n))
    return sums.where(*where).group_by(key, t.unit).subquery()


def picked_amounts(group_by: str, f: TallyFilter, scope: str, include_groups: bool) -> Any:
    """`_amount_totals` of the contributions a request's one filter `f` keeps (in `scope`
    unless `f` names statuses), read from the summaries of the amount rule's picks under it
    (migration 0020), or None when none holds them: one status, or exactly the statuses shown
    or all of them, from `amount_tally`'s scope of that status (or those); `to`, from
    `amount_start_tally`'s whole years and the picks starting or stopping in a last partial
    year (`amount_start_pick`); consecutive start years, the picks of that range
    (`amount_start_pick`). Two distant years, two statuses..., rank the rows."""
    if f.dim == "status":
        chosen = set(f.statuses)
        shown_ones = {s for s in STATUS_VALUES if shown_value(Contribution.status, s)}
        named = {"shown": shown_ones, "all": set(STATUS_VALUES)}
        if len(chosen) == 1:
            return _amount_tally(group_by, chosen.pop(), include_groups)
        scopes = [name for name, statuses in named.items() if statuses == chosen]
        return _amount_tally(group_by, scopes[0], include_groups) if scopes else None
    if f.dim == "to" and f.to is not None:
        return _amounts_to(group_by, f.to, scope, include_groups)
    years = sorted(set(f.keys)) if f.dim == "year" else []
    if not years or years != list(range(years[0], years[-1] + 1)):
        return None
    p = AmountStartPick.__table__
    first, last = date(years[0], 1, 1), date(years[-1], 12, 31)
    return _picks(
        group_by,
        include_groups,
        p.c.scope == scope,
        p.c.beaten == _ZERO,
        p.c.start_date >= first,
        p.c.start_date <= last,
        or_(p.c.prior_start.is_(None), p.c.prior_start < first),
        or_(p.c.next_start.is_(None), p.c.next_start > last),
    ).subquery()


# Written into the SQL, not bound: SQLite uses a partial index (`beaten = 0`) only for a
# query whose where clause says so in the same words.
_ZERO: Any = literal_column("0")


def _amounts_to(group_by: str, to: date, scope: str, include_groups: bool) -> Any:
    """The picks' amounts under `to` (the rows started by that day or undated): the start
    tallies of the whole years; the picks of a last partial year starting, minus those
    stopping, by that day."""
    t = AmountStartTally
    whole = to.year if (to.month, to.day) == (12, 31) else to.year - 1
    key = _tally_key(group_by, t)
    where = [t.scope == scope, t.dim == _TALLY_DIM[group_by], t.on_year <= whole]
    if group_by in ("contributor", "contributor_kind") and not include_groups:
        where.append(t.k.not_in(_unnamed_groups()))
    sums = amount_sums([key], t.unit, func.sum(t.cents), func.sum(t.n))
    parts = [sums.where(*where).group_by(key, t.unit)]
    if whole < to.year:
        p = AmountStartPick.__table__
        first = date(to.year, 1, 1)
        stair = [p.c.scope == scope, p.c.beaten == _ZERO, p.c.prior_start.is_(None)]
        stair.append(p.c.undated_above == _ZERO)
        started = (p.c.start_date >= first, p.c.start_date <= to)
        stopped = (p.c.next_start >= first, p.c.next_start <= to)
        parts.append(_picks(group_by, include_groups, *stair, *started))
        parts.append(_picks(group_by, include_groups, *stair, *stopped, sign=-1))
    # A key whose picks all stopped by then sums to none: no group.
    u = union_all(*parts).subquery()
    with_amount = func.sum(u.c.with_amount)
    sums = amount_sums([u.c.k], u.c.unit, func.sum(u.c.amount), with_amount)
    return sums.group_by(u.c.k, u.c.unit).having(with_amount > 0).subquery()


def _picks(group_by: str, include_groups: bool, *where: Any, sign: int = 1) -> Select[Any]:
    """The amounts (cents) of the amount_start_pick rows matching `where`, per group key and
    unit (`sign` -1: taken away)."""
    p = AmountStartPick.__table__
    key = _series_key(group_by, p)
    if group_by in ("contributor", "contributor_kind") and not include_groups:
        where = (*where, p.c.contributor_id.not_in(_unnamed_groups()))
    sums = amount_sums([key], p.c.unit, sign * func.sum(p.c.cents), sign * func.count())
    return sums.where(*where).group_by(key, p.c.unit)


def _unnamed_groups() -> Any:
    return select(Contributor.id).where(Contributor.organization_kind == "group")


def _amount_totals(filtered: Select[Any], group_by: str) -> Any:
    """Per group key and unit: the sum and count of the amounts AMOUNT_RULE counts."""
    marked, counted = ranked_amounts(filtered)
    key = _group_key(group_by, marked)
    sums = amount_sums([key], marked.c.unit, func.sum(counted), func.count(counted))
    return sums.group_by(key, marked.c.unit).subquery()


def ranked_amounts(filtered: Select[Any]) -> tuple[Any, Any]:
    """(`filtered`'s rows with an amount, each ranked within its series; the amount where
    AMOUNT_RULE counts it, else null): group the first by any key and sum the second."""
    # The columns the rule and the group keys read, no more: with a start-year filter,
    # `ix_contribution_amount_start` (migration 0019) holds them all.
    c = Contribution
    narrow = (c.contributor_id, c.mission_id, c.type_id, c.unit, c.start_date, c.end_date)
    rows = (
        filtered.order_by(None)
        .where(Contribution.amount.is_not(None))
        .with_only_columns(*narrow, c.amount, c.slug, c.status)
        .subquery()
    )
    when = func.coalesce(rows.c.end_date, rows.c.start_date)
    series = (rows.c.contributor_id, rows.c.mission_id, rows.c.type_id, rows.c.unit)
    marked = select(
        rows,
        func.row_number()
        .over(
            partition_by=series,
            order_by=(when.is_(None), when.desc(), rows.c.amount.desc(), rows.c.slug),
        )
        .label("nth"),
    ).subquery()
    return marked, case((marked.c.nth == 1, marked.c.amount), else_=null())


def stats_sort(sort: str) -> list[str]:
    """The keys of a stats `sort`, or a 422 naming `query.sort`."""
    return split_choices([sort], sort_names(STATS_SORT_KEYS), "query.sort", "sort key")


def sort_groups(groups: list[dict[str, Any]], sort: str) -> list[dict[str, Any]]:
    """By the fields asked for (`-personnel,count`: one or more, each `-` for descending);
    the last ties by key, ascending, with the unknown (null) key last."""
    metrics: dict[str, Callable[[dict[str, Any]], Any]] = {
        "key": lambda g: (g["key"] is None, str(g["key"])),
        "count": lambda g: g["count"],
        "personnel": lambda g: g["personnel"] or 0,
    }
    ordered = sorted(groups, key=metrics["key"])
    # sorted() is stable: sorting by the last key first leaves ties in the later keys' order.
    for name in reversed(stats_sort(sort)):
        ordered = sorted(ordered, key=metrics[name.lstrip("-")], reverse=name.startswith("-"))
    return ordered


def overview(
    session: Session,
    *,
    include_disputed: bool,
    include_groups: bool = False,
    as_of: date | None = None,
) -> Overview:
    row = session.execute(_headline(include_disputed, include_groups)).one()
    version = current(session)
    n = len(STATUS_VALUES)
    per_status = dict(zip(STATUS_VALUES, row[8 : 8 + n], strict=True))
    rest = row[8 + n :]
    return Overview(
        missions=row[0],
        contributions=row[1],
        contributors=ContributorCounts(nations=row[2], organizations=row[3]),
        personnel=_personnel_on(session, as_of or row[4], include_disputed),
        lessons=row[5],
        sources=row[6],
        citations=CitationCounts(total=row[7], **per_status),
        disputed_records=rest[0] + rest[1] + rest[2],
        period=Period(first=rest[3], last=rest[4], ongoing=rest[5]),
        data_version=version.version,
        changed_at=version.changed_at,
    )


def _headline(include_disputed: bool, include_groups: bool) -> Select[Any]:
    """The overview's numbers as one row of scalar subqueries: missions, contributions,
    nations, organizations, the latest observation's date, lessons, sources, citations (then
    one per status), the hidden missions, contributions and lessons, the period."""

    def hidden(model: Any) -> Any:
        return model.status.in_(hidden_statuses(model.status))

    def visible(model: Any) -> list[Any]:
        # Tally rows count contributions, whose hidden statuses `shown` applies to them.
        return [] if include_disputed else [shown(model.status)]

    def count(model: Any, *where: Any) -> Any:
        return select(func.count()).select_from(model).where(*where).scalar_subquery()

    # Contributions and citations are counted from their tallies (app/models/tally.py): a
    # few thousand rows, not millions.
    contributing = (
        select(func.count(Contributor.id.distinct()))
        .join(Tally, and_(Tally.dim == "contributor", Tally.k == Contributor.id, Tally.n > 0))
        .where(*visible(Tally))
    )
    if not include_groups:
        contributing = contributing.where(not_unnamed_group())
    return select(
        count(Mission, *visible(Mission)),
        _tallied("mission", *visible(Tally)),
        contributing.where(Contributor.kind == "nation").scalar_subquery(),
        contributing.where(Contributor.kind == "organization").scalar_subquery(),
        select(func.max(StrengthObservation.observed_on))
        .where(*visible(StrengthObservation))
        .scalar_subquery(),
        count(Lesson, *visible(Lesson)),
        count(Source),
        _tallied("citation"),
        *(_tallied("citation", Tally.status == status) for status in STATUS_VALUES),
        count(Mission, hidden(Mission)),
        _tallied("mission", hidden(Tally)),
        count(Lesson, hidden(Lesson)),
        select(func.min(Mission.start_date)).where(*visible(Mission)).scalar_subquery(),
        select(func.max(Mission.end_date)).where(*visible(Mission)).scalar_subquery(),
        count(Mission, Mission.end_date.is_(None), *visible(Mission)),
    )


def _personnel_on(session: Session, day: date | None, include_disputed: bool) -> PersonnelOn:
    """Personnel on `day` by SUM_RULE (none without a day: no observation at all)."""
    if day is None:
        return PersonnelOn(
            as_of=None, total=None, contributors=0, oldest_observation=None, rule=SUM_RULE
        )
    total, pairs, oldest = personnel_on(session, day, include_disputed=include_disputed)
    return PersonnelOn(
        as_of=day, total=total, contributors=pairs, oldest_observation=oldest, rule=SUM_RULE
    )


def _tallied(dim: str, *where: Any) -> Any:
    """The number of contributions (citations) the tally rows of `dim` matching `where` count."""
    return (
        select(func.coalesce(func.sum(Tally.n), 0))
        .where(Tally.dim == dim, *where)
        .scalar_subquery()
    )


def not_unnamed_group() -> Any:
    """The contributor is not an unnamed group (organization kind `group`: the article's
    'international partners', 'NATO member countries'), which stats do not rank beside nations
    by default: no source ties what it is said to have done to a nation."""
    return func.coalesce(Contributor.organization_kind, "") != "group"
