import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.timeline_event import TimelineEvent
from ...models.timeline_event_page import TimelineEventPage
from ...models.timeline_event_page_selection import TimelineEventPageSelection
from ...models.timeline_event_selection import TimelineEventSelection
from ...models.timeline_format import TimelineFormat
from ...models.timeline_shape import TimelineShape
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    organization: list[str] | Unset = UNSET,
    theater: list[str] | Unset = UNSET,
    kind: list[str] | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    cursor: str | Unset = UNSET,
    shape: TimelineShape | Unset = TimelineShape.OBJECT,
    format_: TimelineFormat | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_organization: list[str] | Unset = UNSET
    if not isinstance(organization, Unset):
        json_organization = organization

    params["organization"] = json_organization

    json_theater: list[str] | Unset = UNSET
    if not isinstance(theater, Unset):
        json_theater = theater

    params["theater"] = json_theater

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind

    params["kind"] = json_kind

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["include_disputed"] = include_disputed

    params["cursor"] = cursor

    json_shape: str | Unset = UNSET
    if not isinstance(shape, Unset):
        json_shape = shape.value

    params["shape"] = json_shape

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["limit"] = limit

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/timeline",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Problem | list[TimelineEvent] | list[TimelineEventSelection] | TimelineEventPage | TimelineEventPageSelection | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> list[TimelineEvent] | list[TimelineEventSelection] | TimelineEventPage | TimelineEventPageSelection:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TimelineEventPage.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_1 = []
                _response_200_type_1 = data
                for response_200_type_1_item_data in _response_200_type_1:
                    response_200_type_1_item = TimelineEvent.from_dict(response_200_type_1_item_data)

                    response_200_type_1.append(response_200_type_1_item)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_2 = TimelineEventPageSelection.from_dict(data)

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_3 = []
            _response_200_type_3 = data
            for response_200_type_3_item_data in _response_200_type_3:
                response_200_type_3_item = TimelineEventSelection.from_dict(response_200_type_3_item_data)

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
    Problem | list[TimelineEvent] | list[TimelineEventSelection] | TimelineEventPage | TimelineEventPageSelection
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
    organization: list[str] | Unset = UNSET,
    theater: list[str] | Unset = UNSET,
    kind: list[str] | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    cursor: str | Unset = UNSET,
    shape: TimelineShape | Unset = TimelineShape.OBJECT,
    format_: TimelineFormat | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[
    Problem | list[TimelineEvent] | list[TimelineEventSelection] | TimelineEventPage | TimelineEventPageSelection
]:
    """Timeline

     Missions (as periods), dated contributions and nations joining NATO, in order of date, for a
    timeline panel. `organization` and `theater` keep the missions led by that organization or run in
    that country, and their contributions (accessions only show for `organization=nato` or no
    organization, and no theater); `from`/`to` keep events overlapping the range. Missions with no known
    start date are left out.

    Args:
        organization (list[str] | Unset): Leading organization's slug. Several values mean any of
            them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        theater (list[str] | Unset): ISO 3166-1 alpha-3 code (any case). Several values mean any
            of them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        kind (list[str] | Unset): Only these kinds (comma-separated or repeated): mission,
            contribution, accession.
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        shape (TimelineShape | Unset): `object` (default): the answer with its envelope (`items`,
            `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the next page's
            URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for Superset,
            Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already. Default:
            TimelineShape.OBJECT.
        format_ (TimelineFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[TimelineEvent] | list[TimelineEventSelection] | TimelineEventPage | TimelineEventPageSelection]
    """

    kwargs = _get_kwargs(
        organization=organization,
        theater=theater,
        kind=kind,
        from_=from_,
        to=to,
        include_disputed=include_disputed,
        cursor=cursor,
        shape=shape,
        format_=format_,
        limit=limit,
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
    theater: list[str] | Unset = UNSET,
    kind: list[str] | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    cursor: str | Unset = UNSET,
    shape: TimelineShape | Unset = TimelineShape.OBJECT,
    format_: TimelineFormat | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> (
    Problem | list[TimelineEvent] | list[TimelineEventSelection] | TimelineEventPage | TimelineEventPageSelection | None
):
    """Timeline

     Missions (as periods), dated contributions and nations joining NATO, in order of date, for a
    timeline panel. `organization` and `theater` keep the missions led by that organization or run in
    that country, and their contributions (accessions only show for `organization=nato` or no
    organization, and no theater); `from`/`to` keep events overlapping the range. Missions with no known
    start date are left out.

    Args:
        organization (list[str] | Unset): Leading organization's slug. Several values mean any of
            them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        theater (list[str] | Unset): ISO 3166-1 alpha-3 code (any case). Several values mean any
            of them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        kind (list[str] | Unset): Only these kinds (comma-separated or repeated): mission,
            contribution, accession.
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        shape (TimelineShape | Unset): `object` (default): the answer with its envelope (`items`,
            `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the next page's
            URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for Superset,
            Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already. Default:
            TimelineShape.OBJECT.
        format_ (TimelineFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[TimelineEvent] | list[TimelineEventSelection] | TimelineEventPage | TimelineEventPageSelection
    """

    return sync_detailed(
        client=client,
        organization=organization,
        theater=theater,
        kind=kind,
        from_=from_,
        to=to,
        include_disputed=include_disputed,
        cursor=cursor,
        shape=shape,
        format_=format_,
        limit=limit,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    organization: list[str] | Unset = UNSET,
    theater: list[str] | Unset = UNSET,
    kind: list[str] | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    cursor: str | Unset = UNSET,
    shape: TimelineShape | Unset = TimelineShape.OBJECT,
    format_: TimelineFormat | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[
    Problem | list[TimelineEvent] | list[TimelineEventSelection] | TimelineEventPage | TimelineEventPageSelection
]:
    """Timeline

     Missions (as periods), dated contributions and nations joining NATO, in order of date, for a
    timeline panel. `organization` and `theater` keep the missions led by that organization or run in
    that country, and their contributions (accessions only show for `organization=nato` or no
    organization, and no theater); `from`/`to` keep events overlapping the range. Missions with no known
    start date are left out.

    Args:
        organization (list[str] | Unset): Leading organization's slug. Several values mean any of
            them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        theater (list[str] | Unset): ISO 3166-1 alpha-3 code (any case). Several values mean any
            of them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        kind (list[str] | Unset): Only these kinds (comma-separated or repeated): mission,
            contribution, accession.
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        shape (TimelineShape | Unset): `object` (default): the answer with its envelope (`items`,
            `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the next page's
            URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for Superset,
            Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already. Default:
            TimelineShape.OBJECT.
        format_ (TimelineFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[TimelineEvent] | list[TimelineEventSelection] | TimelineEventPage | TimelineEventPageSelection]
    """

    kwargs = _get_kwargs(
        organization=organization,
        theater=theater,
        kind=kind,
        from_=from_,
        to=to,
        include_disputed=include_disputed,
        cursor=cursor,
        shape=shape,
        format_=format_,
        limit=limit,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    organization: list[str] | Unset = UNSET,
    theater: list[str] | Unset = UNSET,
    kind: list[str] | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    cursor: str | Unset = UNSET,
    shape: TimelineShape | Unset = TimelineShape.OBJECT,
    format_: TimelineFormat | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> (
    Problem | list[TimelineEvent] | list[TimelineEventSelection] | TimelineEventPage | TimelineEventPageSelection | None
):
    """Timeline

     Missions (as periods), dated contributions and nations joining NATO, in order of date, for a
    timeline panel. `organization` and `theater` keep the missions led by that organization or run in
    that country, and their contributions (accessions only show for `organization=nato` or no
    organization, and no theater); `from`/`to` keep events overlapping the range. Missions with no known
    start date are left out.

    Args:
        organization (list[str] | Unset): Leading organization's slug. Several values mean any of
            them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        theater (list[str] | Unset): ISO 3166-1 alpha-3 code (any case). Several values mean any
            of them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        kind (list[str] | Unset): Only these kinds (comma-separated or repeated): mission,
            contribution, accession.
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        shape (TimelineShape | Unset): `object` (default): the answer with its envelope (`items`,
            `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the next page's
            URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for Superset,
            Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already. Default:
            TimelineShape.OBJECT.
        format_ (TimelineFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[TimelineEvent] | list[TimelineEventSelection] | TimelineEventPage | TimelineEventPageSelection
    """

    return (
        await asyncio_detailed(
            client=client,
            organization=organization,
            theater=theater,
            kind=kind,
            from_=from_,
            to=to,
            include_disputed=include_disputed,
            cursor=cursor,
            shape=shape,
            format_=format_,
            limit=limit,
            fields=fields,
        )
    ).parsed
