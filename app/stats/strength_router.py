"""`/stats/strength`: strength per group per interval, for charts and dashboards."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from app.core.fields import Fields, fields_param
from app.core.filters import KeyList, check_range, choices_of, keys, values_of
from app.core.listing import OutputDep
from app.core.params import IncludeDisputed
from app.core.shapes import ShapeParam, bare_array
from app.http.routes import read_route
from app.models import TALLIES
from app.stats import strength
from app.stats.strength_schemas import StrengthInterval, StrengthStats
from app.strengths.router import ContributorFilter, TallyFilter

router = APIRouter(prefix="/stats", tags=["stats"])

GroupByParam = Annotated[
    strength.GroupBy,
    Query(
        description="What one row's group is: a `contributor` (summed over the missions "
        "asked for), a `mission`, or the `total` of everything matching.",
        examples=["contributor"],
    ),
]
IntervalParam = Annotated[
    strength.Interval,
    Query(description="The length of one row's interval.", examples=["year"]),
]
FromParam = Annotated[
    date | None,
    Query(
        alias="from",
        description="The first day covered (its interval is the first row's); by default "
        "the date of the first observation matching the filters. Earlier observations are "
        "still carried into it.",
        examples=["2004-01-01"],
    ),
]
ToParam = Annotated[
    date | None,
    Query(
        alias="to",
        description="The last day covered; by default the date of the latest observation "
        "matching the filters. No observation after it is used.",
        examples=["2008-12-31"],
    ),
]
CarryParam = Annotated[
    strength.Carry, Query(description=strength.CARRY_NOTE, examples=["evidence"])
]


@read_route(
    router,
    "/strength",
    StrengthStats | list[StrengthInterval],
    description="A time series of personnel: one row per contributor (or mission, or the "
    "total) per year, quarter or month, in time order, numbers as numbers. "
    + strength.RULE
    + " In CSV/NDJSON (and with `shape=array`), the rows alone, one per line: long format, "
    "ready for a chart grouped by `key` over `start` (Grafana, Vega-Lite, pandas); "
    "`fields=start,key,personnel` keeps only the columns a chart plots.",
)
def strength_stats(
    out: OutputDep,
    shape: ShapeParam = "object",
    mission: Annotated[KeyList, keys("Mission slug.", "mnf-i")] = None,
    contributor: ContributorFilter = None,
    tally: TallyFilter = None,
    group_by: GroupByParam = "contributor",
    interval: IntervalParam = "year",
    date_from: FromParam = None,
    date_to: ToParam = None,
    carry: CarryParam = "evidence",
    include_disputed: IncludeDisputed = False,
    fields: Annotated[Fields | None, Depends(fields_param(StrengthInterval))] = None,
) -> StrengthStats | list[StrengthInterval] | Response:
    """Strength per group per interval"""
    check_range(date_from, date_to)
    rows, first, last = strength.strength_rows(
        out.session,
        strength.Query(
            missions=values_of(mission, "mission"),
            contributors=values_of(contributor, "contributor"),
            tallies=choices_of(tally, TALLIES, "tally"),
            group_by=group_by,
            interval=interval,
            date_from=date_from,
            date_to=date_to,
            carry=carry,
            include_disputed=include_disputed,
        ),
    )
    out.response.headers["X-Total-Count"] = str(len(rows))
    if out.format != "json":
        dumped = (StrengthInterval.model_validate(r).model_dump(mode="json") for r in rows)
        return out.tabular(StrengthInterval, dumped, fields=fields)
    if shape == "array":
        return bare_array(rows if fields is None else fields.rows(iter(rows)), out.response)
    stats = StrengthStats(
        group_by=group_by,
        interval=interval,
        carry=carry,
        from_=first,
        to=last,
        rule=strength.RULE,
        items=[StrengthInterval.model_validate(r) for r in rows],
    )
    return out.rows(stats, "items", StrengthInterval, shape, fields)
