from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.citation_read import CitationRead
from ...models.citation_read_page import CitationReadPage
from ...models.citation_read_page_selection import CitationReadPageSelection
from ...models.citation_read_selection import CitationReadSelection
from ...models.list_citations_format import ListCitationsFormat
from ...models.list_citations_shape import ListCitationsShape
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    source: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    subject_type: list[str] | Unset = UNSET,
    shape: ListCitationsShape | Unset = ListCitationsShape.OBJECT,
    format_: ListCitationsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    facets: str | Unset = UNSET,
    facet_size: int | Unset = 10,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_source: list[str] | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source

    params["source"] = json_source

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_subject_type: list[str] | Unset = UNSET
    if not isinstance(subject_type, Unset):
        json_subject_type = subject_type

    params["subject_type"] = json_subject_type

    json_shape: str | Unset = UNSET
    if not isinstance(shape, Unset):
        json_shape = shape.value

    params["shape"] = json_shape

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["cursor"] = cursor

    params["limit"] = limit

    params["facets"] = facets

    params["facet_size"] = facet_size

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/citations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CitationReadPage | CitationReadPageSelection | list[CitationRead] | list[CitationReadSelection] | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> CitationReadPage | CitationReadPageSelection | list[CitationRead] | list[CitationReadSelection]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CitationReadPage.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_1 = []
                _response_200_type_1 = data
                for response_200_type_1_item_data in _response_200_type_1:
                    response_200_type_1_item = CitationRead.from_dict(response_200_type_1_item_data)

                    response_200_type_1.append(response_200_type_1_item)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_2 = CitationReadPageSelection.from_dict(data)

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_3 = []
            _response_200_type_3 = data
            for response_200_type_3_item_data in _response_200_type_3:
                response_200_type_3_item = CitationReadSelection.from_dict(response_200_type_3_item_data)

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
    CitationReadPage | CitationReadPageSelection | list[CitationRead] | list[CitationReadSelection] | Problem
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
    source: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    subject_type: list[str] | Unset = UNSET,
    shape: ListCitationsShape | Unset = ListCitationsShape.OBJECT,
    format_: ListCitationsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    facets: str | Unset = UNSET,
    facet_size: int | Unset = 10,
    fields: str | Unset = UNSET,
) -> Response[
    CitationReadPage | CitationReadPageSelection | list[CitationRead] | list[CitationReadSelection] | Problem
]:
    """List citations

     Every citation (claim), across sources, filterable by source, status and the kind of record it
    supports.

    Args:
        source (list[str] | Unset): Source slug. Several values mean any of them: comma-separated
            (`a,b`) or the parameter repeated; a value holding a comma is double-quoted (`"a, b",c`).
        status (list[str] | Unset): Status of the claim. One of: asserted, corroborated, disputed,
            misleading, unverifiable, opinion. Several values mean any of them: comma-separated
            (`a,b`) or the parameter repeated; a value holding a comma is double-quoted (`"a, b",c`).
        subject_type (list[str] | Unset): Kind of record the citation supports. One of: mission,
            contribution, lesson, lesson_mission, contributor, strength. Several values mean any of
            them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        shape (ListCitationsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListCitationsShape.OBJECT.
        format_ (ListCitationsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        facets (str | Unset): Comma-separated facets to count over every matching row: source,
            status, subject_type.
        facet_size (int | Unset): Values listed per facet, at most. Default: 10.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CitationReadPage | CitationReadPageSelection | list[CitationRead] | list[CitationReadSelection] | Problem]
    """

    kwargs = _get_kwargs(
        source=source,
        status=status,
        subject_type=subject_type,
        shape=shape,
        format_=format_,
        cursor=cursor,
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
    source: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    subject_type: list[str] | Unset = UNSET,
    shape: ListCitationsShape | Unset = ListCitationsShape.OBJECT,
    format_: ListCitationsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    facets: str | Unset = UNSET,
    facet_size: int | Unset = 10,
    fields: str | Unset = UNSET,
) -> CitationReadPage | CitationReadPageSelection | list[CitationRead] | list[CitationReadSelection] | Problem | None:
    """List citations

     Every citation (claim), across sources, filterable by source, status and the kind of record it
    supports.

    Args:
        source (list[str] | Unset): Source slug. Several values mean any of them: comma-separated
            (`a,b`) or the parameter repeated; a value holding a comma is double-quoted (`"a, b",c`).
        status (list[str] | Unset): Status of the claim. One of: asserted, corroborated, disputed,
            misleading, unverifiable, opinion. Several values mean any of them: comma-separated
            (`a,b`) or the parameter repeated; a value holding a comma is double-quoted (`"a, b",c`).
        subject_type (list[str] | Unset): Kind of record the citation supports. One of: mission,
            contribution, lesson, lesson_mission, contributor, strength. Several values mean any of
            them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        shape (ListCitationsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListCitationsShape.OBJECT.
        format_ (ListCitationsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        facets (str | Unset): Comma-separated facets to count over every matching row: source,
            status, subject_type.
        facet_size (int | Unset): Values listed per facet, at most. Default: 10.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CitationReadPage | CitationReadPageSelection | list[CitationRead] | list[CitationReadSelection] | Problem
    """

    return sync_detailed(
        client=client,
        source=source,
        status=status,
        subject_type=subject_type,
        shape=shape,
        format_=format_,
        cursor=cursor,
        limit=limit,
        facets=facets,
        facet_size=facet_size,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    source: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    subject_type: list[str] | Unset = UNSET,
    shape: ListCitationsShape | Unset = ListCitationsShape.OBJECT,
    format_: ListCitationsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    facets: str | Unset = UNSET,
    facet_size: int | Unset = 10,
    fields: str | Unset = UNSET,
) -> Response[
    CitationReadPage | CitationReadPageSelection | list[CitationRead] | list[CitationReadSelection] | Problem
]:
    """List citations

     Every citation (claim), across sources, filterable by source, status and the kind of record it
    supports.

    Args:
        source (list[str] | Unset): Source slug. Several values mean any of them: comma-separated
            (`a,b`) or the parameter repeated; a value holding a comma is double-quoted (`"a, b",c`).
        status (list[str] | Unset): Status of the claim. One of: asserted, corroborated, disputed,
            misleading, unverifiable, opinion. Several values mean any of them: comma-separated
            (`a,b`) or the parameter repeated; a value holding a comma is double-quoted (`"a, b",c`).
        subject_type (list[str] | Unset): Kind of record the citation supports. One of: mission,
            contribution, lesson, lesson_mission, contributor, strength. Several values mean any of
            them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        shape (ListCitationsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListCitationsShape.OBJECT.
        format_ (ListCitationsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        facets (str | Unset): Comma-separated facets to count over every matching row: source,
            status, subject_type.
        facet_size (int | Unset): Values listed per facet, at most. Default: 10.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CitationReadPage | CitationReadPageSelection | list[CitationRead] | list[CitationReadSelection] | Problem]
    """

    kwargs = _get_kwargs(
        source=source,
        status=status,
        subject_type=subject_type,
        shape=shape,
        format_=format_,
        cursor=cursor,
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
    source: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    subject_type: list[str] | Unset = UNSET,
    shape: ListCitationsShape | Unset = ListCitationsShape.OBJECT,
    format_: ListCitationsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    facets: str | Unset = UNSET,
    facet_size: int | Unset = 10,
    fields: str | Unset = UNSET,
) -> CitationReadPage | CitationReadPageSelection | list[CitationRead] | list[CitationReadSelection] | Problem | None:
    """List citations

     Every citation (claim), across sources, filterable by source, status and the kind of record it
    supports.

    Args:
        source (list[str] | Unset): Source slug. Several values mean any of them: comma-separated
            (`a,b`) or the parameter repeated; a value holding a comma is double-quoted (`"a, b",c`).
        status (list[str] | Unset): Status of the claim. One of: asserted, corroborated, disputed,
            misleading, unverifiable, opinion. Several values mean any of them: comma-separated
            (`a,b`) or the parameter repeated; a value holding a comma is double-quoted (`"a, b",c`).
        subject_type (list[str] | Unset): Kind of record the citation supports. One of: mission,
            contribution, lesson, lesson_mission, contributor, strength. Several values mean any of
            them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        shape (ListCitationsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListCitationsShape.OBJECT.
        format_ (ListCitationsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        facets (str | Unset): Comma-separated facets to count over every matching row: source,
            status, subject_type.
        facet_size (int | Unset): Values listed per facet, at most. Default: 10.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CitationReadPage | CitationReadPageSelection | list[CitationRead] | list[CitationReadSelection] | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            source=source,
            status=status,
            subject_type=subject_type,
            shape=shape,
            format_=format_,
            cursor=cursor,
            limit=limit,
            facets=facets,
            facet_size=facet_size,
            fields=fields,
        )
    ).parsed
