from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_page import ChangePage
from ...models.change_page_selection import ChangePageSelection
from ...models.change_read import ChangeRead
from ...models.change_read_selection import ChangeReadSelection
from ...models.list_changes_shape import ListChangesShape
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    since: int | Unset = 0,
    resource: list[str] | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    shape: ListChangesShape | Unset = ListChangesShape.OBJECT,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since"] = since

    json_resource: list[str] | Unset = UNSET
    if not isinstance(resource, Unset):
        json_resource = resource

    params["resource"] = json_resource

    params["limit"] = limit

    params["cursor"] = cursor

    json_shape: str | Unset = UNSET
    if not isinstance(shape, Unset):
        json_shape = shape.value

    params["shape"] = json_shape

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/changes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChangePage | ChangePageSelection | list[ChangeRead] | list[ChangeReadSelection] | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> ChangePage | ChangePageSelection | list[ChangeRead] | list[ChangeReadSelection]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ChangePage.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_1 = []
                _response_200_type_1 = data
                for response_200_type_1_item_data in _response_200_type_1:
                    response_200_type_1_item = ChangeRead.from_dict(response_200_type_1_item_data)

                    response_200_type_1.append(response_200_type_1_item)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_2 = ChangePageSelection.from_dict(data)

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_3 = []
            _response_200_type_3 = data
            for response_200_type_3_item_data in _response_200_type_3:
                response_200_type_3_item = ChangeReadSelection.from_dict(response_200_type_3_item_data)

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
) -> Response[ChangePage | ChangePageSelection | list[ChangeRead] | list[ChangeReadSelection] | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: int | Unset = 0,
    resource: list[str] | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    shape: ListChangesShape | Unset = ListChangesShape.OBJECT,
    fields: str | Unset = UNSET,
) -> Response[ChangePage | ChangePageSelection | list[ChangeRead] | list[ChangeReadSelection] | Problem]:
    """What changed since a data version

     Every record created, changed or deleted by a write after data version `since`, oldest first, each
    with the version its write committed as and the record as it then was (export format; null for a
    deletion: a tombstone). To keep a copy in sync: read `/export` (its `ETag`, `W/"d<version>"`, is the
    version it holds), then poll `/changes?since=<version>`, follow `next` to the last page, apply the
    entries in order and poll again with `since=<data_version>`. Public: no author or key of a change
    (the audit log stays admin-only). Writes made outside the API (the CLI's seed and import into an
    empty database) are not listed; a `since` ahead of the current data version (a restored database) is
    a 422: start again from `/export`. A mirror that only needs to know what to fetch again can ask
    `fields=version,resource,key,change` (no `record`).

    Args:
        since (int | Unset): A data version: list the changes after it. Default: 0.
        resource (list[str] | Unset): Only changes of these resources. One of: sources,
            organizations, partner-nations, contribution-types, missions, contributions, strengths,
            lessons, citations. Several values mean any of them: comma-separated (`a,b`) or the
            parameter repeated; a value holding a comma is double-quoted (`"a, b",c`).
        limit (int | Unset): Entries per page (default 100, at most 1000: Grafana Infinity's
            default page size is accepted). Default: 100.
        cursor (str | Unset): `next_cursor` of the previous page.
        shape (ListChangesShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListChangesShape.OBJECT.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangePage | ChangePageSelection | list[ChangeRead] | list[ChangeReadSelection] | Problem]
    """

    kwargs = _get_kwargs(
        since=since,
        resource=resource,
        limit=limit,
        cursor=cursor,
        shape=shape,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    since: int | Unset = 0,
    resource: list[str] | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    shape: ListChangesShape | Unset = ListChangesShape.OBJECT,
    fields: str | Unset = UNSET,
) -> ChangePage | ChangePageSelection | list[ChangeRead] | list[ChangeReadSelection] | Problem | None:
    """What changed since a data version

     Every record created, changed or deleted by a write after data version `since`, oldest first, each
    with the version its write committed as and the record as it then was (export format; null for a
    deletion: a tombstone). To keep a copy in sync: read `/export` (its `ETag`, `W/"d<version>"`, is the
    version it holds), then poll `/changes?since=<version>`, follow `next` to the last page, apply the
    entries in order and poll again with `since=<data_version>`. Public: no author or key of a change
    (the audit log stays admin-only). Writes made outside the API (the CLI's seed and import into an
    empty database) are not listed; a `since` ahead of the current data version (a restored database) is
    a 422: start again from `/export`. A mirror that only needs to know what to fetch again can ask
    `fields=version,resource,key,change` (no `record`).

    Args:
        since (int | Unset): A data version: list the changes after it. Default: 0.
        resource (list[str] | Unset): Only changes of these resources. One of: sources,
            organizations, partner-nations, contribution-types, missions, contributions, strengths,
            lessons, citations. Several values mean any of them: comma-separated (`a,b`) or the
            parameter repeated; a value holding a comma is double-quoted (`"a, b",c`).
        limit (int | Unset): Entries per page (default 100, at most 1000: Grafana Infinity's
            default page size is accepted). Default: 100.
        cursor (str | Unset): `next_cursor` of the previous page.
        shape (ListChangesShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListChangesShape.OBJECT.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangePage | ChangePageSelection | list[ChangeRead] | list[ChangeReadSelection] | Problem
    """

    return sync_detailed(
        client=client,
        since=since,
        resource=resource,
        limit=limit,
        cursor=cursor,
        shape=shape,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: int | Unset = 0,
    resource: list[str] | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    shape: ListChangesShape | Unset = ListChangesShape.OBJECT,
    fields: str | Unset = UNSET,
) -> Response[ChangePage | ChangePageSelection | list[ChangeRead] | list[ChangeReadSelection] | Problem]:
    """What changed since a data version

     Every record created, changed or deleted by a write after data version `since`, oldest first, each
    with the version its write committed as and the record as it then was (export format; null for a
    deletion: a tombstone). To keep a copy in sync: read `/export` (its `ETag`, `W/"d<version>"`, is the
    version it holds), then poll `/changes?since=<version>`, follow `next` to the last page, apply the
    entries in order and poll again with `since=<data_version>`. Public: no author or key of a change
    (the audit log stays admin-only). Writes made outside the API (the CLI's seed and import into an
    empty database) are not listed; a `since` ahead of the current data version (a restored database) is
    a 422: start again from `/export`. A mirror that only needs to know what to fetch again can ask
    `fields=version,resource,key,change` (no `record`).

    Args:
        since (int | Unset): A data version: list the changes after it. Default: 0.
        resource (list[str] | Unset): Only changes of these resources. One of: sources,
            organizations, partner-nations, contribution-types, missions, contributions, strengths,
            lessons, citations. Several values mean any of them: comma-separated (`a,b`) or the
            parameter repeated; a value holding a comma is double-quoted (`"a, b",c`).
        limit (int | Unset): Entries per page (default 100, at most 1000: Grafana Infinity's
            default page size is accepted). Default: 100.
        cursor (str | Unset): `next_cursor` of the previous page.
        shape (ListChangesShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListChangesShape.OBJECT.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangePage | ChangePageSelection | list[ChangeRead] | list[ChangeReadSelection] | Problem]
    """

    kwargs = _get_kwargs(
        since=since,
        resource=resource,
        limit=limit,
        cursor=cursor,
        shape=shape,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    since: int | Unset = 0,
    resource: list[str] | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    shape: ListChangesShape | Unset = ListChangesShape.OBJECT,
    fields: str | Unset = UNSET,
) -> ChangePage | ChangePageSelection | list[ChangeRead] | list[ChangeReadSelection] | Problem | None:
    """What changed since a data version

     Every record created, changed or deleted by a write after data version `since`, oldest first, each
    with the version its write committed as and the record as it then was (export format; null for a
    deletion: a tombstone). To keep a copy in sync: read `/export` (its `ETag`, `W/"d<version>"`, is the
    version it holds), then poll `/changes?since=<version>`, follow `next` to the last page, apply the
    entries in order and poll again with `since=<data_version>`. Public: no author or key of a change
    (the audit log stays admin-only). Writes made outside the API (the CLI's seed and import into an
    empty database) are not listed; a `since` ahead of the current data version (a restored database) is
    a 422: start again from `/export`. A mirror that only needs to know what to fetch again can ask
    `fields=version,resource,key,change` (no `record`).

    Args:
        since (int | Unset): A data version: list the changes after it. Default: 0.
        resource (list[str] | Unset): Only changes of these resources. One of: sources,
            organizations, partner-nations, contribution-types, missions, contributions, strengths,
            lessons, citations. Several values mean any of them: comma-separated (`a,b`) or the
            parameter repeated; a value holding a comma is double-quoted (`"a, b",c`).
        limit (int | Unset): Entries per page (default 100, at most 1000: Grafana Infinity's
            default page size is accepted). Default: 100.
        cursor (str | Unset): `next_cursor` of the previous page.
        shape (ListChangesShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListChangesShape.OBJECT.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangePage | ChangePageSelection | list[ChangeRead] | list[ChangeReadSelection] | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
            resource=resource,
            limit=limit,
            cursor=cursor,
            shape=shape,
            fields=fields,
        )
    ).parsed
