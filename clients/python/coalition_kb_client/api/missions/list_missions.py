import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_missions_format import ListMissionsFormat
from ...models.list_missions_shape import ListMissionsShape
from ...models.mission_read import MissionRead
from ...models.mission_read_page import MissionReadPage
from ...models.mission_read_page_selection import MissionReadPageSelection
from ...models.mission_read_selection import MissionReadSelection
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    organization: list[str] | Unset = UNSET,
    kind: list[str] | Unset = UNSET,
    theater: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    year: list[str] | Unset = UNSET,
    active_on: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    name_prefix: str | Unset = UNSET,
    shape: ListMissionsShape | Unset = ListMissionsShape.OBJECT,
    format_: ListMissionsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = "slug",
    limit: int | Unset = UNSET,
    facets: str | Unset = UNSET,
    facet_size: int | Unset = 10,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_organization: list[str] | Unset = UNSET
    if not isinstance(organization, Unset):
        json_organization = organization

    params["organization"] = json_organization

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind

    params["kind"] = json_kind

    json_theater: list[str] | Unset = UNSET
    if not isinstance(theater, Unset):
        json_theater = theater

    params["theater"] = json_theater

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

    params["include_disputed"] = include_disputed

    params["name_prefix"] = name_prefix

    json_shape: str | Unset = UNSET
    if not isinstance(shape, Unset):
        json_shape = shape.value

    params["shape"] = json_shape

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["cursor"] = cursor

    params["sort"] = sort

    params["limit"] = limit

    params["facets"] = facets

    params["facet_size"] = facet_size

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/missions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[MissionRead] | list[MissionReadSelection] | MissionReadPage | MissionReadPageSelection | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> list[MissionRead] | list[MissionReadSelection] | MissionReadPage | MissionReadPageSelection:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = MissionReadPage.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_1 = []
                _response_200_type_1 = data
                for response_200_type_1_item_data in _response_200_type_1:
                    response_200_type_1_item = MissionRead.from_dict(response_200_type_1_item_data)

                    response_200_type_1.append(response_200_type_1_item)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_2 = MissionReadPageSelection.from_dict(data)

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_3 = []
            _response_200_type_3 = data
            for response_200_type_3_item_data in _response_200_type_3:
                response_200_type_3_item = MissionReadSelection.from_dict(response_200_type_3_item_data)

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
) -> Response[Problem | list[MissionRead] | list[MissionReadSelection] | MissionReadPage | MissionReadPageSelection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    organization: list[str] | Unset = UNSET,
    kind: list[str] | Unset = UNSET,
    theater: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    year: list[str] | Unset = UNSET,
    active_on: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    name_prefix: str | Unset = UNSET,
    shape: ListMissionsShape | Unset = ListMissionsShape.OBJECT,
    format_: ListMissionsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = "slug",
    limit: int | Unset = UNSET,
    facets: str | Unset = UNSET,
    facet_size: int | Unset = 10,
    fields: str | Unset = UNSET,
) -> Response[Problem | list[MissionRead] | list[MissionReadSelection] | MissionReadPage | MissionReadPageSelection]:
    """List missions

     Missions, filtered and sorted, a page at a time. Records supported only by a disputed claim are
    hidden unless `include_disputed=true`.

    Args:
        organization (list[str] | Unset): Leading organization's slug. Several values mean any of
            them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        kind (list[str] | Unset): Kind of mission. One of: training, advisory, stabilization,
            combat_support, combat, logistics, deterrence, capacity_building, peacekeeping, other.
            Several values mean any of them: comma-separated (`a,b`) or the parameter repeated; a
            value holding a comma is double-quoted (`"a, b",c`).
        theater (list[str] | Unset): ISO 3166-1 alpha-3 code (any case). Several values mean any
            of them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        status (list[str] | Unset): Status of the record (derived from its citations' verdicts);
            naming a status lists its records even when they are hidden by default, without
            `include_disputed`. One of: asserted, corroborated, disputed, misleading, unverifiable,
            opinion. Several values mean any of them: comma-separated (`a,b`) or the parameter
            repeated; a value holding a comma is double-quoted (`"a, b",c`).
        year (list[str] | Unset): Year it started (YYYY), as the `year` facet. Several values mean
            any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        active_on (datetime.date | Unset): Only missions running on this date.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        name_prefix (str | Unset): Names starting with this, any case (`%` and `_` are plain
            characters).
        shape (ListMissionsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListMissionsShape.OBJECT.
        format_ (ListMissionsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        sort (str | Unset): Comma-separated keys to sort by, each ascending or with `-`
            descending; later keys break ties of earlier ones, then the id. Keys: slug, name,
            start_date, end_date. Default: 'slug'.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        facets (str | Unset): Comma-separated facets to count over every matching row:
            organization, kind, theater, year, status.
        facet_size (int | Unset): Values listed per facet, at most. Default: 10.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[MissionRead] | list[MissionReadSelection] | MissionReadPage | MissionReadPageSelection]
    """

    kwargs = _get_kwargs(
        organization=organization,
        kind=kind,
        theater=theater,
        status=status,
        year=year,
        active_on=active_on,
        include_disputed=include_disputed,
        name_prefix=name_prefix,
        shape=shape,
        format_=format_,
        cursor=cursor,
        sort=sort,
        limit=limit,
        facets=facets,
        facet_size=facet_size,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    organization: list[str] | Unset = UNSET,
    kind: list[str] | Unset = UNSET,
    theater: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    year: list[str] | Unset = UNSET,
    active_on: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    name_prefix: str | Unset = UNSET,
    shape: ListMissionsShape | Unset = ListMissionsShape.OBJECT,
    format_: ListMissionsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = "slug",
    limit: int | Unset = UNSET,
    facets: str | Unset = UNSET,
    facet_size: int | Unset = 10,
    fields: str | Unset = UNSET,
) -> Problem | list[MissionRead] | list[MissionReadSelection] | MissionReadPage | MissionReadPageSelection | None:
    """List missions

     Missions, filtered and sorted, a page at a time. Records supported only by a disputed claim are
    hidden unless `include_disputed=true`.

    Args:
        organization (list[str] | Unset): Leading organization's slug. Several values mean any of
            them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        kind (list[str] | Unset): Kind of mission. One of: training, advisory, stabilization,
            combat_support, combat, logistics, deterrence, capacity_building, peacekeeping, other.
            Several values mean any of them: comma-separated (`a,b`) or the parameter repeated; a
            value holding a comma is double-quoted (`"a, b",c`).
        theater (list[str] | Unset): ISO 3166-1 alpha-3 code (any case). Several values mean any
            of them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        status (list[str] | Unset): Status of the record (derived from its citations' verdicts);
            naming a status lists its records even when they are hidden by default, without
            `include_disputed`. One of: asserted, corroborated, disputed, misleading, unverifiable,
            opinion. Several values mean any of them: comma-separated (`a,b`) or the parameter
            repeated; a value holding a comma is double-quoted (`"a, b",c`).
        year (list[str] | Unset): Year it started (YYYY), as the `year` facet. Several values mean
            any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        active_on (datetime.date | Unset): Only missions running on this date.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        name_prefix (str | Unset): Names starting with this, any case (`%` and `_` are plain
            characters).
        shape (ListMissionsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListMissionsShape.OBJECT.
        format_ (ListMissionsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        sort (str | Unset): Comma-separated keys to sort by, each ascending or with `-`
            descending; later keys break ties of earlier ones, then the id. Keys: slug, name,
            start_date, end_date. Default: 'slug'.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        facets (str | Unset): Comma-separated facets to count over every matching row:
            organization, kind, theater, year, status.
        facet_size (int | Unset): Values listed per facet, at most. Default: 10.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[MissionRead] | list[MissionReadSelection] | MissionReadPage | MissionReadPageSelection
    """

    return sync_detailed(
        client=client,
        organization=organization,
        kind=kind,
        theater=theater,
        status=status,
        year=year,
        active_on=active_on,
        include_disputed=include_disputed,
        name_prefix=name_prefix,
        shape=shape,
        format_=format_,
        cursor=cursor,
        sort=sort,
        limit=limit,
        facets=facets,
        facet_size=facet_size,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    organization: list[str] | Unset = UNSET,
    kind: list[str] | Unset = UNSET,
    theater: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    year: list[str] | Unset = UNSET,
    active_on: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    name_prefix: str | Unset = UNSET,
    shape: ListMissionsShape | Unset = ListMissionsShape.OBJECT,
    format_: ListMissionsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = "slug",
    limit: int | Unset = UNSET,
    facets: str | Unset = UNSET,
    facet_size: int | Unset = 10,
    fields: str | Unset = UNSET,
) -> Response[Problem | list[MissionRead] | list[MissionReadSelection] | MissionReadPage | MissionReadPageSelection]:
    """List missions

     Missions, filtered and sorted, a page at a time. Records supported only by a disputed claim are
    hidden unless `include_disputed=true`.

    Args:
        organization (list[str] | Unset): Leading organization's slug. Several values mean any of
            them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        kind (list[str] | Unset): Kind of mission. One of: training, advisory, stabilization,
            combat_support, combat, logistics, deterrence, capacity_building, peacekeeping, other.
            Several values mean any of them: comma-separated (`a,b`) or the parameter repeated; a
            value holding a comma is double-quoted (`"a, b",c`).
        theater (list[str] | Unset): ISO 3166-1 alpha-3 code (any case). Several values mean any
            of them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        status (list[str] | Unset): Status of the record (derived from its citations' verdicts);
            naming a status lists its records even when they are hidden by default, without
            `include_disputed`. One of: asserted, corroborated, disputed, misleading, unverifiable,
            opinion. Several values mean any of them: comma-separated (`a,b`) or the parameter
            repeated; a value holding a comma is double-quoted (`"a, b",c`).
        year (list[str] | Unset): Year it started (YYYY), as the `year` facet. Several values mean
            any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        active_on (datetime.date | Unset): Only missions running on this date.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        name_prefix (str | Unset): Names starting with this, any case (`%` and `_` are plain
            characters).
        shape (ListMissionsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListMissionsShape.OBJECT.
        format_ (ListMissionsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        sort (str | Unset): Comma-separated keys to sort by, each ascending or with `-`
            descending; later keys break ties of earlier ones, then the id. Keys: slug, name,
            start_date, end_date. Default: 'slug'.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        facets (str | Unset): Comma-separated facets to count over every matching row:
            organization, kind, theater, year, status.
        facet_size (int | Unset): Values listed per facet, at most. Default: 10.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[MissionRead] | list[MissionReadSelection] | MissionReadPage | MissionReadPageSelection]
    """

    kwargs = _get_kwargs(
        organization=organization,
        kind=kind,
        theater=theater,
        status=status,
        year=year,
        active_on=active_on,
        include_disputed=include_disputed,
        name_prefix=name_prefix,
        shape=shape,
        format_=format_,
        cursor=cursor,
        sort=sort,
        limit=limit,
        facets=facets,
        facet_size=facet_size,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    organization: list[str] | Unset = UNSET,
    kind: list[str] | Unset = UNSET,
    theater: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    year: list[str] | Unset = UNSET,
    active_on: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    name_prefix: str | Unset = UNSET,
    shape: ListMissionsShape | Unset = ListMissionsShape.OBJECT,
    format_: ListMissionsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = "slug",
    limit: int | Unset = UNSET,
    facets: str | Unset = UNSET,
    facet_size: int | Unset = 10,
    fields: str | Unset = UNSET,
) -> Problem | list[MissionRead] | list[MissionReadSelection] | MissionReadPage | MissionReadPageSelection | None:
    """List missions

     Missions, filtered and sorted, a page at a time. Records supported only by a disputed claim are
    hidden unless `include_disputed=true`.

    Args:
        organization (list[str] | Unset): Leading organization's slug. Several values mean any of
            them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        kind (list[str] | Unset): Kind of mission. One of: training, advisory, stabilization,
            combat_support, combat, logistics, deterrence, capacity_building, peacekeeping, other.
            Several values mean any of them: comma-separated (`a,b`) or the parameter repeated; a
            value holding a comma is double-quoted (`"a, b",c`).
        theater (list[str] | Unset): ISO 3166-1 alpha-3 code (any case). Several values mean any
            of them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        status (list[str] | Unset): Status of the record (derived from its citations' verdicts);
            naming a status lists its records even when they are hidden by default, without
            `include_disputed`. One of: asserted, corroborated, disputed, misleading, unverifiable,
            opinion. Several values mean any of them: comma-separated (`a,b`) or the parameter
            repeated; a value holding a comma is double-quoted (`"a, b",c`).
        year (list[str] | Unset): Year it started (YYYY), as the `year` facet. Several values mean
            any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        active_on (datetime.date | Unset): Only missions running on this date.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        name_prefix (str | Unset): Names starting with this, any case (`%` and `_` are plain
            characters).
        shape (ListMissionsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListMissionsShape.OBJECT.
        format_ (ListMissionsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        sort (str | Unset): Comma-separated keys to sort by, each ascending or with `-`
            descending; later keys break ties of earlier ones, then the id. Keys: slug, name,
            start_date, end_date. Default: 'slug'.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        facets (str | Unset): Comma-separated facets to count over every matching row:
            organization, kind, theater, year, status.
        facet_size (int | Unset): Values listed per facet, at most. Default: 10.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[MissionRead] | list[MissionReadSelection] | MissionReadPage | MissionReadPageSelection
    """

    return (
        await asyncio_detailed(
            client=client,
            organization=organization,
            kind=kind,
            theater=theater,
            status=status,
            year=year,
            active_on=active_on,
            include_disputed=include_disputed,
            name_prefix=name_prefix,
            shape=shape,
            format_=format_,
            cursor=cursor,
            sort=sort,
            limit=limit,
            facets=facets,
            facet_size=facet_size,
            fields=fields,
        )
    ).parsed
