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

from app.core.numbers import amount_json
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


def _amount_sums(totals: dict[str, list[Any]]) -> list[dict[str, Any]]:
    """Per unit, in unit order, the JSON values of an AmountSum: [sum, how many gave one]."""
    return [
        {"unit": unit, "amount": amount_json(Decimal(total)), "count": int(n)}
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
) -> dict[str, Any]:
    """The pairs' groups as the JSON values PairStats dumps to (its fields in order, the
    groups' too): no model is built (docs/performance.md, "stats as plain values")."""
    result = session.execute(_pair_totals(filtered, dims)).all()
    first = _labels(session, dims[0], {r[0] for r in result})
    second = _labels(session, dims[1], {r[1] for r in result})
    # [key, label, key2, label2, count, personnel, personnel_reported] while adding up.
    groups: dict[tuple[Any, Any], list[Any]] = {}
    # Raw keys (a contributor's id) may share a key (its kind): their sums add up per unit.
    amounts: dict[tuple[Any, Any], dict[str, list[Any]]] = {}
    measured = rule_personnel(session, filtered, dims, as_of, include_disputed=include_disputed)
    for a, b, unit, count, reported, amount, with_amount in result:
        (key, label), (key2, label2) = first[a], second[b]
        group = groups.get((key, key2))
        if group is None:
            group = groups[(key, key2)] = [key, label, key2, label2, 0, None, 0]
        group[4] += count
        group[6] += reported
        if (a, b) in measured:
            group[5] = (group[5] or 0) + measured.pop((a, b))
        if unit is not None:
            total = amounts.setdefault((key, key2), {}).setdefault(unit, [0, 0])
            total[0] += amount
            total[1] += with_amount
    ordered = sorted(
        groups.items(),
        key=lambda item: (item[0][0] is None, str(item[0][0]), item[0][1] is None, str(item[0][1])),
    )
    rows = [
        {
            "key": key,
            "label": label,
            "key2": key2,
            "label2": label2,
            "count": int(count),
            "personnel": None if personnel is None else int(personnel),
            "personnel_reported": int(reported),
            "amounts": _amount_sums(amounts[pair]) if pair in amounts else [],
        }
        for pair, (key, label, key2, label2, count, personnel, reported) in ordered
    ]
    return {
        "group_by": dims,
        "total": sum(g["count"] for g in rows),
        "as_of": as_of.isoformat(),
        "personnel_rule": PERSONNEL_RULE,
        "amount_rule": AMOUNT_RULE,
        "groups": rows,
    }


def wide(stats: dict[str, Any], measure: str) -> tuple[list[str], list[dict[str, Any]]]:
    """(columns, rows) of a `pair_stats` answer: one row per first key; a column per second
    key holding `measure` (null where the pair has no contribution); columns of the second
    keys in key order."""
    seconds = sorted({g["key2"] for g in stats["groups"]}, key=lambda k: (k is None, str(k)))
    names = ["null" if k is None else str(k) for k in seconds]
    rows: dict[Any, dict[str, Any]] = {}
    for g in stats["groups"]:
        key = g["key"]
        row = rows.setdefault(key, {"key": key, "label": g["label"]} | dict.fromkeys(names))
        row["null" if g["key2"] is None else str(g["key2"])] = g[measure]
    return ["key", "label", *names], list(rows.values())
