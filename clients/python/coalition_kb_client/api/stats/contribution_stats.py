import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contribution_stats import ContributionStats
from ...models.contribution_stats_format import ContributionStatsFormat
from ...models.contribution_stats_measure import ContributionStatsMeasure
from ...models.contribution_stats_selection import ContributionStatsSelection
from ...models.contribution_stats_shape import ContributionStatsShape
from ...models.pair_group import PairGroup
from ...models.pair_group_selection import PairGroupSelection
from ...models.pair_stats import PairStats
from ...models.pair_stats_selection import PairStatsSelection
from ...models.problem import Problem
from ...models.stats_group import StatsGroup
from ...models.stats_group_selection import StatsGroupSelection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    group_by: str | Unset = "contributor",
    sort: str | Unset = "-count",
    include_groups: bool | Unset = False,
    shape: ContributionStatsShape | Unset = ContributionStatsShape.OBJECT,
    measure: ContributionStatsMeasure | Unset = ContributionStatsMeasure.COUNT,
    as_of: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    fields: str | Unset = UNSET,
    format_: ContributionStatsFormat | Unset = UNSET,
    mission: list[str] | Unset = UNSET,
    contributor: list[str] | Unset = UNSET,
    contributor_kind: list[str] | Unset = UNSET,
    type_: list[str] | Unset = UNSET,
    category: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    year: list[str] | Unset = UNSET,
    active_on: datetime.date | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    personnel_min: int | Unset = UNSET,
    personnel_max: int | Unset = UNSET,
    has_personnel: bool | Unset = UNSET,
    unit: list[str] | Unset = UNSET,
    amount_min: str | Unset = UNSET,
    amount_max: str | Unset = UNSET,
    has_amount: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["group_by"] = group_by

    params["sort"] = sort

    params["include_groups"] = include_groups

    json_shape: str | Unset = UNSET
    if not isinstance(shape, Unset):
        json_shape = shape.value

    params["shape"] = json_shape

    json_measure: str | Unset = UNSET
    if not isinstance(measure, Unset):
        json_measure = measure.value

    params["measure"] = json_measure

    json_as_of: str | Unset = UNSET
    if not isinstance(as_of, Unset):
        json_as_of = as_of.isoformat()
    params["as_of"] = json_as_of

    params["include_disputed"] = include_disputed

    params["fields"] = fields

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    json_mission: list[str] | Unset = UNSET
    if not isinstance(mission, Unset):
        json_mission = mission

    params["mission"] = json_mission

    json_contributor: list[str] | Unset = UNSET
    if not isinstance(contributor, Unset):
        json_contributor = contributor

    params["contributor"] = json_contributor

    json_contributor_kind: list[str] | Unset = UNSET
    if not isinstance(contributor_kind, Unset):
        json_contributor_kind = contributor_kind

    params["contributor_kind"] = json_contributor_kind

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    json_category: list[str] | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category

    params["category"] = json_category

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_year: list[str] | Unset = UNSET
    if not isinstance(year, Unset):
        json_year = year

    params["year"] = json_year

    json_active_on: str | Unset = UNSET
    if not isinstance(active_on, Unset):
        json_active_on = active_on.isoformat()
    params["active_on"] = json_active_on

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["personnel_min"] = personnel_min

    params["personnel_max"] = personnel_max

    params["has_personnel"] = has_personnel

    json_unit: list[str] | Unset = UNSET
    if not isinstance(unit, Unset):
        json_unit = unit

    params["unit"] = json_unit

    params["amount_min"] = amount_min

    params["amount_max"] = amount_max

    params["has_amount"] = has_amount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/stats/contributions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ContributionStats
    | ContributionStatsSelection
    | list[PairGroup]
    | list[PairGroupSelection]
    | list[StatsGroup]
    | list[StatsGroupSelection]
    | PairStats
    | PairStatsSelection
    | Problem
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            ContributionStats
            | ContributionStatsSelection
            | list[PairGroup]
            | list[PairGroupSelection]
            | list[StatsGroup]
            | list[StatsGroupSelection]
            | PairStats
            | PairStatsSelection
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ContributionStats.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = PairStats.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_2 = []
                _response_200_type_2 = data
                for response_200_type_2_item_data in _response_200_type_2:
                    response_200_type_2_item = StatsGroup.from_dict(response_200_type_2_item_data)

                    response_200_type_2.append(response_200_type_2_item)

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_3 = []
                _response_200_type_3 = data
                for response_200_type_3_item_data in _response_200_type_3:
                    response_200_type_3_item = PairGroup.from_dict(response_200_type_3_item_data)

                    response_200_type_3.append(response_200_type_3_item)

                return response_200_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_4 = ContributionStatsSelection.from_dict(data)

                return response_200_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_5 = PairStatsSelection.from_dict(data)

                return response_200_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_6 = []
                _response_200_type_6 = data
                for response_200_type_6_item_data in _response_200_type_6:
                    response_200_type_6_item = StatsGroupSelection.from_dict(response_200_type_6_item_data)

                    response_200_type_6.append(response_200_type_6_item)

                return response_200_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_7 = []
            _response_200_type_7 = data
            for response_200_type_7_item_data in _response_200_type_7:
                response_200_type_7_item = PairGroupSelection.from_dict(response_200_type_7_item_data)

                response_200_type_7.append(response_200_type_7_item)

            return response_200_type_7

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ContributionStats
    | ContributionStatsSelection
    | list[PairGroup]
    | list[PairGroupSelection]
    | list[StatsGroup]
    | list[StatsGroupSelection]
    | PairStats
    | PairStatsSelection
    | Problem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    group_by: str | Unset = "contributor",
    sort: str | Unset = "-count",
    include_groups: bool | Unset = False,
    shape: ContributionStatsShape | Unset = ContributionStatsShape.OBJECT,
    measure: ContributionStatsMeasure | Unset = ContributionStatsMeasure.COUNT,
    as_of: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    fields: str | Unset = UNSET,
    format_: ContributionStatsFormat | Unset = UNSET,
    mission: list[str] | Unset = UNSET,
    contributor: list[str] | Unset = UNSET,
    contributor_kind: list[str] | Unset = UNSET,
    type_: list[str] | Unset = UNSET,
    category: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    year: list[str] | Unset = UNSET,
    active_on: datetime.date | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    personnel_min: int | Unset = UNSET,
    personnel_max: int | Unset = UNSET,
    has_personnel: bool | Unset = UNSET,
    unit: list[str] | Unset = UNSET,
    amount_min: str | Unset = UNSET,
    amount_max: str | Unset = UNSET,
    has_amount: bool | Unset = UNSET,
) -> Response[
    ContributionStats
    | ContributionStatsSelection
    | list[PairGroup]
    | list[PairGroupSelection]
    | list[StatsGroup]
    | list[StatsGroupSelection]
    | PairStats
    | PairStatsSelection
    | Problem
]:
    """Contributions per group

     Counts, personnel and amount sums (per unit) of the contributions `/contributions` would list with
    the same filters, one row per contributor, type, category, mission, start year or status: ready for
    a bar chart. `personnel` is counted on one day (`as_of`, default today) by the rule of
    `/stats/overview`, stated in `personnel_rule`: never a sum of figures from different dates. Grouped
    by contributor or contributor kind, unnamed groups (organization kind `group`, such as the article's
    'international partners', which no source ties to a nation) are left out unless
    `include_groups=true`, so they are not ranked beside nations. In CSV, one row per group (`amounts`
    as JSON text).

    Args:
        group_by (str | Unset):  Default: 'contributor'.
        sort (str | Unset): Order of the groups: comma-separated keys (count, key, personnel),
            each `-` for descending; later keys break ties, then the key. Default: '-count'.
        include_groups (bool | Unset): Also count unnamed groups of countries (organization kind
            `group`, e.g. the article's 'international partners'): no source ties them to a nation, so
            by default they are not ranked beside nations. Default: False.
        shape (ContributionStatsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            `wide` (two `group_by` dimensions): the pivoted table, one row per key of the first
            dimension, `key`, `label`, then one column per key of the second holding `measure` (null
            where no contribution). Default: ContributionStatsShape.OBJECT.
        measure (ContributionStatsMeasure | Unset): The number in each cell of `shape=wide`.
            Default: ContributionStatsMeasure.COUNT.
        as_of (datetime.date | Unset): The day `personnel` is counted on; by default today.
            Personnel on a day: for each mission and each contributor, the latest strength observation
            dated on or before that day (on one date the official tally is preferred, then wire,
            press, reference), left out when the contributor was gone by then (the mission, the
            contribution it measures, or every recorded contribution of that contributor to that
            mission had ended before that day); these are summed. Never a sum of snapshots of one
            contributor from different dates. Mission-wide totals (no contributor) are not added in. A
            month- or year-precise observation is dated the month's 1st or 1 January.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        fields (str | Unset):
        format_ (ContributionStatsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        mission (list[str] | Unset): Mission slug. Several values mean any of them: comma-
            separated (`a,b`) or the parameter repeated; a value holding a comma is double-quoted
            (`"a, b",c`).
        contributor (list[str] | Unset): Nation ISO code or organization slug (any case). Several
            values mean any of them: comma-separated (`a,b`) or the parameter repeated; a value
            holding a comma is double-quoted (`"a, b",c`).
        contributor_kind (list[str] | Unset): Kind of contributor. One of: nation, organization.
            Several values mean any of them: comma-separated (`a,b`) or the parameter repeated; a
            value holding a comma is double-quoted (`"a, b",c`).
        type_ (list[str] | Unset): Contribution type slug (sub-types included). Several values
            mean any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a
            comma is double-quoted (`"a, b",c`).
        category (list[str] | Unset): Category of the contribution type. One of: training,
            logistics, medical, intelligence, personnel, equipment, funding, communications, advisory,
            security, reconstruction, command, other. Several values mean any of them: comma-separated
            (`a,b`) or the parameter repeated; a value holding a comma is double-quoted (`"a, b",c`).
        status (list[str] | Unset): Status of the record (derived from its citations' verdicts);
            naming a status lists its records even when they are hidden by default, without
            `include_disputed`. One of: asserted, corroborated, disputed, misleading, unverifiable,
            opinion. Several values mean any of them: comma-separated (`a,b`) or the parameter
            repeated; a value holding a comma is double-quoted (`"a, b",c`).
        year (list[str] | Unset): Year it started (YYYY), as the `year` facet. Several values mean
            any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        active_on (datetime.date | Unset): Running on that day. A contribution with an `end_date`
            runs from its start to its end. One with no `end_date` is not taken to run for ever: it
            counts as running up to its last dated evidence, the latest of its `start_date`, its
            strength observations' dates and the publication dates of the sources citing it (disputed
            ones left out), and never after its mission's end. A date known to the month or year
            (date_precision) covers that whole month or year.
        from_ (datetime.date | Unset): Running on or after that day (the same evidence rule as
            `active_on`).
        to (datetime.date | Unset):
        personnel_min (int | Unset): Personnel at least this (contributions giving a figure).
        personnel_max (int | Unset): Personnel at most this (contributions giving a figure).
        has_personnel (bool | Unset): true: only contributions giving a personnel figure; false:
            only those giving none.
        unit (list[str] | Unset): Unit of the amount, exactly as given (`PATRIOT batteries`).
            Several values mean any of them: comma-separated (`a,b`) or the parameter repeated; a
            value holding a comma is double-quoted (`"a, b",c`).
        amount_min (str | Unset): Amount at least this (digits, optionally a decimal point); needs
            `unit` (amounts of different units are not comparable).
        amount_max (str | Unset): Amount at most this; needs `unit`.
        has_amount (bool | Unset): true: only contributions giving an amount; false: only those
            giving none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContributionStats | ContributionStatsSelection | list[PairGroup] | list[PairGroupSelection] | list[StatsGroup] | list[StatsGroupSelection] | PairStats | PairStatsSelection | Problem]
    """

    kwargs = _get_kwargs(
        group_by=group_by,
        sort=sort,
        include_groups=include_groups,
        shape=shape,
        measure=measure,
        as_of=as_of,
        include_disputed=include_disputed,
        fields=fields,
        format_=format_,
        mission=mission,
        contributor=contributor,
        contributor_kind=contributor_kind,
        type_=type_,
        category=category,
        status=status,
        year=year,
        active_on=active_on,
        from_=from_,
        to=to,
        personnel_min=personnel_min,
        personnel_max=personnel_max,
        has_personnel=has_personnel,
        unit=unit,
        amount_min=amount_min,
        amount_max=amount_max,
        has_amount=has_amount,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    group_by: str | Unset = "contributor",
    sort: str | Unset = "-count",
    include_groups: bool | Unset = False,
    shape: ContributionStatsShape | Unset = ContributionStatsShape.OBJECT,
    measure: ContributionStatsMeasure | Unset = ContributionStatsMeasure.COUNT,
    as_of: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    fields: str | Unset = UNSET,
    format_: ContributionStatsFormat | Unset = UNSET,
    mission: list[str] | Unset = UNSET,
    contributor: list[str] | Unset = UNSET,
    contributor_kind: list[str] | Unset = UNSET,
    type_: list[str] | Unset = UNSET,
    category: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    year: list[str] | Unset = UNSET,
    active_on: datetime.date | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    personnel_min: int | Unset = UNSET,
    personnel_max: int | Unset = UNSET,
    has_personnel: bool | Unset = UNSET,
    unit: list[str] | Unset = UNSET,
    amount_min: str | Unset = UNSET,
    amount_max: str | Unset = UNSET,
    has_amount: bool | Unset = UNSET,
) -> (
    ContributionStats
    | ContributionStatsSelection
    | list[PairGroup]
    | list[PairGroupSelection]
    | list[StatsGroup]
    | list[StatsGroupSelection]
    | PairStats
    | PairStatsSelection
    | Problem
    | None
):
    """Contributions per group

     Counts, personnel and amount sums (per unit) of the contributions `/contributions` would list with
    the same filters, one row per contributor, type, category, mission, start year or status: ready for
    a bar chart. `personnel` is counted on one day (`as_of`, default today) by the rule of
    `/stats/overview`, stated in `personnel_rule`: never a sum of figures from different dates. Grouped
    by contributor or contributor kind, unnamed groups (organization kind `group`, such as the article's
    'international partners', which no source ties to a nation) are left out unless
    `include_groups=true`, so they are not ranked beside nations. In CSV, one row per group (`amounts`
    as JSON text).

    Args:
        group_by (str | Unset):  Default: 'contributor'.
        sort (str | Unset): Order of the groups: comma-separated keys (count, key, personnel),
            each `-` for descending; later keys break ties, then the key. Default: '-count'.
        include_groups (bool | Unset): Also count unnamed groups of countries (organization kind
            `group`, e.g. the article's 'international partners'): no source ties them to a nation, so
            by default they are not ranked beside nations. Default: False.
        shape (ContributionStatsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            `wide` (two `group_by` dimensions): the pivoted table, one row per key of the first
            dimension, `key`, `label`, then one column per key of the second holding `measure` (null
            where no contribution). Default: ContributionStatsShape.OBJECT.
        measure (ContributionStatsMeasure | Unset): The number in each cell of `shape=wide`.
            Default: ContributionStatsMeasure.COUNT.
        as_of (datetime.date | Unset): The day `personnel` is counted on; by default today.
            Personnel on a day: for each mission and each contributor, the latest strength observation
            dated on or before that day (on one date the official tally is preferred, then wire,
            press, reference), left out when the contributor was gone by then (the mission, the
            contribution it measures, or every recorded contribution of that contributor to that
            mission had ended before that day); these are summed. Never a sum of snapshots of one
            contributor from different dates. Mission-wide totals (no contributor) are not added in. A
            month- or year-precise observation is dated the month's 1st or 1 January.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        fields (str | Unset):
        format_ (ContributionStatsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        mission (list[str] | Unset): Mission slug. Several values mean any of them: comma-
            separated (`a,b`) or the parameter repeated; a value holding a comma is double-quoted
            (`"a, b",c`).
        contributor (list[str] | Unset): Nation ISO code or organization slug (any case). Several
            values mean any of them: comma-separated (`a,b`) or the parameter repeated; a value
            holding a comma is double-quoted (`"a, b",c`).
        contributor_kind (list[str] | Unset): Kind of contributor. One of: nation, organization.
            Several values mean any of them: comma-separated (`a,b`) or the parameter repeated; a
            value holding a comma is double-quoted (`"a, b",c`).
        type_ (list[str] | Unset): Contribution type slug (sub-types included). Several values
            mean any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a
            comma is double-quoted (`"a, b",c`).
        category (list[str] | Unset): Category of the contribution type. One of: training,
            logistics, medical, intelligence, personnel, equipment, funding, communications, advisory,
            security, reconstruction, command, other. Several values mean any of them: comma-separated
            (`a,b`) or the parameter repeated; a value holding a comma is double-quoted (`"a, b",c`).
        status (list[str] | Unset): Status of the record (derived from its citations' verdicts);
            naming a status lists its records even when they are hidden by default, without
            `include_disputed`. One of: asserted, corroborated, disputed, misleading, unverifiable,
            opinion. Several values mean any of them: comma-separated (`a,b`) or the parameter
            repeated; a value holding a comma is double-quoted (`"a, b",c`).
        year (list[str] | Unset): Year it started (YYYY), as the `year` facet. Several values mean
            any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        active_on (datetime.date | Unset): Running on that day. A contribution with an `end_date`
            runs from its start to its end. One with no `end_date` is not taken to run for ever: it
            counts as running up to its last dated evidence, the latest of its `start_date`, its
            strength observations' dates and the publication dates of the sources citing it (disputed
            ones left out), and never after its mission's end. A date known to the month or year
            (date_precision) covers that whole month or year.
        from_ (datetime.date | Unset): Running on or after that day (the same evidence rule as
            `active_on`).
        to (datetime.date | Unset):
        personnel_min (int | Unset): Personnel at least this (contributions giving a figure).
        personnel_max (int | Unset): Personnel at most this (contributions giving a figure).
        has_personnel (bool | Unset): true: only contributions giving a personnel figure; false:
            only those giving none.
        unit (list[str] | Unset): Unit of the amount, exactly as given (`PATRIOT batteries`).
            Several values mean any of them: comma-separated (`a,b`) or the parameter repeated; a
            value holding a comma is double-quoted (`"a, b",c`).
        amount_min (str | Unset): Amount at least this (digits, optionally a decimal point); needs
            `unit` (amounts of different units are not comparable).
        amount_max (str | Unset): Amount at most this; needs `unit`.
        has_amount (bool | Unset): true: only contributions giving an amount; false: only those
            giving none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContributionStats | ContributionStatsSelection | list[PairGroup] | list[PairGroupSelection] | list[StatsGroup] | list[StatsGroupSelection] | PairStats | PairStatsSelection | Problem
    """

    return sync_detailed(
        client=client,
        group_by=group_by,
        sort=sort,
        include_groups=include_groups,
        shape=shape,
        measure=measure,
        as_of=as_of,
        include_disputed=include_disputed,
        fields=fields,
        format_=format_,
        mission=mission,
        contributor=contributor,
        contributor_kind=contributor_kind,
        type_=type_,
        category=category,
        status=status,
        year=year,
        active_on=active_on,
        from_=from_,
        to=to,
        personnel_min=personnel_min,
        personnel_max=personnel_max,
        has_personnel=has_personnel,
        unit=unit,
        amount_min=amount_min,
        amount_max=amount_max,
        has_amount=has_amount,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    group_by: str | Unset = "contributor",
    sort: str | Unset = "-count",
    include_groups: bool | Unset = False,
    shape: ContributionStatsShape | Unset = ContributionStatsShape.OBJECT,
    measure: ContributionStatsMeasure | Unset = ContributionStatsMeasure.COUNT,
    as_of: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    fields: str | Unset = UNSET,
    format_: ContributionStatsFormat | Unset = UNSET,
    mission: list[str] | Unset = UNSET,
    contributor: list[str] | Unset = UNSET,
    contributor_kind: list[str] | Unset = UNSET,
    type_: list[str] | Unset = UNSET,
    category: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    year: list[str] | Unset = UNSET,
    active_on: datetime.date | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    personnel_min: int | Unset = UNSET,
    personnel_max: int | Unset = UNSET,
    has_personnel: bool | Unset = UNSET,
    unit: list[str] | Unset = UNSET,
    amount_min: str | Unset = UNSET,
    amount_max: str | Unset = UNSET,
    has_amount: bool | Unset = UNSET,
) -> Response[
    ContributionStats
    | ContributionStatsSelection
    | list[PairGroup]
    | list[PairGroupSelection]
    | list[StatsGroup]
    | list[StatsGroupSelection]
    | PairStats
    | PairStatsSelection
    | Problem
]:
    """Contributions per group

     Counts, personnel and amount sums (per unit) of the contributions `/contributions` would list with
    the same filters, one row per contributor, type, category, mission, start year or status: ready for
    a bar chart. `personnel` is counted on one day (`as_of`, default today) by the rule of
    `/stats/overview`, stated in `personnel_rule`: never a sum of figures from different dates. Grouped
    by contributor or contributor kind, unnamed groups (organization kind `group`, such as the article's
    'international partners', which no source ties to a nation) are left out unless
    `include_groups=true`, so they are not ranked beside nations. In CSV, one row per group (`amounts`
    as JSON text).

    Args:
        group_by (str | Unset):  Default: 'contributor'.
        sort (str | Unset): Order of the groups: comma-separated keys (count, key, personnel),
            each `-` for descending; later keys break ties, then the key. Default: '-count'.
        include_groups (bool | Unset): Also count unnamed groups of countries (organization kind
            `group`, e.g. the article's 'international partners'): no source ties them to a nation, so
            by default they are not ranked beside nations. Default: False.
        shape (ContributionStatsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            `wide` (two `group_by` dimensions): the pivoted table, one row per key of the first
            dimension, `key`, `label`, then one column per key of the second holding `measure` (null
            where no contribution). Default: ContributionStatsShape.OBJECT.
        measure (ContributionStatsMeasure | Unset): The number in each cell of `shape=wide`.
            Default: ContributionStatsMeasure.COUNT.
        as_of (datetime.date | Unset): The day `personnel` is counted on; by default today.
            Personnel on a day: for each mission and each contributor, the latest strength observation
            dated on or before that day (on one date the official tally is preferred, then wire,
            press, reference), left out when the contributor was gone by then (the mission, the
            contribution it measures, or every recorded contribution of that contributor to that
            mission had ended before that day); these are summed. Never a sum of snapshots of one
            contributor from different dates. Mission-wide totals (no contributor) are not added in. A
            month- or year-precise observation is dated the month's 1st or 1 January.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        fields (str | Unset):
        format_ (ContributionStatsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        mission (list[str] | Unset): Mission slug. Several values mean any of them: comma-
            separated (`a,b`) or the parameter repeated; a value holding a comma is double-quoted
            (`"a, b",c`).
        contributor (list[str] | Unset): Nation ISO code or organization slug (any case). Several
            values mean any of them: comma-separated (`a,b`) or the parameter repeated; a value
            holding a comma is double-quoted (`"a, b",c`).
        contributor_kind (list[str] | Unset): Kind of contributor. One of: nation, organization.
            Several values mean any of them: comma-separated (`a,b`) or the parameter repeated; a
            value holding a comma is double-quoted (`"a, b",c`).
        type_ (list[str] | Unset): Contribution type slug (sub-types included). Several values
            mean any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a
            comma is double-quoted (`"a, b",c`).
        category (list[str] | Unset): Category of the contribution type. One of: training,
            logistics, medical, intelligence, personnel, equipment, funding, communications, advisory,
            security, reconstruction, command, other. Several values mean any of them: comma-separated
            (`a,b`) or the parameter repeated; a value holding a comma is double-quoted (`"a, b",c`).
        status (list[str] | Unset): Status of the record (derived from its citations' verdicts);
            naming a status lists its records even when they are hidden by default, without
            `include_disputed`. One of: asserted, corroborated, disputed, misleading, unverifiable,
            opinion. Several values mean any of them: comma-separated (`a,b`) or the parameter
            repeated; a value holding a comma is double-quoted (`"a, b",c`).
        year (list[str] | Unset): Year it started (YYYY), as the `year` facet. Several values mean
            any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        active_on (datetime.date | Unset): Running on that day. A contribution with an `end_date`
            runs from its start to its end. One with no `end_date` is not taken to run for ever: it
            counts as running up to its last dated evidence, the latest of its `start_date`, its
            strength observations' dates and the publication dates of the sources citing it (disputed
            ones left out), and never after its mission's end. A date known to the month or year
            (date_precision) covers that whole month or year.
        from_ (datetime.date | Unset): Running on or after that day (the same evidence rule as
            `active_on`).
        to (datetime.date | Unset):
        personnel_min (int | Unset): Personnel at least this (contributions giving a figure).
        personnel_max (int | Unset): Personnel at most this (contributions giving a figure).
        has_personnel (bool | Unset): true: only contributions giving a personnel figure; false:
            only those giving none.
        unit (list[str] | Unset): Unit of the amount, exactly as given (`PATRIOT batteries`).
            Several values mean any of them: comma-separated (`a,b`) or the parameter repeated; a
            value holding a comma is double-quoted (`"a, b",c`).
        amount_min (str | Unset): Amount at least this (digits, optionally a decimal point); needs
            `unit` (amounts of different units are not comparable).
        amount_max (str | Unset): Amount at most this; needs `unit`.
        has_amount (bool | Unset): true: only contributions giving an amount; false: only those
            giving none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContributionStats | ContributionStatsSelection | list[PairGroup] | list[PairGroupSelection] | list[StatsGroup] | list[StatsGroupSelection] | PairStats | PairStatsSelection | Problem]
    """

    kwargs = _get_kwargs(
        group_by=group_by,
        sort=sort,
        include_groups=include_groups,
        shape=shape,
        measure=measure,
        as_of=as_of,
        include_disputed=include_disputed,
        fields=fields,
        format_=format_,
        mission=mission,
        contributor=contributor,
        contributor_kind=contributor_kind,
        type_=type_,
        category=category,
        status=status,
        year=year,
        active_on=active_on,
        from_=from_,
        to=to,
        personnel_min=personnel_min,
        personnel_max=personnel_max,
        has_personnel=has_personnel,
        unit=unit,
        amount_min=amount_min,
        amount_max=amount_max,
        has_amount=has_amount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    group_by: str | Unset = "contributor",
    sort: str | Unset = "-count",
    include_groups: bool | Unset = False,
    shape: ContributionStatsShape | Unset = ContributionStatsShape.OBJECT,
    measure: ContributionStatsMeasure | Unset = ContributionStatsMeasure.COUNT,
    as_of: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    fields: str | Unset = UNSET,
    format_: ContributionStatsFormat | Unset = UNSET,
    mission: list[str] | Unset = UNSET,
    contributor: list[str] | Unset = UNSET,
    contributor_kind: list[str] | Unset = UNSET,
    type_: list[str] | Unset = UNSET,
    category: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    year: list[str] | Unset = UNSET,
    active_on: datetime.date | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    personnel_min: int | Unset = UNSET,
    personnel_max: int | Unset = UNSET,
    has_personnel: bool | Unset = UNSET,
    unit: list[str] | Unset = UNSET,
    amount_min: str | Unset = UNSET,
    amount_max: str | Unset = UNSET,
    has_amount: bool | Unset = UNSET,
) -> (
    ContributionStats
    | ContributionStatsSelection
    | list[PairGroup]
    | list[PairGroupSelection]
    | list[StatsGroup]
    | list[StatsGroupSelection]
    | PairStats
    | PairStatsSelection
    | Problem
    | None
):
    """Contributions per group

     Counts, personnel and amount sums (per unit) of the contributions `/contributions` would list with
    the same filters, one row per contributor, type, category, mission, start year or status: ready for
    a bar chart. `personnel` is counted on one day (`as_of`, default today) by the rule of
    `/stats/overview`, stated in `personnel_rule`: never a sum of figures from different dates. Grouped
    by contributor or contributor kind, unnamed groups (organization kind `group`, such as the article's
    'international partners', which no source ties to a nation) are left out unless
    `include_groups=true`, so they are not ranked beside nations. In CSV, one row per group (`amounts`
    as JSON text).

    Args:
        group_by (str | Unset):  Default: 'contributor'.
        sort (str | Unset): Order of the groups: comma-separated keys (count, key, personnel),
            each `-` for descending; later keys break ties, then the key. Default: '-count'.
        include_groups (bool | Unset): Also count unnamed groups of countries (organization kind
            `group`, e.g. the article's 'international partners'): no source ties them to a nation, so
            by default they are not ranked beside nations. Default: False.
        shape (ContributionStatsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            `wide` (two `group_by` dimensions): the pivoted table, one row per key of the first
            dimension, `key`, `label`, then one column per key of the second holding `measure` (null
            where no contribution). Default: ContributionStatsShape.OBJECT.
        measure (ContributionStatsMeasure | Unset): The number in each cell of `shape=wide`.
            Default: ContributionStatsMeasure.COUNT.
        as_of (datetime.date | Unset): The day `personnel` is counted on; by default today.
            Personnel on a day: for each mission and each contributor, the latest strength observation
            dated on or before that day (on one date the official tally is preferred, then wire,
            press, reference), left out when the contributor was gone by then (the mission, the
            contribution it measures, or every recorded contribution of that contributor to that
            mission had ended before that day); these are summed. Never a sum of snapshots of one
            contributor from different dates. Mission-wide totals (no contributor) are not added in. A
            month- or year-precise observation is dated the month's 1st or 1 January.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        fields (str | Unset):
        format_ (ContributionStatsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        mission (list[str] | Unset): Mission slug. Several values mean any of them: comma-
            separated (`a,b`) or the parameter repeated; a value holding a comma is double-quoted
            (`"a, b",c`).
        contributor (list[str] | Unset): Nation ISO code or organization slug (any case). Several
            values mean any of them: comma-separated (`a,b`) or the parameter repeated; a value
            holding a comma is double-quoted (`"a, b",c`).
        contributor_kind (list[str] | Unset): Kind of contributor. One of: nation, organization.
            Several values mean any of them: comma-separated (`a,b`) or the parameter repeated; a
            value holding a comma is double-quoted (`"a, b",c`).
        type_ (list[str] | Unset): Contribution type slug (sub-types included). Several values
            mean any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a
            comma is double-quoted (`"a, b",c`).
        category (list[str] | Unset): Category of the contribution type. One of: training,
            logistics, medical, intelligence, personnel, equipment, funding, communications, advisory,
            security, reconstruction, command, other. Several values mean any of them: comma-separated
            (`a,b`) or the parameter repeated; a value holding a comma is double-quoted (`"a, b",c`).
        status (list[str] | Unset): Status of the record (derived from its citations' verdicts);
            naming a status lists its records even when they are hidden by default, without
            `include_disputed`. One of: asserted, corroborated, disputed, misleading, unverifiable,
            opinion. Several values mean any of them: comma-separated (`a,b`) or the parameter
            repeated; a value holding a comma is double-quoted (`"a, b",c`).
        year (list[str] | Unset): Year it started (YYYY), as the `year` facet. Several values mean
            any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        active_on (datetime.date | Unset): Running on that day. A contribution with an `end_date`
            runs from its start to its end. One with no `end_date` is not taken to run for ever: it
            counts as running up to its last dated evidence, the latest of its `start_date`, its
            strength observations' dates and the publication dates of the sources citing it (disputed
            ones left out), and never after its mission's end. A date known to the month or year
            (date_precision) covers that whole month or year.
        from_ (datetime.date | Unset): Running on or after that day (the same evidence rule as
            `active_on`).
        to (datetime.date | Unset):
        personnel_min (int | Unset): Personnel at least this (contributions giving a figure).
        personnel_max (int | Unset): Personnel at most this (contributions giving a figure).
        has_personnel (bool | Unset): true: only contributions giving a personnel figure; false:
            only those giving none.
        unit (list[str] | Unset): Unit of the amount, exactly as given (`PATRIOT batteries`).
            Several values mean any of them: comma-separated (`a,b`) or the parameter repeated; a
            value holding a comma is double-quoted (`"a, b",c`).
        amount_min (str | Unset): Amount at least this (digits, optionally a decimal point); needs
            `unit` (amounts of different units are not comparable).
        amount_max (str | Unset): Amount at most this; needs `unit`.
        has_amount (bool | Unset): true: only contributions giving an amount; false: only those
            giving none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContributionStats | ContributionStatsSelection | list[PairGroup] | list[PairGroupSelection] | list[StatsGroup] | list[StatsGroupSelection] | PairStats | PairStatsSelection | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            group_by=group_by,
            sort=sort,
            include_groups=include_groups,
            shape=shape,
            measure=measure,
            as_of=as_of,
            include_disputed=include_disputed,
            fields=fields,
            format_=format_,
            mission=mission,
            contributor=contributor,
            contributor_kind=contributor_kind,
            type_=type_,
            category=category,
            status=status,
            year=year,
            active_on=active_on,
            from_=from_,
            to=to,
            personnel_min=personnel_min,
            personnel_max=personnel_max,
            has_personnel=has_personnel,
            unit=unit,
            amount_min=amount_min,
            amount_max=amount_max,
            has_amount=has_amount,
        )
    ).parsed
