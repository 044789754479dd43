import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mission_strength_format import MissionStrengthFormat
from ...models.problem import Problem
from ...models.strength_series import StrengthSeries
from ...types import UNSET, Response, Unset


def _get_kwargs(
    slug: str,
    *,
    contributor: list[str] | Unset = UNSET,
    tally: list[str] | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    format_: MissionStrengthFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_contributor: list[str] | Unset = UNSET
    if not isinstance(contributor, Unset):
        json_contributor = contributor

    params["contributor"] = json_contributor

    json_tally: list[str] | Unset = UNSET
    if not isinstance(tally, Unset):
        json_tally = tally

    params["tally"] = json_tally

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["include_disputed"] = include_disputed

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/missions/{slug}/strength".format(
            slug=quote(str(slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | StrengthSeries | None:
    if response.status_code == 200:
        response_200 = StrengthSeries.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Problem | StrengthSeries]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    contributor: list[str] | Unset = UNSET,
    tally: list[str] | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    format_: MissionStrengthFormat | Unset = UNSET,
) -> Response[Problem | StrengthSeries]:
    """A mission's strength over time

     A time series a chart can draw as it comes: one row per contributor per date, in date order,
    personnel as numbers. One row per contributor per date: of several observations of one contributor
    on one date, the official tally is shown, else wire, press, reference (then by slug). Rows of series
    `total` are mission-wide figures a source gives, not sums of the contributor rows. Dates carry their
    precision (`date_label` 2005-01 for a month). In CSV/NDJSON, the rows alone, one per line (every
    row: the series is not paged).

    Args:
        slug (str):
        contributor (list[str] | Unset): Nation ISO code or organization slug (any case). Several
            values mean any of them: comma-separated (`a,b`) or the parameter repeated; a value
            holding a comma is double-quoted (`"a, b",c`).
        tally (list[str] | Unset): Whose count it is: `official` (a government's or NATO's own),
            `wire` (a wire service's tally, e.g. Reuters, AP, AFP), `press` (a newspaper's),
            `reference` (an encyclopedia). One of: official, wire, press, reference. Several values
            mean any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a
            comma is double-quoted (`"a, b",c`).
        from_ (datetime.date | Unset): On or after this day.
        to (datetime.date | Unset): On or before this day.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        format_ (MissionStrengthFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StrengthSeries]
    """

    kwargs = _get_kwargs(
        slug=slug,
        contributor=contributor,
        tally=tally,
        from_=from_,
        to=to,
        include_disputed=include_disputed,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    contributor: list[str] | Unset = UNSET,
    tally: list[str] | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    format_: MissionStrengthFormat | Unset = UNSET,
) -> Problem | StrengthSeries | None:
    """A mission's strength over time

     A time series a chart can draw as it comes: one row per contributor per date, in date order,
    personnel as numbers. One row per contributor per date: of several observations of one contributor
    on one date, the official tally is shown, else wire, press, reference (then by slug). Rows of series
    `total` are mission-wide figures a source gives, not sums of the contributor rows. Dates carry their
    precision (`date_label` 2005-01 for a month). In CSV/NDJSON, the rows alone, one per line (every
    row: the series is not paged).

    Args:
        slug (str):
        contributor (list[str] | Unset): Nation ISO code or organization slug (any case). Several
            values mean any of them: comma-separated (`a,b`) or the parameter repeated; a value
            holding a comma is double-quoted (`"a, b",c`).
        tally (list[str] | Unset): Whose count it is: `official` (a government's or NATO's own),
            `wire` (a wire service's tally, e.g. Reuters, AP, AFP), `press` (a newspaper's),
            `reference` (an encyclopedia). One of: official, wire, press, reference. Several values
            mean any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a
            comma is double-quoted (`"a, b",c`).
        from_ (datetime.date | Unset): On or after this day.
        to (datetime.date | Unset): On or before this day.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        format_ (MissionStrengthFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StrengthSeries
    """

    return sync_detailed(
        slug=slug,
        client=client,
        contributor=contributor,
        tally=tally,
        from_=from_,
        to=to,
        include_disputed=include_disputed,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    contributor: list[str] | Unset = UNSET,
    tally: list[str] | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    format_: MissionStrengthFormat | Unset = UNSET,
) -> Response[Problem | StrengthSeries]:
    """A mission's strength over time

     A time series a chart can draw as it comes: one row per contributor per date, in date order,
    personnel as numbers. One row per contributor per date: of several observations of one contributor
    on one date, the official tally is shown, else wire, press, reference (then by slug). Rows of series
    `total` are mission-wide figures a source gives, not sums of the contributor rows. Dates carry their
    precision (`date_label` 2005-01 for a month). In CSV/NDJSON, the rows alone, one per line (every
    row: the series is not paged).

    Args:
        slug (str):
        contributor (list[str] | Unset): Nation ISO code or organization slug (any case). Several
            values mean any of them: comma-separated (`a,b`) or the parameter repeated; a value
            holding a comma is double-quoted (`"a, b",c`).
        tally (list[str] | Unset): Whose count it is: `official` (a government's or NATO's own),
            `wire` (a wire service's tally, e.g. Reuters, AP, AFP), `press` (a newspaper's),
            `reference` (an encyclopedia). One of: official, wire, press, reference. Several values
            mean any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a
            comma is double-quoted (`"a, b",c`).
        from_ (datetime.date | Unset): On or after this day.
        to (datetime.date | Unset): On or before this day.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        format_ (MissionStrengthFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StrengthSeries]
    """

    kwargs = _get_kwargs(
        slug=slug,
        contributor=contributor,
        tally=tally,
        from_=from_,
        to=to,
        include_disputed=include_disputed,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    contributor: list[str] | Unset = UNSET,
    tally: list[str] | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    format_: MissionStrengthFormat | Unset = UNSET,
) -> Problem | StrengthSeries | None:
    """A mission's strength over time

     A time series a chart can draw as it comes: one row per contributor per date, in date order,
    personnel as numbers. One row per contributor per date: of several observations of one contributor
    on one date, the official tally is shown, else wire, press, reference (then by slug). Rows of series
    `total` are mission-wide figures a source gives, not sums of the contributor rows. Dates carry their
    precision (`date_label` 2005-01 for a month). In CSV/NDJSON, the rows alone, one per line (every
    row: the series is not paged).

    Args:
        slug (str):
        contributor (list[str] | Unset): Nation ISO code or organization slug (any case). Several
            values mean any of them: comma-separated (`a,b`) or the parameter repeated; a value
            holding a comma is double-quoted (`"a, b",c`).
        tally (list[str] | Unset): Whose count it is: `official` (a government's or NATO's own),
            `wire` (a wire service's tally, e.g. Reuters, AP, AFP), `press` (a newspaper's),
            `reference` (an encyclopedia). One of: official, wire, press, reference. Several values
            mean any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a
            comma is double-quoted (`"a, b",c`).
        from_ (datetime.date | Unset): On or after this day.
        to (datetime.date | Unset): On or before this day.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        format_ (MissionStrengthFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StrengthSeries
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            contributor=contributor,
            tally=tally,
            from_=from_,
            to=to,
            include_disputed=include_disputed,
            format_=format_,
        )
    ).parsed
