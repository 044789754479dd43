from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.search_format import SearchFormat
from ...models.search_hit import SearchHit
from ...models.search_hit_page import SearchHitPage
from ...models.search_hit_page_selection import SearchHitPageSelection
from ...models.search_hit_selection import SearchHitSelection
from ...models.search_shape import SearchShape
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str,
    type_: list[str] | Unset = UNSET,
    include_disputed: bool | Unset = False,
    cursor: str | Unset = UNSET,
    shape: SearchShape | Unset = SearchShape.OBJECT,
    format_: SearchFormat | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

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
        "url": "/api/v1/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[SearchHit] | list[SearchHitSelection] | SearchHitPage | SearchHitPageSelection | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> list[SearchHit] | list[SearchHitSelection] | SearchHitPage | SearchHitPageSelection:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SearchHitPage.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_1 = []
                _response_200_type_1 = data
                for response_200_type_1_item_data in _response_200_type_1:
                    response_200_type_1_item = SearchHit.from_dict(response_200_type_1_item_data)

                    response_200_type_1.append(response_200_type_1_item)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_2 = SearchHitPageSelection.from_dict(data)

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_3 = []
            _response_200_type_3 = data
            for response_200_type_3_item_data in _response_200_type_3:
                response_200_type_3_item = SearchHitSelection.from_dict(response_200_type_3_item_data)

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
) -> Response[Problem | list[SearchHit] | list[SearchHitSelection] | SearchHitPage | SearchHitPageSelection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    type_: list[str] | Unset = UNSET,
    include_disputed: bool | Unset = False,
    cursor: str | Unset = UNSET,
    shape: SearchShape | Unset = SearchShape.OBJECT,
    format_: SearchFormat | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Problem | list[SearchHit] | list[SearchHitSelection] | SearchHitPage | SearchHitPageSelection]:
    """Search everything

     One ranked search across missions, contributions, lessons, sources, the
    paragraphs (`passage`) of the sources' shipped full texts, and citations.

    The query: words (all must occur), `"an exact phrase"`, `prefix*`, `a OR b`, `-word` or
    `NOT word` to exclude. Case and punctuation are ignored; there is no stemming (`train*` finds
    training and trained). At most 500 characters.

    Args:
        q (str): What to look for.
        type_ (list[str] | Unset): Only these kinds of hit (comma-separated or repeated): mission,
            contribution, lesson, source, passage, citation.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        shape (SearchShape | Unset): `object` (default): the answer with its envelope (`items`,
            `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the next page's
            URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for Superset,
            Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already. Default:
            SearchShape.OBJECT.
        format_ (SearchFormat | Unset): Response format: json (default), csv or ndjson. Overrides
            the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or `cursor`, csv
            and ndjson stream every matching row rather than one page.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[SearchHit] | list[SearchHitSelection] | SearchHitPage | SearchHitPageSelection]
    """

    kwargs = _get_kwargs(
        q=q,
        type_=type_,
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
    q: str,
    type_: list[str] | Unset = UNSET,
    include_disputed: bool | Unset = False,
    cursor: str | Unset = UNSET,
    shape: SearchShape | Unset = SearchShape.OBJECT,
    format_: SearchFormat | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Problem | list[SearchHit] | list[SearchHitSelection] | SearchHitPage | SearchHitPageSelection | None:
    """Search everything

     One ranked search across missions, contributions, lessons, sources, the
    paragraphs (`passage`) of the sources' shipped full texts, and citations.

    The query: words (all must occur), `"an exact phrase"`, `prefix*`, `a OR b`, `-word` or
    `NOT word` to exclude. Case and punctuation are ignored; there is no stemming (`train*` finds
    training and trained). At most 500 characters.

    Args:
        q (str): What to look for.
        type_ (list[str] | Unset): Only these kinds of hit (comma-separated or repeated): mission,
            contribution, lesson, source, passage, citation.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        shape (SearchShape | Unset): `object` (default): the answer with its envelope (`items`,
            `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the next page's
            URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for Superset,
            Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already. Default:
            SearchShape.OBJECT.
        format_ (SearchFormat | Unset): Response format: json (default), csv or ndjson. Overrides
            the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or `cursor`, csv
            and ndjson stream every matching row rather than one page.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[SearchHit] | list[SearchHitSelection] | SearchHitPage | SearchHitPageSelection
    """

    return sync_detailed(
        client=client,
        q=q,
        type_=type_,
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
    q: str,
    type_: list[str] | Unset = UNSET,
    include_disputed: bool | Unset = False,
    cursor: str | Unset = UNSET,
    shape: SearchShape | Unset = SearchShape.OBJECT,
    format_: SearchFormat | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Problem | list[SearchHit] | list[SearchHitSelection] | SearchHitPage | SearchHitPageSelection]:
    """Search everything

     One ranked search across missions, contributions, lessons, sources, the
    paragraphs (`passage`) of the sources' shipped full texts, and citations.

    The query: words (all must occur), `"an exact phrase"`, `prefix*`, `a OR b`, `-word` or
    `NOT word` to exclude. Case and punctuation are ignored; there is no stemming (`train*` finds
    training and trained). At most 500 characters.

    Args:
        q (str): What to look for.
        type_ (list[str] | Unset): Only these kinds of hit (comma-separated or repeated): mission,
            contribution, lesson, source, passage, citation.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        shape (SearchShape | Unset): `object` (default): the answer with its envelope (`items`,
            `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the next page's
            URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for Superset,
            Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already. Default:
            SearchShape.OBJECT.
        format_ (SearchFormat | Unset): Response format: json (default), csv or ndjson. Overrides
            the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or `cursor`, csv
            and ndjson stream every matching row rather than one page.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[SearchHit] | list[SearchHitSelection] | SearchHitPage | SearchHitPageSelection]
    """

    kwargs = _get_kwargs(
        q=q,
        type_=type_,
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
    q: str,
    type_: list[str] | Unset = UNSET,
    include_disputed: bool | Unset = False,
    cursor: str | Unset = UNSET,
    shape: SearchShape | Unset = SearchShape.OBJECT,
    format_: SearchFormat | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Problem | list[SearchHit] | list[SearchHitSelection] | SearchHitPage | SearchHitPageSelection | None:
    """Search everything

     One ranked search across missions, contributions, lessons, sources, the
    paragraphs (`passage`) of the sources' shipped full texts, and citations.

    The query: words (all must occur), `"an exact phrase"`, `prefix*`, `a OR b`, `-word` or
    `NOT word` to exclude. Case and punctuation are ignored; there is no stemming (`train*` finds
    training and trained). At most 500 characters.

    Args:
        q (str): What to look for.
        type_ (list[str] | Unset): Only these kinds of hit (comma-separated or repeated): mission,
            contribution, lesson, source, passage, citation.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        shape (SearchShape | Unset): `object` (default): the answer with its envelope (`items`,
            `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the next page's
            URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for Superset,
            Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already. Default:
            SearchShape.OBJECT.
        format_ (SearchFormat | Unset): Response format: json (default), csv or ndjson. Overrides
            the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or `cursor`, csv
            and ndjson stream every matching row rather than one page.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[SearchHit] | list[SearchHitSelection] | SearchHitPage | SearchHitPageSelection
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            type_=type_,
            include_disputed=include_disputed,
            cursor=cursor,
            shape=shape,
            format_=format_,
            limit=limit,
            fields=fields,
        )
    ).parsed
