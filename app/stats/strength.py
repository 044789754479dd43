"""Strength as a time series: one row per group per interval, by the dated-observation rule.

The same rule as personnel on one day (`app.strengths.service.SUM_RULE`), applied to each
interval: for each mission and contributor, the latest observation dated on or before the
interval's last day, if the contributor was still there at the interval's first day, summed
over the group. By default a figure is not carried past its evidence (`carry=evidence`);
`carry=presence` carries it as long as nothing says the contributor was gone, as
`/stats/overview` does. Four statements, whatever the span: the observations, the missions'
ends, the contributions' ends (and a key lookup per key filter given).
"""

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import FieldProblem, RuleViolation
from app.core.filters import shown
from app.models import Contributor, Mission, StrengthObservation
from app.strengths.service import TALLY_ORDER, by_keys, period_end, presence

Interval = Literal["year", "quarter", "month"]
GroupBy = Literal["contributor", "mission", "total"]
Carry = Literal["evidence", "presence"]
MAX_INTERVALS = 1200

RULE = (
    "One row per group per interval (only where a figure is counted). A row's `personnel`: "
    "for each mission and contributor in the group, the latest strength observation dated on "
    "or before the interval's last day (on one date the official tally first, then wire, "
    "press, reference), counted when the contributor was still there on the interval's first "
    "day (its mission, the contribution the figure measures, or all its recorded "
    "contributions to that mission had not ended), summed over the group. Never a sum of one "
    "contributor's figures from different dates; mission-wide totals (no contributor) are "
    "not added in. A month- or year-precise observation is dated the month's 1st or 1 January."
)
CARRY_NOTE = (
    "How far a figure is carried forward. `evidence` (default): not past its evidence, the "
    "last day of the period of the latest observation of that contributor in that mission (a "
    "month-precise one: the month's end) or the recorded `end_date` of one of its "
    "contributions to the mission, whichever is later. `presence`: as long as nothing says the "
    "contributor was gone (the `/stats/overview` rule), so an open-ended contribution's last "
    "figure runs on to `to`."
)


@dataclass(frozen=True)
class Query:
    missions: Sequence[str] | None
    contributors: Sequence[str] | None
    tallies: Sequence[str] | None
    group_by: GroupBy
    interval: Interval
    date_from: date | None
    date_to: date | None
    carry: Carry
    include_disputed: bool


def period_of(day: date, interval: Interval) -> tuple[date, date, str]:
    """(first day, last day, label) of the interval holding `day`."""
    if interval == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31), f"{day.year:04d}"
    if interval == "quarter":
        first_month = (day.month - 1) // 3 * 3 + 1
        start = date(day.year, first_month, 1)
        end = period_end(date(day.year, first_month + 2, 1), "month")
        return start, end, f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    start = day.replace(day=1)
    return start, period_end(start, "month"), f"{day.year:04d}-{day.month:02d}"


def periods(first: date, last: date, interval: Interval) -> list[tuple[date, date, str]]:
    out = []
    day = first
    while True:
        start, end, label = period_of(day, interval)
        out.append((start, end, label))
        if len(out) > MAX_INTERVALS:
            raise RuleViolation(
                f"More than {MAX_INTERVALS} intervals between `from` and `to`; narrow the "
                "range or choose a longer interval.",
                errors=[FieldProblem(field="query.interval", reason="too many intervals")],
            )
        if end >= last:
            return out
        day = date.fromordinal(end.toordinal() + 1)


def _observations(session: Session, q: Query) -> Any:
    stmt = (
        select(
            StrengthObservation.mission_id,
            StrengthObservation.contributor_id,
            StrengthObservation.contribution_id,
            StrengthObservation.observed_on,
            StrengthObservation.date_precision,
            StrengthObservation.tally,
            StrengthObservation.slug,
            StrengthObservation.personnel,
            StrengthObservation.approx,
            Contributor.code,
            Contributor.name,
            Mission.slug,
            Mission.name,
        )
        .join(Contributor, Contributor.id == StrengthObservation.contributor_id)
        .join(Mission, Mission.id == StrengthObservation.mission_id)
    )
    stmt = by_keys(session, stmt, q.missions, q.contributors, q.tallies)
    if q.date_to is not None:
        stmt = stmt.where(StrengthObservation.observed_on <= q.date_to)
    if not q.include_disputed:
        stmt = stmt.where(shown(StrengthObservation.status))
    return stmt


_Best = dict[tuple[int, int], dict[date, tuple[Any, ...]]]
_Names = dict[tuple[int, int], tuple[str, str, str, str]]


def _preferred(session: Session, q: Query) -> tuple[_Best, _Names]:
    """Per (mission, contributor): the preferred observation of each date, and the names."""
    best: _Best = {}
    names: _Names = {}
    for found in session.execute(_observations(session, q)):
        m_id, p_id, _c, day, _prec, tally, slug = found[:7]
        pair: tuple[int, int] = (m_id, p_id)
        names[pair] = (found[9], found[10], found[11], found[12])
        by_day = best.setdefault(pair, {})
        held = by_day.get(day)
        if held is None or (TALLY_ORDER[tally], slug) < (TALLY_ORDER[held[5]], held[6]):
            by_day[day] = tuple(found[:9])
    return best, names


def strength_rows(
    session: Session, q: Query
) -> tuple[list[dict[str, Any]], date | None, date | None]:
    """(rows, from, to): the rows by RULE; `from`/`to` as given, else the span of the
    observations matching the filters."""
    if q.date_from is not None and q.date_to is not None:
        periods(q.date_from, q.date_to, q.interval)  # a span too long is refused up front
    best, names = _preferred(session, q)
    if not best:
        return [], q.date_from, q.date_to
    days = [d for by_day in best.values() for d in by_day]
    first = q.date_from or min(days)
    last = q.date_to or max(days)
    if last < first:
        return [], q.date_from, q.date_to
    spans = periods(first, last, q.interval)
    there = presence(session, {m for m, _ in best})
    groups: dict[tuple[date, str | None], dict[str, Any]] = {}
    for pair, by_day in best.items():
        ordered = sorted(by_day)
        figures = [by_day[d] for d in ordered]
        recorded = there.pair_ends.get(pair, [])
        evidence = max(
            [period_end(ordered[-1], figures[-1][4])] + [e for e in recorded if e is not None]
        )
        for start, end, label in spans:
            at = bisect_right(ordered, end) - 1
            if at < 0:
                continue
            fig = figures[at]
            first_day = max(start, first)
            if fig[3] < first_day:
                # Carried from an earlier interval: only while the contributor is there.
                if not there.present(pair, fig[2], first_day):
                    continue
                if q.carry == "evidence" and evidence < first_day:
                    continue
            _add(groups, q, names[pair], (start, end, label), fig)
    rows = sorted(groups.values(), key=lambda r: (r["start"], r["key"] is not None, r["key"] or ""))
    return rows, first, last


def _add(
    groups: dict[tuple[date, str | None], dict[str, Any]],
    q: Query,
    names: tuple[str, str, str, str],
    span: tuple[date, date, str],
    fig: tuple[Any, ...],
) -> None:
    """Count one contributor's figure in its group's row of the interval."""
    start, end, label = span
    code, name, m_slug, m_name = names
    if q.group_by == "contributor":
        key, key_label = code, name
    elif q.group_by == "mission":
        key, key_label = m_slug, m_name
    else:
        key, key_label = None, None
    row = groups.get((start, key))
    if row is None:
        row = groups[(start, key)] = {
            "period": label,
            "start": start,
            "end": end,
            "key": key,
            "label": key_label,
            "personnel": 0,
            "contributors": 0,
            "approx": False,
            "carried": False,
            "observed_from": fig[3],
            "observed_to": fig[3],
        }
    row["personnel"] += fig[7]
    row["contributors"] += 1
    row["approx"] = row["approx"] or bool(fig[8])
    row["carried"] = row["carried"] or fig[3] < start
    row["observed_from"] = min(row["observed_from"], fig[3])
    row["observed_to"] = max(row["observed_to"], fig[3])
