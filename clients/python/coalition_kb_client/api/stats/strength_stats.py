import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.strength_interval import StrengthInterval
from ...models.strength_interval_selection import StrengthIntervalSelection
from ...models.strength_stats import StrengthStats
from ...models.strength_stats_carry import StrengthStatsCarry
from ...models.strength_stats_format import StrengthStatsFormat
from ...models.strength_stats_group_by import StrengthStatsGroupBy
from ...models.strength_stats_interval import StrengthStatsInterval
from ...models.strength_stats_selection import StrengthStatsSelection
from ...models.strength_stats_shape import StrengthStatsShape
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    shape: StrengthStatsShape | Unset = StrengthStatsShape.OBJECT,
    mission: list[str] | Unset = UNSET,
    contributor: list[str] | Unset = UNSET,
    tally: list[str] | Unset = UNSET,
    group_by: StrengthStatsGroupBy | Unset = StrengthStatsGroupBy.CONTRIBUTOR,
    interval: StrengthStatsInterval | Unset = StrengthStatsInterval.YEAR,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    carry: StrengthStatsCarry | Unset = StrengthStatsCarry.EVIDENCE,
    include_disputed: bool | Unset = False,
    format_: StrengthStatsFormat | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_shape: str | Unset = UNSET
    if not isinstance(shape, Unset):
        json_shape = shape.value

    params["shape"] = json_shape

    json_mission: list[str] | Unset = UNSET
    if not isinstance(mission, Unset):
        json_mission = mission

    params["mission"] = json_mission

    json_contributor: list[str] | Unset = UNSET
    if not isinstance(contributor, Unset):
        json_contributor = contributor

    params["contributor"] = json_contributor

    json_tally: list[str] | Unset = UNSET
    if not isinstance(tally, Unset):
        json_tally = tally

    params["tally"] = json_tally

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by.value

    params["group_by"] = json_group_by

    json_interval: str | Unset = UNSET
    if not isinstance(interval, Unset):
        json_interval = interval.value

    params["interval"] = json_interval

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    json_carry: str | Unset = UNSET
    if not isinstance(carry, Unset):
        json_carry = carry.value

    params["carry"] = json_carry

    params["include_disputed"] = include_disputed

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/stats/strength",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[StrengthInterval] | list[StrengthIntervalSelection] | StrengthStats | StrengthStatsSelection | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> list[StrengthInterval] | list[StrengthIntervalSelection] | StrengthStats | StrengthStatsSelection:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = StrengthStats.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_1 = []
                _response_200_type_1 = data
                for response_200_type_1_item_data in _response_200_type_1:
                    response_200_type_1_item = StrengthInterval.from_dict(response_200_type_1_item_data)

                    response_200_type_1.append(response_200_type_1_item)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_2 = StrengthStatsSelection.from_dict(data)

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_3 = []
            _response_200_type_3 = data
            for response_200_type_3_item_data in _response_200_type_3:
                response_200_type_3_item = StrengthIntervalSelection.from_dict(response_200_type_3_item_data)

                response_200_type_3.append(response_200_type_3_item)

            return response_200_type_3

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
    Problem | list[StrengthInterval] | list[StrengthIntervalSelection] | StrengthStats | StrengthStatsSelection
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
    shape: StrengthStatsShape | Unset = StrengthStatsShape.OBJECT,
    mission: list[str] | Unset = UNSET,
    contributor: list[str] | Unset = UNSET,
    tally: list[str] | Unset = UNSET,
    group_by: StrengthStatsGroupBy | Unset = StrengthStatsGroupBy.CONTRIBUTOR,
    interval: StrengthStatsInterval | Unset = StrengthStatsInterval.YEAR,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    carry: StrengthStatsCarry | Unset = StrengthStatsCarry.EVIDENCE,
    include_disputed: bool | Unset = False,
    format_: StrengthStatsFormat | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[
    Problem | list[StrengthInterval] | list[StrengthIntervalSelection] | StrengthStats | StrengthStatsSelection
]:
    """Strength per group per interval

     A time series of personnel: one row per contributor (or mission, or the total) per year, quarter or
    month, in time order, numbers as numbers. One row per group per interval (only where a figure is
    counted). A row's `personnel`: for each mission and contributor in the group, the latest strength
    observation dated on or before the interval's last day (on one date the official tally first, then
    wire, press, reference), counted when the contributor was still there on the interval's first day
    (its mission, the contribution the figure measures, or all its recorded contributions to that
    mission had not ended), summed over the group. Never a sum of one contributor's figures from
    different dates; mission-wide totals (no contributor) are not added in. A month- or year-precise
    observation is dated the month's 1st or 1 January. In CSV/NDJSON (and with `shape=array`), the rows
    alone, one per line: long format, ready for a chart grouped by `key` over `start` (Grafana, Vega-
    Lite, pandas); `fields=start,key,personnel` keeps only the columns a chart plots.

    Args:
        shape (StrengthStatsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: StrengthStatsShape.OBJECT.
        mission (list[str] | Unset): Mission slug. Several values mean any of them: comma-
            separated (`a,b`) or the parameter repeated; a value holding a comma is double-quoted
            (`"a, b",c`).
        contributor (list[str] | Unset): Nation ISO code or organization slug (any case). Several
            values mean any of them: comma-separated (`a,b`) or the parameter repeated; a value
            holding a comma is double-quoted (`"a, b",c`).
        tally (list[str] | Unset): Whose count it is: `official` (a government's or NATO's own),
            `wire` (a wire service's tally, e.g. Reuters, AP, AFP), `press` (a newspaper's),
            `reference` (an encyclopedia). One of: official, wire, press, reference. Several values
            mean any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a
            comma is double-quoted (`"a, b",c`).
        group_by (StrengthStatsGroupBy | Unset): What one row's group is: a `contributor` (summed
            over the missions asked for), a `mission`, or the `total` of everything matching. Default:
            StrengthStatsGroupBy.CONTRIBUTOR.
        interval (StrengthStatsInterval | Unset): The length of one row's interval. Default:
            StrengthStatsInterval.YEAR.
        from_ (datetime.date | Unset): The first day covered (its interval is the first row's); by
            default the date of the first observation matching the filters. Earlier observations are
            still carried into it.
        to (datetime.date | Unset): The last day covered; by default the date of the latest
            observation matching the filters. No observation after it is used.
        carry (StrengthStatsCarry | Unset): How far a figure is carried forward. `evidence`
            (default): not past its evidence, the last day of the period of the latest observation of
            that contributor in that mission (a month-precise one: the month's end) or the recorded
            `end_date` of one of its contributions to the mission, whichever is later. `presence`: as
            long as nothing says the contributor was gone (the `/stats/overview` rule), so an open-
            ended contribution's last figure runs on to `to`. Default: StrengthStatsCarry.EVIDENCE.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        format_ (StrengthStatsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[StrengthInterval] | list[StrengthIntervalSelection] | StrengthStats | StrengthStatsSelection]
    """

    kwargs = _get_kwargs(
        shape=shape,
        mission=mission,
        contributor=contributor,
        tally=tally,
        group_by=group_by,
        interval=interval,
        from_=from_,
        to=to,
        carry=carry,
        include_disputed=include_disputed,
        format_=format_,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    shape: StrengthStatsShape | Unset = StrengthStatsShape.OBJECT,
    mission: list[str] | Unset = UNSET,
    contributor: list[str] | Unset = UNSET,
    tally: list[str] | Unset = UNSET,
    group_by: StrengthStatsGroupBy | Unset = StrengthStatsGroupBy.CONTRIBUTOR,
    interval: StrengthStatsInterval | Unset = StrengthStatsInterval.YEAR,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    carry: StrengthStatsCarry | Unset = StrengthStatsCarry.EVIDENCE,
    include_disputed: bool | Unset = False,
    format_: StrengthStatsFormat | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Problem | list[StrengthInterval] | list[StrengthIntervalSelection] | StrengthStats | StrengthStatsSelection | None:
    """Strength per group per interval

     A time series of personnel: one row per contributor (or mission, or the total) per year, quarter or
    month, in time order, numbers as numbers. One row per group per interval (only where a figure is
    counted). A row's `personnel`: for each mission and contributor in the group, the latest strength
    observation dated on or before the interval's last day (on one date the official tally first, then
    wire, press, reference), counted when the contributor was still there on the interval's first day
    (its mission, the contribution the figure measures, or all its recorded contributions to that
    mission had not ended), summed over the group. Never a sum of one contributor's figures from
    different dates; mission-wide totals (no contributor) are not added in. A month- or year-precise
    observation is dated the month's 1st or 1 January. In CSV/NDJSON (and with `shape=array`), the rows
    alone, one per line: long format, ready for a chart grouped by `key` over `start` (Grafana, Vega-
    Lite, pandas); `fields=start,key,personnel` keeps only the columns a chart plots.

    Args:
        shape (StrengthStatsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: StrengthStatsShape.OBJECT.
        mission (list[str] | Unset): Mission slug. Several values mean any of them: comma-
            separated (`a,b`) or the parameter repeated; a value holding a comma is double-quoted
            (`"a, b",c`).
        contributor (list[str] | Unset): Nation ISO code or organization slug (any case). Several
            values mean any of them: comma-separated (`a,b`) or the parameter repeated; a value
            holding a comma is double-quoted (`"a, b",c`).
        tally (list[str] | Unset): Whose count it is: `official` (a government's or NATO's own),
            `wire` (a wire service's tally, e.g. Reuters, AP, AFP), `press` (a newspaper's),
            `reference` (an encyclopedia). One of: official, wire, press, reference. Several values
            mean any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a
            comma is double-quoted (`"a, b",c`).
        group_by (StrengthStatsGroupBy | Unset): What one row's group is: a `contributor` (summed
            over the missions asked for), a `mission`, or the `total` of everything matching. Default:
            StrengthStatsGroupBy.CONTRIBUTOR.
        interval (StrengthStatsInterval | Unset): The length of one row's interval. Default:
            StrengthStatsInterval.YEAR.
        from_ (datetime.date | Unset): The first day covered (its interval is the first row's); by
            default the date of the first observation matching the filters. Earlier observations are
            still carried into it.
        to (datetime.date | Unset): The last day covered; by default the date of the latest
            observation matching the filters. No observation after it is used.
        carry (StrengthStatsCarry | Unset): How far a figure is carried forward. `evidence`
            (default): not past its evidence, the last day of the period of the latest observation of
            that contributor in that mission (a month-precise one: the month's end) or the recorded
            `end_date` of one of its contributions to the mission, whichever is later. `presence`: as
            long as nothing says the contributor was gone (the `/stats/overview` rule), so an open-
            ended contribution's last figure runs on to `to`. Default: StrengthStatsCarry.EVIDENCE.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        format_ (StrengthStatsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[StrengthInterval] | list[StrengthIntervalSelection] | StrengthStats | StrengthStatsSelection
    """

    return sync_detailed(
        client=client,
        shape=shape,
        mission=mission,
        contributor=contributor,
        tally=tally,
        group_by=group_by,
        interval=interval,
        from_=from_,
        to=to,
        carry=carry,
        include_disputed=include_disputed,
        format_=format_,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    shape: StrengthStatsShape | Unset = StrengthStatsShape.OBJECT,
    mission: list[str] | Unset = UNSET,
    contributor: list[str] | Unset = UNSET,
    tally: list[str] | Unset = UNSET,
    group_by: StrengthStatsGroupBy | Unset = StrengthStatsGroupBy.CONTRIBUTOR,
    interval: StrengthStatsInterval | Unset = StrengthStatsInterval.YEAR,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    carry: StrengthStatsCarry | Unset = StrengthStatsCarry.EVIDENCE,
    include_disputed: bool | Unset = False,
    format_: StrengthStatsFormat | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[
    Problem | list[StrengthInterval] | list[StrengthIntervalSelection] | StrengthStats | StrengthStatsSelection
]:
    """Strength per group per interval

     A time series of personnel: one row per contributor (or mission, or the total) per year, quarter or
    month, in time order, numbers as numbers. One row per group per interval (only where a figure is
    counted). A row's `personnel`: for each mission and contributor in the group, the latest strength
    observation dated on or before the interval's last day (on one date the official tally first, then
    wire, press, reference), counted when the contributor was still there on the interval's first day
    (its mission, the contribution the figure measures, or all its recorded contributions to that
    mission had not ended), summed over the group. Never a sum of one contributor's figures from
    different dates; mission-wide totals (no contributor) are not added in. A month- or year-precise
    observation is dated the month's 1st or 1 January. In CSV/NDJSON (and with `shape=array`), the rows
    alone, one per line: long format, ready for a chart grouped by `key` over `start` (Grafana, Vega-
    Lite, pandas); `fields=start,key,personnel` keeps only the columns a chart plots.

    Args:
        shape (StrengthStatsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: StrengthStatsShape.OBJECT.
        mission (list[str] | Unset): Mission slug. Several values mean any of them: comma-
            separated (`a,b`) or the parameter repeated; a value holding a comma is double-quoted
            (`"a, b",c`).
        contributor (list[str] | Unset): Nation ISO code or organization slug (any case). Several
            values mean any of them: comma-separated (`a,b`) or the parameter repeated; a value
            holding a comma is double-quoted (`"a, b",c`).
        tally (list[str] | Unset): Whose count it is: `official` (a government's or NATO's own),
            `wire` (a wire service's tally, e.g. Reuters, AP, AFP), `press` (a newspaper's),
            `reference` (an encyclopedia). One of: official, wire, press, reference. Several values
            mean any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a
            comma is double-quoted (`"a, b",c`).
        group_by (StrengthStatsGroupBy | Unset): What one row's group is: a `contributor` (summed
            over the missions asked for), a `mission`, or the `total` of everything matching. Default:
            StrengthStatsGroupBy.CONTRIBUTOR.
        interval (StrengthStatsInterval | Unset): The length of one row's interval. Default:
            StrengthStatsInterval.YEAR.
        from_ (datetime.date | Unset): The first day covered (its interval is the first row's); by
            default the date of the first observation matching the filters. Earlier observations are
            still carried into it.
        to (datetime.date | Unset): The last day covered; by default the date of the latest
            observation matching the filters. No observation after it is used.
        carry (StrengthStatsCarry | Unset): How far a figure is carried forward. `evidence`
            (default): not past its evidence, the last day of the period of the latest observation of
            that contributor in that mission (a month-precise one: the month's end) or the recorded
            `end_date` of one of its contributions to the mission, whichever is later. `presence`: as
            long as nothing says the contributor was gone (the `/stats/overview` rule), so an open-
            ended contribution's last figure runs on to `to`. Default: StrengthStatsCarry.EVIDENCE.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        format_ (StrengthStatsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[StrengthInterval] | list[StrengthIntervalSelection] | StrengthStats | StrengthStatsSelection]
    """

    kwargs = _get_kwargs(
        shape=shape,
        mission=mission,
        contributor=contributor,
        tally=tally,
        group_by=group_by,
        interval=interval,
        from_=from_,
        to=to,
        carry=carry,
        include_disputed=include_disputed,
        format_=format_,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    shape: StrengthStatsShape | Unset = StrengthStatsShape.OBJECT,
    mission: list[str] | Unset = UNSET,
    contributor: list[str] | Unset = UNSET,
    tally: list[str] | Unset = UNSET,
    group_by: StrengthStatsGroupBy | Unset = StrengthStatsGroupBy.CONTRIBUTOR,
    interval: StrengthStatsInterval | Unset = StrengthStatsInterval.YEAR,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    carry: StrengthStatsCarry | Unset = StrengthStatsCarry.EVIDENCE,
    include_disputed: bool | Unset = False,
    format_: StrengthStatsFormat | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Problem | list[StrengthInterval] | list[StrengthIntervalSelection] | StrengthStats | StrengthStatsSelection | None:
    """Strength per group per interval

     A time series of personnel: one row per contributor (or mission, or the total) per year, quarter or
    month, in time order, numbers as numbers. One row per group per interval (only where a figure is
    counted). A row's `personnel`: for each mission and contributor in the group, the latest strength
    observation dated on or before the interval's last day (on one date the official tally first, then
    wire, press, reference), counted when the contributor was still there on the interval's first day
    (its mission, the contribution the figure measures, or all its recorded contributions to that
    mission had not ended), summed over the group. Never a sum of one contributor's figures from
    different dates; mission-wide totals (no contributor) are not added in. A month- or year-precise
    observation is dated the month's 1st or 1 January. In CSV/NDJSON (and with `shape=array`), the rows
    alone, one per line: long format, ready for a chart grouped by `key` over `start` (Grafana, Vega-
    Lite, pandas); `fields=start,key,personnel` keeps only the columns a chart plots.

    Args:
        shape (StrengthStatsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: StrengthStatsShape.OBJECT.
        mission (list[str] | Unset): Mission slug. Several values mean any of them: comma-
            separated (`a,b`) or the parameter repeated; a value holding a comma is double-quoted
            (`"a, b",c`).
        contributor (list[str] | Unset): Nation ISO code or organization slug (any case). Several
            values mean any of them: comma-separated (`a,b`) or the parameter repeated; a value
            holding a comma is double-quoted (`"a, b",c`).
        tally (list[str] | Unset): Whose count it is: `official` (a government's or NATO's own),
            `wire` (a wire service's tally, e.g. Reuters, AP, AFP), `press` (a newspaper's),
            `reference` (an encyclopedia). One of: official, wire, press, reference. Several values
            mean any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a
            comma is double-quoted (`"a, b",c`).
        group_by (StrengthStatsGroupBy | Unset): What one row's group is: a `contributor` (summed
            over the missions asked for), a `mission`, or the `total` of everything matching. Default:
            StrengthStatsGroupBy.CONTRIBUTOR.
        interval (StrengthStatsInterval | Unset): The length of one row's interval. Default:
            StrengthStatsInterval.YEAR.
        from_ (datetime.date | Unset): The first day covered (its interval is the first row's); by
            default the date of the first observation matching the filters. Earlier observations are
            still carried into it.
        to (datetime.date | Unset): The last day covered; by default the date of the latest
            observation matching the filters. No observation after it is used.
        carry (StrengthStatsCarry | Unset): How far a figure is carried forward. `evidence`
            (default): not past its evidence, the last day of the period of the latest observation of
            that contributor in that mission (a month-precise one: the month's end) or the recorded
            `end_date` of one of its contributions to the mission, whichever is later. `presence`: as
            long as nothing says the contributor was gone (the `/stats/overview` rule), so an open-
            ended contribution's last figure runs on to `to`. Default: StrengthStatsCarry.EVIDENCE.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        format_ (StrengthStatsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[StrengthInterval] | list[StrengthIntervalSelection] | StrengthStats | StrengthStatsSelection
    """

    return (
        await asyncio_detailed(
            client=client,
            shape=shape,
            mission=mission,
            contributor=contributor,
            tally=tally,
            group_by=group_by,
            interval=interval,
            from_=from_,
            to=to,
            carry=carry,
            include_disputed=include_disputed,
            format_=format_,
            fields=fields,
        )
    ).parsed
