"""The contribution list's filters as one dependency: `/contributions` and `/stats` take exactly
the same ones (declared once, so the two cannot drift). Key filters take several values, "any
of" (app/core/filters.py)."""

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from fastapi import Query
from sqlalchemy import Select

from app.contributions import service
from app.core.errors import FieldProblem, RuleViolation
from app.core.filters import (
    Choices,
    KeyList,
    StatusParam,
    YearList,
    any_of,
    check_range,
    choices,
    choices_of,
    keys,
    values_of,
    years_of,
)
from app.core.pagination import SORT_BOUNDS
from app.core.params import IncludeDisputed, SessionDep
from app.models import Contribution
from app.models.base import STATUS_VALUES
from app.models.contribution_type import CATEGORIES
from app.models.contributor import CONTRIBUTOR_KINDS

# Bounds of the numeric filters: larger than any figure, small enough for every engine's types.
MAX_NUMBER = 1_000_000_000
AMOUNT_PATTERN = r"^[0-9]{1,15}(\.[0-9]{1,6})?$"


def _personnel(description: str, example: int) -> Any:
    return Query(ge=0, le=MAX_NUMBER, description=description, examples=[example])


def _amount(description: str, example: str) -> Any:
    return Query(pattern=AMOUNT_PATTERN, description=description, examples=[example])


def _has(what: str) -> Any:
    return Query(
        description=f"true: only contributions giving {what}; false: only those giving none.",
        examples=[True],
    )


# The parameters, one alias each (the signature below stays a list of names).
MissionParam = Annotated[KeyList, keys("Mission slug.", "ntm-i")]
ContributorParam = Annotated[
    KeyList, keys("Nation ISO code or organization slug (any case).", "ITA")
]
ContributorKindParam = Annotated[
    Choices, choices(CONTRIBUTOR_KINDS, "Kind of contributor.", "nation")
]
TypeParam = Annotated[KeyList, keys("Contribution type slug (sub-types included).", "training")]
CategoryParam = Annotated[
    Choices, choices(CATEGORIES, "Category of the contribution type.", "logistics")
]
YearParam = Annotated[YearList, keys("Year it started (YYYY), as the `year` facet.", "2004")]
ActiveOn = Annotated[
    date | None,
    Query(description="Running on that day. " + service.ACTIVE_RULE, examples=["2008-01-01"]),
]
DateFrom = Annotated[
    date | None,
    Query(
        alias="from",
        description="Running on or after that day (the same evidence rule as `active_on`).",
        examples=["2004-01-01"],
    ),
]
DateTo = Annotated[date | None, Query(alias="to", examples=["2011-12-31"])]
PersonnelMin = Annotated[
    int | None, _personnel("Personnel at least this (contributions giving a figure).", 100)
]
PersonnelMax = Annotated[
    int | None, _personnel("Personnel at most this (contributions giving a figure).", 1000)
]
HasPersonnel = Annotated[bool | None, _has("a personnel figure")]
UnitParam = Annotated[
    KeyList,
    keys("Unit of the amount, exactly as given (`PATRIOT batteries`).", "PATRIOT batteries"),
]
AmountMin = Annotated[
    str | None,
    _amount(
        "Amount at least this (digits, optionally a decimal point); needs "
        "`unit` (amounts of different units are not comparable).",
        "1",
    ),
]
AmountMax = Annotated[str | None, _amount("Amount at most this; needs `unit`.", "100")]
HasAmount = Annotated[bool | None, _has("an amount")]


def contribution_filters(
    session: SessionDep,
    mission: MissionParam = None,
    contributor: ContributorParam = None,
    contributor_kind: ContributorKindParam = None,
    type: TypeParam = None,
    category: CategoryParam = None,
    status: StatusParam = None,
    year: YearParam = None,
    active_on: ActiveOn = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    include_disputed: IncludeDisputed = False,
    personnel_min: PersonnelMin = None,
    personnel_max: PersonnelMax = None,
    has_personnel: HasPersonnel = None,
    unit: UnitParam = None,
    amount_min: AmountMin = None,
    amount_max: AmountMax = None,
    has_amount: HasAmount = None,
) -> Select[Any]:
    """The SELECT of the contributions `/contributions` would list with these filters."""
    check_range(date_from, date_to)
    check_numbers("personnel", personnel_min, personnel_max)
    low = None if amount_min is None else Decimal(amount_min)
    high = None if amount_max is None else Decimal(amount_max)
    check_numbers("amount", low, high)
    units = values_of(unit, "unit")
    if (amount_min is not None or amount_max is not None) and units is None:
        raise RuleViolation(
            "amount_min and amount_max compare amounts of one unit: give `unit` too.",
            errors=[FieldProblem(field="query.unit", reason="required with amount_min/max")],
        )
    stmt = service.list_stmt(
        session,
        service.Filters(
            missions=values_of(mission, "mission"),
            contributors=values_of(contributor, "contributor"),
            contributor_kinds=choices_of(contributor_kind, CONTRIBUTOR_KINDS, "contributor_kind"),
            types=values_of(type, "type"),
            categories=choices_of(category, CATEGORIES, "category"),
            statuses=choices_of(status, STATUS_VALUES, "status"),
            years=years_of(year, "year"),
            active_on_date=active_on,
            date_from=date_from,
            date_to=date_to,
            include_disputed=include_disputed,
        ),
    )
    stmt = numeric_filters(
        stmt,
        (Contribution.personnel, personnel_min, personnel_max, has_personnel),
        (Contribution.amount, low, high, has_amount),
        units=units,
    )
    return _personnel_bounds(stmt, personnel_min, personnel_max, has_personnel)


def _personnel_bounds(
    stmt: Select[Any],
    personnel_min: int | None,
    personnel_max: int | None,
    has_personnel: bool | None,
) -> Select[Any]:
    """`stmt` with the personnel sort's bounds (SORT_BOUNDS) its personnel filters imply."""
    if has_personnel is False:
        bounds: tuple[Any, ...] | None = (None, None, False, True)
    elif has_personnel or personnel_min is not None or personnel_max is not None:
        bounds = (personnel_min, personnel_max, True, False)
    else:
        bounds = None
    if bounds is None:
        return stmt
    # Sorted by personnel, the rows giving none (sorted as -1) are a range of their own
    # (pagination.page_keys): `has_personnel=false` sorted by -personnel walked every row
    # giving one first, `personnel_min` sorted by personnel every row below the minimum.
    known = dict(stmt.get_execution_options().get(SORT_BOUNDS) or {})
    return stmt.execution_options(**{SORT_BOUNDS: known | {"personnel": bounds}})


def check_numbers(name: str, low: Any, high: Any) -> None:
    if low is not None and high is not None and high < low:
        raise RuleViolation(
            f"`{name}_max` is below `{name}_min`.",
            errors=[FieldProblem(field=f"query.{name}_max", reason=f"below `{name}_min`")],
        )


def numeric_filters(
    stmt: Select[Any], *ranges: tuple[Any, Any, Any, bool | None], units: Sequence[str] | None
) -> Select[Any]:
    """Ranges (`_min`/`_max`, inclusive) and presence (`has_`) on number columns: a range
    keeps only rows giving a number, as SQL's comparison with NULL does."""
    for column, low, high, present in ranges:
        if low is not None:
            stmt = stmt.where(column >= low)
        if high is not None:
            stmt = stmt.where(column <= high)
        if present is not None:
            stmt = stmt.where(column.is_not(None) if present else column.is_(None))
    if units is not None:
        stmt = stmt.where(any_of(Contribution.unit, units))
    gives_amount = any(
        column is Contribution.amount and (low is not None or high is not None or present)
        for column, low, high, present in ranges
    )
    if units is not None or gives_amount:
        # Implied (a unit is given, or an amount, which the amount_has_unit CHECK ties to a
        # unit): written out so the partial indexes of migration 0013 are seen to apply.
        stmt = stmt.where(Contribution.unit.is_not(None))
    return stmt
