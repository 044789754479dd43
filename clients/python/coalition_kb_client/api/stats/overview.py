import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.overview import Overview
from ...models.overview_format import OverviewFormat
from ...models.overview_shape import OverviewShape
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include_disputed: bool | Unset = False,
    include_groups: bool | Unset = False,
    as_of: datetime.date | Unset = UNSET,
    shape: OverviewShape | Unset = OverviewShape.OBJECT,
    format_: OverviewFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_disputed"] = include_disputed

    params["include_groups"] = include_groups

    json_as_of: str | Unset = UNSET
    if not isinstance(as_of, Unset):
        json_as_of = as_of.isoformat()
    params["as_of"] = json_as_of

    json_shape: str | Unset = UNSET
    if not isinstance(shape, Unset):
        json_shape = shape.value

    params["shape"] = json_shape

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/stats/overview",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[Overview] | Overview | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[Overview] | Overview:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Overview.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_1 = []
            _response_200_type_1 = data
            for response_200_type_1_item_data in _response_200_type_1:
                response_200_type_1_item = Overview.from_dict(response_200_type_1_item_data)

                response_200_type_1.append(response_200_type_1_item)

            return response_200_type_1

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
) -> Response[Problem | list[Overview] | Overview]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_disputed: bool | Unset = False,
    include_groups: bool | Unset = False,
    as_of: datetime.date | Unset = UNSET,
    shape: OverviewShape | Unset = OverviewShape.OBJECT,
    format_: OverviewFormat | Unset = UNSET,
) -> Response[Problem | list[Overview] | Overview]:
    """Headline numbers

     The numbers a dashboard's first row shows. `personnel` is counted on one day (`as_of`) by one rule,
    stated in `personnel.rule`. Counts of missions, contributions, contributors and lessons leave out
    the records hidden by default (standing only on disputed, misleading or unverifiable claims) unless
    `include_disputed=true`; contributors leave out unnamed groups unless `include_groups=true`. In CSV,
    one row; nested fields as `parent.child` columns.

    Args:
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        include_groups (bool | Unset): Also count unnamed groups of countries (organization kind
            `group`, e.g. the article's 'international partners'): no source ties them to a nation, so
            by default they are not ranked beside nations. Default: False.
        as_of (datetime.date | Unset): The day `personnel` is counted on; by default the date of
            the latest strength observation. Personnel on a day: for each mission and each
            contributor, the latest strength observation dated on or before that day (on one date the
            official tally is preferred, then wire, press, reference), left out when the contributor
            was gone by then (the mission, the contribution it measures, or every recorded
            contribution of that contributor to that mission had ended before that day); these are
            summed. Never a sum of snapshots of one contributor from different dates. Mission-wide
            totals (no contributor) are not added in. A month- or year-precise observation is dated
            the month's 1st or 1 January.
        shape (OverviewShape | Unset): `object` (default): the answer with its envelope (`items`,
            `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the next page's
            URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for Superset,
            Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already. Default:
            OverviewShape.OBJECT.
        format_ (OverviewFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[Overview] | Overview]
    """

    kwargs = _get_kwargs(
        include_disputed=include_disputed,
        include_groups=include_groups,
        as_of=as_of,
        shape=shape,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    include_disputed: bool | Unset = False,
    include_groups: bool | Unset = False,
    as_of: datetime.date | Unset = UNSET,
    shape: OverviewShape | Unset = OverviewShape.OBJECT,
    format_: OverviewFormat | Unset = UNSET,
) -> Problem | list[Overview] | Overview | None:
    """Headline numbers

     The numbers a dashboard's first row shows. `personnel` is counted on one day (`as_of`) by one rule,
    stated in `personnel.rule`. Counts of missions, contributions, contributors and lessons leave out
    the records hidden by default (standing only on disputed, misleading or unverifiable claims) unless
    `include_disputed=true`; contributors leave out unnamed groups unless `include_groups=true`. In CSV,
    one row; nested fields as `parent.child` columns.

    Args:
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        include_groups (bool | Unset): Also count unnamed groups of countries (organization kind
            `group`, e.g. the article's 'international partners'): no source ties them to a nation, so
            by default they are not ranked beside nations. Default: False.
        as_of (datetime.date | Unset): The day `personnel` is counted on; by default the date of
            the latest strength observation. Personnel on a day: for each mission and each
            contributor, the latest strength observation dated on or before that day (on one date the
            official tally is preferred, then wire, press, reference), left out when the contributor
            was gone by then (the mission, the contribution it measures, or every recorded
            contribution of that contributor to that mission had ended before that day); these are
            summed. Never a sum of snapshots of one contributor from different dates. Mission-wide
            totals (no contributor) are not added in. A month- or year-precise observation is dated
            the month's 1st or 1 January.
        shape (OverviewShape | Unset): `object` (default): the answer with its envelope (`items`,
            `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the next page's
            URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for Superset,
            Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already. Default:
            OverviewShape.OBJECT.
        format_ (OverviewFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[Overview] | Overview
    """

    return sync_detailed(
        client=client,
        include_disputed=include_disputed,
        include_groups=include_groups,
        as_of=as_of,
        shape=shape,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_disputed: bool | Unset = False,
    include_groups: bool | Unset = False,
    as_of: datetime.date | Unset = UNSET,
    shape: OverviewShape | Unset = OverviewShape.OBJECT,
    format_: OverviewFormat | Unset = UNSET,
) -> Response[Problem | list[Overview] | Overview]:
    """Headline numbers

     The numbers a dashboard's first row shows. `personnel` is counted on one day (`as_of`) by one rule,
    stated in `personnel.rule`. Counts of missions, contributions, contributors and lessons leave out
    the records hidden by default (standing only on disputed, misleading or unverifiable claims) unless
    `include_disputed=true`; contributors leave out unnamed groups unless `include_groups=true`. In CSV,
    one row; nested fields as `parent.child` columns.

    Args:
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        include_groups (bool | Unset): Also count unnamed groups of countries (organization kind
            `group`, e.g. the article's 'international partners'): no source ties them to a nation, so
            by default they are not ranked beside nations. Default: False.
        as_of (datetime.date | Unset): The day `personnel` is counted on; by default the date of
            the latest strength observation. Personnel on a day: for each mission and each
            contributor, the latest strength observation dated on or before that day (on one date the
            official tally is preferred, then wire, press, reference), left out when the contributor
            was gone by then (the mission, the contribution it measures, or every recorded
            contribution of that contributor to that mission had ended before that day); these are
            summed. Never a sum of snapshots of one contributor from different dates. Mission-wide
            totals (no contributor) are not added in. A month- or year-precise observation is dated
            the month's 1st or 1 January.
        shape (OverviewShape | Unset): `object` (default): the answer with its envelope (`items`,
            `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the next page's
            URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for Superset,
            Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already. Default:
            OverviewShape.OBJECT.
        format_ (OverviewFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[Overview] | Overview]
    """

    kwargs = _get_kwargs(
        include_disputed=include_disputed,
        include_groups=include_groups,
        as_of=as_of,
        shape=shape,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include_disputed: bool | Unset = False,
    include_groups: bool | Unset = False,
    as_of: datetime.date | Unset = UNSET,
    shape: OverviewShape | Unset = OverviewShape.OBJECT,
    format_: OverviewFormat | Unset = UNSET,
) -> Problem | list[Overview] | Overview | None:
    """Headline numbers

     The numbers a dashboard's first row shows. `personnel` is counted on one day (`as_of`) by one rule,
    stated in `personnel.rule`. Counts of missions, contributions, contributors and lessons leave out
    the records hidden by default (standing only on disputed, misleading or unverifiable claims) unless
    `include_disputed=true`; contributors leave out unnamed groups unless `include_groups=true`. In CSV,
    one row; nested fields as `parent.child` columns.

    Args:
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        include_groups (bool | Unset): Also count unnamed groups of countries (organization kind
            `group`, e.g. the article's 'international partners'): no source ties them to a nation, so
            by default they are not ranked beside nations. Default: False.
        as_of (datetime.date | Unset): The day `personnel` is counted on; by default the date of
            the latest strength observation. Personnel on a day: for each mission and each
            contributor, the latest strength observation dated on or before that day (on one date the
            official tally is preferred, then wire, press, reference), left out when the contributor
            was gone by then (the mission, the contribution it measures, or every recorded
            contribution of that contributor to that mission had ended before that day); these are
            summed. Never a sum of snapshots of one contributor from different dates. Mission-wide
            totals (no contributor) are not added in. A month- or year-precise observation is dated
            the month's 1st or 1 January.
        shape (OverviewShape | Unset): `object` (default): the answer with its envelope (`items`,
            `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the next page's
            URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for Superset,
            Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already. Default:
            OverviewShape.OBJECT.
        format_ (OverviewFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[Overview] | Overview
    """

    return (
        await asyncio_detailed(
            client=client,
            include_disputed=include_disputed,
            include_groups=include_groups,
            as_of=as_of,
            shape=shape,
            format_=format_,
        )
    ).parsed
