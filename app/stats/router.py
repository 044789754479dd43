import re
from datetime import date
from typing import Annotated, Any, Literal, get_args

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import StreamingResponse
from pydantic import WithJsonSchema
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.contributions.filters import contribution_filters
from app.contributions.service import types_with_descendants
from app.contributors.service import key_ids
from app.core.errors import (
    FieldProblem,
    RuleViolation,
    Unprocessable,
)
from app.core.fields import (
    FIELDS_MAX_LENGTH,
    FIELDS_NOTE,
    Fields,
    field_paths,
    fields_pattern,
    parse_fields,
)
from app.core.filters import choices_of, values_of, years_of
from app.core.formats import (
    CSV_MEDIA_TYPE,
    NDJSON_MEDIA_TYPE,
    csv_chunks,
    ndjson_chunks,
)
from app.core.listing import Output, OutputDep
from app.core.pagination import sort_names
from app.core.params import (
    IncludeDisputed,
    choices_pattern,
    choices_schema,
    split_choices,
)
from app.core.shapes import SHAPE_NOTE, ShapeParam, bare_array
from app.http.routes import read_route
from app.models import Contribution, ContributionType, Contributor
from app.models.base import STATUS_VALUES
from app.models.contribution_type import CATEGORIES
from app.models.contributor import CONTRIBUTOR_KINDS
from app.stats import pivot, service
from app.stats.pivot import PairGroup, PairStats
from app.stats.schemas import ContributionStats, Overview, StatsGroup
from app.strengths.service import SUM_RULE

router = APIRouter(prefix="/stats", tags=["stats"])
# Parameters that filter no contribution: with only these, the counts come from the tallies.
UNFILTERED = frozenset(
    (
        "group_by",
        "sort",
        "shape",
        "measure",
        "as_of",
        "include_disputed",
        "include_groups",
        "format",
        "fields",
    )
)
GROUP_BY: tuple[str, ...] = get_args(service.GroupBy)
# The fields of a group of two dimensions (PairGroup) that a group of one (StatsGroup) lacks.
PAIR_ONLY = frozenset(PairGroup.model_fields) - frozenset(StatsGroup.model_fields)

# Parameters whose filters keep or drop a contributor's amounts to a mission of a type in a
# unit as a whole: with only these (and the unfiltered ones), amounts come from the amount
# series (app/models/tally.py).
SERIES_FILTERS = frozenset(
    ("mission", "contributor", "contributor_kind", "type", "category", "unit")
)
# Filters whose counts the tallies hold (app/models/tally.py; service.TallyFilter), when one
# of them is the request's only filter.
TALLIED_FILTERS = frozenset(
    (
        "contributor",
        "contributor_kind",
        "type",
        "category",
        "year",
        "to",
        "status",
        "has_personnel",
    )
)
IncludeGroups = Annotated[
    bool,
    Query(
        description="Also count unnamed groups of countries (organization kind `group`, e.g. "
        "the article's 'international partners'): no source ties them to a nation, so by "
        "default they are not ranked beside nations.",
        examples=[False],
    ),
]
GroupByParam = Annotated[
    Annotated[str, choices_schema(GROUP_BY, 100, allow_empty=False)],
    Query(
        max_length=100,
        description="What one row (group) is: one of "
        f"{', '.join(GROUP_BY)}; or two of them, comma-separated "
        "(`contributor,year`): one row per pair of keys (`key`, `key2`), or with "
        "`shape=wide` one row per key of the first and one column per key of the second.",
        examples=["contributor"],
    ),
]
StatsSort = Annotated[
    str,
    Query(
        max_length=100,
        pattern=choices_pattern(sort_names(service.STATS_SORT_KEYS), allow_empty=False),
        description="Order of the groups: comma-separated keys ("
        + ", ".join(service.STATS_SORT_KEYS)
        + "), each `-` for descending; later keys break ties, then the key.",
        examples=["-personnel,count"],
    ),
]
StatsShape = Annotated[
    Literal["object", "array", "wide"],
    Query(
        description=SHAPE_NOTE + " `wide` (two `group_by` dimensions): the pivoted table, "
        "one row per key of the first dimension, `key`, `label`, then one column per key "
        "of the second holding `measure` (null where no contribution).",
        examples=["array"],
    ),
]
Measure = Annotated[
    Literal["count", "personnel", "personnel_reported"],
    Query(description="The number in each cell of `shape=wide`.", examples=["count"]),
]
AsOfToday = Annotated[
    date | None,
    Query(
        description="The day `personnel` is counted on; by default today. " + SUM_RULE,
        examples=["2005-01-15"],
    ),
]
GroupFields = Annotated[
    str | None,
    WithJsonSchema(
        {
            "type": "string",
            "pattern": fields_pattern(field_paths(PairGroup)),
            "maxLength": FIELDS_MAX_LENGTH,
        }
    ),
    Query(
        max_length=FIELDS_MAX_LENGTH,
        description=FIELDS_NOTE + " Of each group (`key2` too with two dimensions; not "
        "with `shape=wide`, whose columns are the data).",
        examples=["key,label,count"],
    ),
]

# One group_by dimension or two; the envelope or its groups alone (`shape=array`).
StatsAnswer = ContributionStats | PairStats | list[StatsGroup] | list[PairGroup]


@read_route(router, "/contributions", StatsAnswer)
def contribution_stats(
    out: OutputDep,
    filtered: Annotated[Select[Any], Depends(contribution_filters)],
    group_by: GroupByParam = "contributor",
    sort: StatsSort = "-count",
    include_groups: IncludeGroups = False,
    shape: StatsShape = "object",
    measure: Measure = "count",
    as_of: AsOfToday = None,
    include_disputed: IncludeDisputed = False,
    fields: GroupFields = None,
) -> StatsAnswer | Response:
    """Contributions per group

    Counts, personnel and amount sums (per unit) of the contributions `/contributions` would list
    with the same filters, one row per contributor, type, category, mission, start year or status:
    ready for a bar chart. `personnel` is counted on one day (`as_of`, default today) by the rule of
    `/stats/overview`, stated in `personnel_rule`: never a sum of figures from different dates.
    Grouped by contributor or contributor kind, unnamed groups (organization kind `group`, such as
    the article's 'international partners', which no source ties to a nation) are left out unless
    `include_groups=true`, so they are not ranked beside nations. In CSV, one row per group
    (`amounts` as JSON text).
    """
    dims = _dimensions(group_by)
    service.stats_sort(sort)
    selection = _fields(fields, dims, shape)
    _check_shape(dims, shape)
    if any(d in ("contributor", "contributor_kind") for d in dims) and not include_groups:
        filtered = filtered.where(
            Contribution.contributor_id.not_in(
                select(Contributor.id).where(Contributor.organization_kind == "group")
            )
        )
    day = as_of or date.today()
    if len(dims) == 2:
        stats2 = pivot.pair_stats(
            out.session, filtered, dims, as_of=day, include_disputed=include_disputed
        )
        if shape == "wide":
            return _wide(out, stats2, measure)
        return out.rows_data(stats2, "groups", PairGroup, shape, selection)
    stats = service.contribution_stats(
        out.session,
        filtered,
        group_by=dims[0],
        sort=sort,
        as_of=day,
        include_disputed=include_disputed,
        include_groups=include_groups,
        source=_source(out.request),
        tallied=_tallied(out.request, out.session),
    )
    # Plain values, serialized once: the response model documents the answer, no model is
    # built for it (docs/performance.md, "stats as plain values").
    return out.rows_data(stats, "groups", StatsGroup, shape, selection)


def _dimensions(group_by: str) -> list[str]:
    """The `group_by` dimensions, or a 422 naming the parameter."""
    if not re.search(choices_pattern(GROUP_BY, allow_empty=False), group_by):
        raise Unprocessable(
            f"Malformed group_by: {group_by!r}.",
            errors=[
                FieldProblem(
                    field="query.group_by",
                    reason=f"one or two comma-separated names, each one of: {', '.join(GROUP_BY)}",
                )
            ],
        )
    return split_choices([group_by], GROUP_BY, "query.group_by", "group_by dimension")


def _check_shape(dims: list[str], shape: str) -> None:
    """One or two dimensions; two with `shape=wide`."""
    if len(dims) > 2:
        raise Unprocessable(
            "At most two group_by dimensions.",
            errors=[FieldProblem(field="query.group_by", reason="at most two dimensions")],
        )
    if shape == "wide" and len(dims) != 2:
        raise Unprocessable(
            "shape=wide pivots two group_by dimensions (group_by=contributor,year).",
            errors=[FieldProblem(field="query.shape", reason="needs two group_by dimensions")],
        )


def _source(request: Request) -> service.ReadFrom:
    """Where the counts and amounts of a one-dimension request are read (service.ReadFrom),
    by the parameters it was sent."""
    params = request.query_params.keys()
    if UNFILTERED.issuperset(params):
        return "tally"
    if (UNFILTERED | SERIES_FILTERS).issuperset(params):
        return "series"
    return "rows"


def _tallied(request: Request, session: Session) -> service.TallyFilter | None:
    """The request's filter, when it has one only and the tallies hold its counts
    (`service.TallyFilter`), its values resolved as `contribution_filters` resolved them."""
    query = request.query_params
    named = set(query.keys()) - UNFILTERED
    if len(named) != 1 or not TALLIED_FILTERS.issuperset(named):
        return None
    name = named.pop()
    raw = query.getlist(name)
    if name in ("to", "has_personnel"):
        # One value in its plain spelling; another (`1`, `2011-12-31T00:00`) reads the rows.
        if len(raw) != 1:
            return None
        if name == "has_personnel":
            return (
                service.TallyFilter("personnel", has=raw[0] == "true")
                if raw[0]
                in (
                    "true",
                    "false",
                )
                else None
            )
        try:
            return service.TallyFilter("to", to=date.fromisoformat(raw[0]))
        except ValueError:
            return None
    if name == "status":
        return service.TallyFilter("status", statuses=choices_of(raw, STATUS_VALUES, name) or [])
    if name == "year":
        return service.TallyFilter("year", years_of(raw, name) or [])
    if name == "contributor":
        return service.TallyFilter("contributor", key_ids(session, values_of(raw, name) or []))
    if name == "type":
        ids = types_with_descendants(session, values_of(raw, name) or [])
        return service.TallyFilter("type", ids)
    if name == "contributor_kind":
        kinds = choices_of(raw, CONTRIBUTOR_KINDS, name) or []
        of_kind = select(Contributor.id).where(Contributor.kind.in_(kinds))
        return service.TallyFilter("contributor", list(session.scalars(of_kind)))
    categories = choices_of(raw, CATEGORIES, name) or []
    of_category = select(ContributionType.id).where(ContributionType.category.in_(categories))
    return service.TallyFilter("type", list(session.scalars(of_category)))


def _fields(raw: str | None, dims: list[str], shape: str) -> Fields | None:
    """The selection of a group's fields; none applies to the pivoted table."""
    if raw is not None and shape == "wide":
        raise Unprocessable(
            "fields selects the fields of long rows; shape=wide's columns are the data.",
            errors=[FieldProblem(field="query.fields", reason="not with shape=wide")],
        )
    pair = parse_fields(raw, PairGroup)  # a name no group has: 400
    if pair is None or len(dims) == 2:
        return pair
    if pair.named & PAIR_ONLY:
        raise RuleViolation(
            "key2 and label2 are fields of two group_by dimensions only.",
            errors=[FieldProblem(field="query.fields", reason="key2/label2 need two dimensions")],
        )
    return pair.without(PAIR_ONLY)  # `-name`: the fields of one dimension's groups kept


def _wide(out: Output, stats: dict[str, Any], measure: str) -> Response:
    columns, rows = pivot.wide(stats, measure)
    if out.format == "csv":
        return StreamingResponse(
            csv_chunks(columns, rows),
            media_type=CSV_MEDIA_TYPE,
            headers={"Content-Disposition": 'inline; filename="contributions.csv"'},
        )
    if out.format == "ndjson":
        return StreamingResponse(ndjson_chunks(rows), media_type=NDJSON_MEDIA_TYPE)
    return bare_array(rows, out.response)


@read_route(router, "/overview", Overview)
def overview(
    out: OutputDep,
    include_disputed: IncludeDisputed = False,
    include_groups: IncludeGroups = False,
    as_of: Annotated[
        date | None,
        Query(
            description="The day `personnel` is counted on; by default the date of the latest "
            "strength observation. " + SUM_RULE,
            examples=["2005-01-15"],
        ),
    ] = None,
    shape: ShapeParam = "object",
) -> Overview | Response:
    """Headline numbers

    The numbers a dashboard's first row shows. `personnel` is counted on one day (`as_of`) by one
    rule, stated in `personnel.rule`. Counts of missions, contributions, contributors and lessons
    leave out the records hidden by default (standing only on disputed, misleading or unverifiable
    claims) unless `include_disputed=true`; contributors leave out unnamed groups unless
    `include_groups=true`. In CSV, one row; nested fields as `parent.child` columns.
    """
    numbers = service.overview(
        out.session, include_disputed=include_disputed, include_groups=include_groups, as_of=as_of
    )
    if out.format != "json":
        return out.tabular(Overview, iter([numbers.model_dump(mode="json")]))
    if shape == "array":
        return bare_array([numbers.model_dump(mode="json")], out.response)
    return numbers
