"""`/stats/contributions` by two dimensions (`group_by=contributor,year`): long rows, one per
pair of keys, or a pivoted table (`shape=wide`), one row per key of the first dimension and one
column per key of the second. A fixed number of statements whatever the size: one UNION ALL of
two GROUP BYs over both keys (the counts, and per unit the amounts by the one-dimension
answer's rule, `service.AMOUNT_RULE` and `service.ranked_amounts`: summed over the second
dimension, a pair answer's amounts are the one-dimension answer's), the labels of each
dimension's keys, and personnel by the dated-observation rule (`service.rule_personnel`)."""

from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import Select, func, select, union_all
from sqlalchemy.orm import Session

from app.stats.schemas import AmountSum
from app.stats.service import (
    AMOUNT_RULE,
    LOOKUPS,
    PERSONNEL_RULE,
    _group_key,
    amount_sums,
    count_totals,
    ranked_amounts,
    rule_personnel,
)

MEASURES = ("count", "personnel", "personnel_reported")


class PairGroup(BaseModel):
    """One pair of keys: the first dimension's (`key`) and the second's (`key2`)."""

    key: str | int | None = Field(examples=["ITA"])
    label: str | None = Field(examples=["Italy"])
    key2: str | int | None = Field(
        description="The second dimension's key; null: not known (no start date, for year).",
        examples=[2005],
    )
    label2: str | None = Field(examples=["2005"])
    count: int = Field(description="Contributions in the group.")
    personnel: int | None = Field(
        description="Personnel on `as_of` by `personnel_rule` (null when none counts)."
    )
    personnel_reported: int = Field(
        description="Contributions whose own (undated) `personnel` field is set: a count of "
        "records, not a strength."
    )
    amounts: list[AmountSum]


class PairStats(BaseModel):
    group_by: list[str] = Field(examples=[["contributor", "year"]])
    total: int = Field(description="Contributions matching the filters.")
    as_of: date = Field(description="The day `personnel` is counted on.")
    personnel_rule: str = Field(description="How the groups' `personnel` is counted.")
    amount_rule: str = Field(description="How the groups' `amounts` are added.")
    groups: list[PairGroup]


def _labels(session: Session, dim: str, ids: set[Any]) -> dict[Any, tuple[Any, str | None]]:
    if dim not in LOOKUPS:
        return {
            k: (int(k) if dim == "year" and k is not None else k, None if k is None else str(k))
            for k in ids
        }
    _, ident, key, label = LOOKUPS[dim]
    found = {
        i: (k, None if lab is None else str(lab))
        for i, k, lab in session.execute(
            select(ident, key, label).where(ident.in_([i for i in ids if i is not None]))
        )
    }
    found[None] = (None, None)
    return found


def _empty_group(key: Any, label: str | None, key2: Any, label2: str | None) -> PairGroup:
    return PairGroup(
        key=key,
        label=label,
        key2=key2,
        label2=label2,
        count=0,
        personnel=None,
        personnel_reported=0,
        amounts=[],
    )


def _amount_sums(totals: dict[str, list[Any]]) -> list[AmountSum]:
    """Per unit, in unit order: [sum, how many gave one]."""
    return [
        AmountSum(unit=unit, amount=Decimal(total), count=n)
        for unit, (total, n) in sorted(totals.items())
    ]


def _pair_totals(filtered: Select[Any], dims: list[str]) -> Any:
    """One statement: (k1, k2, unit, count, reported, amount, with_amount) rows per pair of raw
    keys: the counts in a row of null unit, then per unit the amounts AMOUNT_RULE counts."""
    rows = filtered.order_by(None).subquery()
    marked, counted = ranked_amounts(filtered)
    k1, k2 = (_group_key(d, rows) for d in dims)
    m1, m2 = (_group_key(d, marked) for d in dims)
    counts = count_totals([k1, k2], func.count(), func.count(rows.c.personnel))
    amounts = amount_sums([m1, m2], marked.c.unit, func.sum(counted), func.count(counted))
    return union_all(
        counts.group_by(k1, k2),
        amounts.group_by(m1, m2, marked.c.unit).having(func.count(counted) > 0),
    )


def pair_stats(
    session: Session,
    filtered: Select[Any],
    dims: list[str],
    *,
    as_of: date,
    include_disputed: bool = False,
) -> PairStats:
    result = session.execute(_pair_totals(filtered, dims)).all()
    first = _labels(session, dims[0], {r[0] for r in result})
    second = _labels(session, dims[1], {r[1] for r in result})
    groups: dict[tuple[Any, Any], PairGroup] = {}
    # Raw keys (a contributor's id) may share a key (its kind): their sums add up per unit.
    amounts: dict[tuple[Any, Any], dict[str, list[Any]]] = {}
    measured = rule_personnel(session, filtered, dims, as_of, include_disputed=include_disputed)
    for a, b, unit, count, reported, amount, with_amount in result:
        (key, label), (key2, label2) = first[a], second[b]
        group = groups.get((key, key2))
        if group is None:
            group = groups[(key, key2)] = _empty_group(key, label, key2, label2)
        group.count += count
        group.personnel_reported += reported
        if (a, b) in measured:
            group.personnel = (group.personnel or 0) + measured.pop((a, b))
        if unit is not None:
            total = amounts.setdefault((key, key2), {}).setdefault(unit, [0, 0])
            total[0] += amount
            total[1] += with_amount
    for pair, per_unit in amounts.items():
        groups[pair].amounts = _amount_sums(per_unit)
    ordered = sorted(
        groups.values(),
        key=lambda g: (g.key is None, str(g.key), g.key2 is None, str(g.key2)),
    )
    return PairStats(
        group_by=dims,
        total=sum(g.count for g in ordered),
        as_of=as_of,
        personnel_rule=PERSONNEL_RULE,
        amount_rule=AMOUNT_RULE,
        groups=ordered,
    )


def wide(stats: PairStats, measure: str) -> tuple[list[str], list[dict[str, Any]]]:
    """(columns, rows): one row per first key; a column per second key holding `measure`
    (null where the pair has no contribution); columns of the second keys in key order."""
    seconds = sorted({g.key2 for g in stats.groups}, key=lambda k: (k is None, str(k)))
    names = ["null" if k is None else str(k) for k in seconds]
    rows: dict[Any, dict[str, Any]] = {}
    for g in stats.groups:
        row = rows.setdefault(g.key, {"key": g.key, "label": g.label} | dict.fromkeys(names))
        row["null" if g.key2 is None else str(g.key2)] = getattr(g, measure)
    return ["key", "label", *names], list(rows.values())
