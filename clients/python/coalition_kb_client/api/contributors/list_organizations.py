from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contributor_read import ContributorRead
from ...models.contributor_read_selection import ContributorReadSelection
from ...models.list_organizations_format import ListOrganizationsFormat
from ...models.list_organizations_shape import ListOrganizationsShape
from ...models.page_contributor_read import PageContributorRead
from ...models.page_contributor_read_selection import PageContributorReadSelection
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: list[str] | Unset = UNSET,
    name_prefix: str | Unset = UNSET,
    shape: ListOrganizationsShape | Unset = ListOrganizationsShape.OBJECT,
    format_: ListOrganizationsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = "code",
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind

    params["kind"] = json_kind

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

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/organizations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Problem
    | list[ContributorRead]
    | list[ContributorReadSelection]
    | PageContributorRead
    | PageContributorReadSelection
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            list[ContributorRead] | list[ContributorReadSelection] | PageContributorRead | PageContributorReadSelection
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PageContributorRead.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_1 = []
                _response_200_type_1 = data
                for response_200_type_1_item_data in _response_200_type_1:
                    response_200_type_1_item = ContributorRead.from_dict(response_200_type_1_item_data)

                    response_200_type_1.append(response_200_type_1_item)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_2 = PageContributorReadSelection.from_dict(data)

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_3 = []
            _response_200_type_3 = data
            for response_200_type_3_item_data in _response_200_type_3:
                response_200_type_3_item = ContributorReadSelection.from_dict(response_200_type_3_item_data)

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
    Problem
    | list[ContributorRead]
    | list[ContributorReadSelection]
    | PageContributorRead
    | PageContributorReadSelection
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
    kind: list[str] | Unset = UNSET,
    name_prefix: str | Unset = UNSET,
    shape: ListOrganizationsShape | Unset = ListOrganizationsShape.OBJECT,
    format_: ListOrganizationsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = "code",
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[
    Problem
    | list[ContributorRead]
    | list[ContributorReadSelection]
    | PageContributorRead
    | PageContributorReadSelection
]:
    """List organizations

     Alliances, coalitions and groups the sources speak of as contributors.

    Args:
        kind (list[str] | Unset): Kind of organization. One of: alliance, coalition,
            international_organization, union, government, group, other. Several values mean any of
            them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        name_prefix (str | Unset): Names starting with this, any case (`%` and `_` are plain
            characters).
        shape (ListOrganizationsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListOrganizationsShape.OBJECT.
        format_ (ListOrganizationsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        sort (str | Unset): Comma-separated keys to sort by, each ascending or with `-`
            descending; later keys break ties of earlier ones, then the id. Keys: code, name. Default:
            'code'.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ContributorRead] | list[ContributorReadSelection] | PageContributorRead | PageContributorReadSelection]
    """

    kwargs = _get_kwargs(
        kind=kind,
        name_prefix=name_prefix,
        shape=shape,
        format_=format_,
        cursor=cursor,
        sort=sort,
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
    kind: list[str] | Unset = UNSET,
    name_prefix: str | Unset = UNSET,
    shape: ListOrganizationsShape | Unset = ListOrganizationsShape.OBJECT,
    format_: ListOrganizationsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = "code",
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> (
    Problem
    | list[ContributorRead]
    | list[ContributorReadSelection]
    | PageContributorRead
    | PageContributorReadSelection
    | None
):
    """List organizations

     Alliances, coalitions and groups the sources speak of as contributors.

    Args:
        kind (list[str] | Unset): Kind of organization. One of: alliance, coalition,
            international_organization, union, government, group, other. Several values mean any of
            them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        name_prefix (str | Unset): Names starting with this, any case (`%` and `_` are plain
            characters).
        shape (ListOrganizationsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListOrganizationsShape.OBJECT.
        format_ (ListOrganizationsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        sort (str | Unset): Comma-separated keys to sort by, each ascending or with `-`
            descending; later keys break ties of earlier ones, then the id. Keys: code, name. Default:
            'code'.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ContributorRead] | list[ContributorReadSelection] | PageContributorRead | PageContributorReadSelection
    """

    return sync_detailed(
        client=client,
        kind=kind,
        name_prefix=name_prefix,
        shape=shape,
        format_=format_,
        cursor=cursor,
        sort=sort,
        limit=limit,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    kind: list[str] | Unset = UNSET,
    name_prefix: str | Unset = UNSET,
    shape: ListOrganizationsShape | Unset = ListOrganizationsShape.OBJECT,
    format_: ListOrganizationsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = "code",
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[
    Problem
    | list[ContributorRead]
    | list[ContributorReadSelection]
    | PageContributorRead
    | PageContributorReadSelection
]:
    """List organizations

     Alliances, coalitions and groups the sources speak of as contributors.

    Args:
        kind (list[str] | Unset): Kind of organization. One of: alliance, coalition,
            international_organization, union, government, group, other. Several values mean any of
            them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        name_prefix (str | Unset): Names starting with this, any case (`%` and `_` are plain
            characters).
        shape (ListOrganizationsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListOrganizationsShape.OBJECT.
        format_ (ListOrganizationsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        sort (str | Unset): Comma-separated keys to sort by, each ascending or with `-`
            descending; later keys break ties of earlier ones, then the id. Keys: code, name. Default:
            'code'.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ContributorRead] | list[ContributorReadSelection] | PageContributorRead | PageContributorReadSelection]
    """

    kwargs = _get_kwargs(
        kind=kind,
        name_prefix=name_prefix,
        shape=shape,
        format_=format_,
        cursor=cursor,
        sort=sort,
        limit=limit,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    kind: list[str] | Unset = UNSET,
    name_prefix: str | Unset = UNSET,
    shape: ListOrganizationsShape | Unset = ListOrganizationsShape.OBJECT,
    format_: ListOrganizationsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = "code",
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> (
    Problem
    | list[ContributorRead]
    | list[ContributorReadSelection]
    | PageContributorRead
    | PageContributorReadSelection
    | None
):
    """List organizations

     Alliances, coalitions and groups the sources speak of as contributors.

    Args:
        kind (list[str] | Unset): Kind of organization. One of: alliance, coalition,
            international_organization, union, government, group, other. Several values mean any of
            them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        name_prefix (str | Unset): Names starting with this, any case (`%` and `_` are plain
            characters).
        shape (ListOrganizationsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListOrganizationsShape.OBJECT.
        format_ (ListOrganizationsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        sort (str | Unset): Comma-separated keys to sort by, each ascending or with `-`
            descending; later keys break ties of earlier ones, then the id. Keys: code, name. Default:
            'code'.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ContributorRead] | list[ContributorReadSelection] | PageContributorRead | PageContributorReadSelection
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            name_prefix=name_prefix,
            shape=shape,
            format_=format_,
            cursor=cursor,
            sort=sort,
            limit=limit,
            fields=fields,
        )
    ).parsed
