from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_read import AuditRead
from ...models.audit_read_page import AuditReadPage
from ...models.audit_read_page_selection import AuditReadPageSelection
from ...models.audit_read_selection import AuditReadSelection
from ...models.problem import Problem
from ...models.record_history_resource import RecordHistoryResource
from ...models.record_history_shape import RecordHistoryShape
from ...types import UNSET, Response, Unset


def _get_kwargs(
    resource: RecordHistoryResource,
    key: str,
    *,
    cursor: str | Unset = UNSET,
    shape: RecordHistoryShape | Unset = RecordHistoryShape.OBJECT,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    json_shape: str | Unset = UNSET
    if not isinstance(shape, Unset):
        json_shape = shape.value

    params["shape"] = json_shape

    params["limit"] = limit

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/{resource}/{key}/history".format(
            resource=quote(str(resource), safe=""),
            key=quote(str(key), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditReadPage | AuditReadPageSelection | list[AuditRead] | list[AuditReadSelection] | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> AuditReadPage | AuditReadPageSelection | list[AuditRead] | list[AuditReadSelection]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = AuditReadPage.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_1 = []
                _response_200_type_1 = data
                for response_200_type_1_item_data in _response_200_type_1:
                    response_200_type_1_item = AuditRead.from_dict(response_200_type_1_item_data)

                    response_200_type_1.append(response_200_type_1_item)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_2 = AuditReadPageSelection.from_dict(data)

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_3 = []
            _response_200_type_3 = data
            for response_200_type_3_item_data in _response_200_type_3:
                response_200_type_3_item = AuditReadSelection.from_dict(response_200_type_3_item_data)

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
) -> Response[AuditReadPage | AuditReadPageSelection | list[AuditRead] | list[AuditReadSelection] | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource: RecordHistoryResource,
    key: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    shape: RecordHistoryShape | Unset = RecordHistoryShape.OBJECT,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[AuditReadPage | AuditReadPageSelection | list[AuditRead] | list[AuditReadSelection] | Problem]:
    """A record's history

     Every accepted change to one record, newest first, with who made it and the record before and after.
    Also for deleted records.

    Args:
        resource (RecordHistoryResource):
        key (str):
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        shape (RecordHistoryShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: RecordHistoryShape.OBJECT.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditReadPage | AuditReadPageSelection | list[AuditRead] | list[AuditReadSelection] | Problem]
    """

    kwargs = _get_kwargs(
        resource=resource,
        key=key,
        cursor=cursor,
        shape=shape,
        limit=limit,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource: RecordHistoryResource,
    key: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    shape: RecordHistoryShape | Unset = RecordHistoryShape.OBJECT,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> AuditReadPage | AuditReadPageSelection | list[AuditRead] | list[AuditReadSelection] | Problem | None:
    """A record's history

     Every accepted change to one record, newest first, with who made it and the record before and after.
    Also for deleted records.

    Args:
        resource (RecordHistoryResource):
        key (str):
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        shape (RecordHistoryShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: RecordHistoryShape.OBJECT.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditReadPage | AuditReadPageSelection | list[AuditRead] | list[AuditReadSelection] | Problem
    """

    return sync_detailed(
        resource=resource,
        key=key,
        client=client,
        cursor=cursor,
        shape=shape,
        limit=limit,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    resource: RecordHistoryResource,
    key: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    shape: RecordHistoryShape | Unset = RecordHistoryShape.OBJECT,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[AuditReadPage | AuditReadPageSelection | list[AuditRead] | list[AuditReadSelection] | Problem]:
    """A record's history

     Every accepted change to one record, newest first, with who made it and the record before and after.
    Also for deleted records.

    Args:
        resource (RecordHistoryResource):
        key (str):
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        shape (RecordHistoryShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: RecordHistoryShape.OBJECT.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditReadPage | AuditReadPageSelection | list[AuditRead] | list[AuditReadSelection] | Problem]
    """

    kwargs = _get_kwargs(
        resource=resource,
        key=key,
        cursor=cursor,
        shape=shape,
        limit=limit,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource: RecordHistoryResource,
    key: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    shape: RecordHistoryShape | Unset = RecordHistoryShape.OBJECT,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> AuditReadPage | AuditReadPageSelection | list[AuditRead] | list[AuditReadSelection] | Problem | None:
    """A record's history

     Every accepted change to one record, newest first, with who made it and the record before and after.
    Also for deleted records.

    Args:
        resource (RecordHistoryResource):
        key (str):
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        shape (RecordHistoryShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: RecordHistoryShape.OBJECT.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditReadPage | AuditReadPageSelection | list[AuditRead] | list[AuditReadSelection] | Problem
    """

    return (
        await asyncio_detailed(
            resource=resource,
            key=key,
            client=client,
            cursor=cursor,
            shape=shape,
            limit=limit,
            fields=fields,
        )
    ).parsed
