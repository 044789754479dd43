from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.citation_read import CitationRead
from ...models.citation_read_selection import CitationReadSelection
from ...models.list_claims_format import ListClaimsFormat
from ...models.list_claims_shape import ListClaimsShape
from ...models.page_citation_read import PageCitationRead
from ...models.page_citation_read_selection import PageCitationReadSelection
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    slug: str,
    *,
    status: list[str] | Unset = UNSET,
    shape: ListClaimsShape | Unset = ListClaimsShape.OBJECT,
    format_: ListClaimsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

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

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sources/{slug}/claims".format(
            slug=quote(str(slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[CitationRead] | list[CitationReadSelection] | PageCitationRead | PageCitationReadSelection | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> list[CitationRead] | list[CitationReadSelection] | PageCitationRead | PageCitationReadSelection:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PageCitationRead.from_dict(data)

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
                response_200_type_2 = PageCitationReadSelection.from_dict(data)

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
) -> Response[
    Problem | list[CitationRead] | list[CitationReadSelection] | PageCitationRead | PageCitationReadSelection
]:
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
    status: list[str] | Unset = UNSET,
    shape: ListClaimsShape | Unset = ListClaimsShape.OBJECT,
    format_: ListClaimsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[
    Problem | list[CitationRead] | list[CitationReadSelection] | PageCitationRead | PageCitationReadSelection
]:
    """List a source's claims

     Every claim the knowledge base takes from this source, with its verdict (status) and, for a disputed
    or misleading one, the citation of the corrected fact.

    With `Accept: application/ld+json`, the source's **reviewed** claims (every status but `asserted`,
    or those named by `status`) as schema.org [ClaimReview](https://schema.org/ClaimReview) objects in
    one JSON-LD document (`@graph`, all of them: `limit` and `cursor` do not apply), for fact-check
    tools and search engines: `claimReviewed` (the quote), `itemReviewed` (a Claim with its `appearance`
    and `author`), `reviewRating` (`ratingValue` 1 disputed, 2 misleading, 3 unverifiable or opinion, 5
    corroborated; `alternateName` names the verdict), `url`.

    Args:
        slug (str):
        status (list[str] | Unset): Status of the claim. One of: asserted, corroborated, disputed,
            misleading, unverifiable, opinion. Several values mean any of them: comma-separated
            (`a,b`) or the parameter repeated; a value holding a comma is double-quoted (`"a, b",c`).
        shape (ListClaimsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListClaimsShape.OBJECT.
        format_ (ListClaimsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[CitationRead] | list[CitationReadSelection] | PageCitationRead | PageCitationReadSelection]
    """

    kwargs = _get_kwargs(
        slug=slug,
        status=status,
        shape=shape,
        format_=format_,
        cursor=cursor,
        limit=limit,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    status: list[str] | Unset = UNSET,
    shape: ListClaimsShape | Unset = ListClaimsShape.OBJECT,
    format_: ListClaimsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Problem | list[CitationRead] | list[CitationReadSelection] | PageCitationRead | PageCitationReadSelection | None:
    """List a source's claims

     Every claim the knowledge base takes from this source, with its verdict (status) and, for a disputed
    or misleading one, the citation of the corrected fact.

    With `Accept: application/ld+json`, the source's **reviewed** claims (every status but `asserted`,
    or those named by `status`) as schema.org [ClaimReview](https://schema.org/ClaimReview) objects in
    one JSON-LD document (`@graph`, all of them: `limit` and `cursor` do not apply), for fact-check
    tools and search engines: `claimReviewed` (the quote), `itemReviewed` (a Claim with its `appearance`
    and `author`), `reviewRating` (`ratingValue` 1 disputed, 2 misleading, 3 unverifiable or opinion, 5
    corroborated; `alternateName` names the verdict), `url`.

    Args:
        slug (str):
        status (list[str] | Unset): Status of the claim. One of: asserted, corroborated, disputed,
            misleading, unverifiable, opinion. Several values mean any of them: comma-separated
            (`a,b`) or the parameter repeated; a value holding a comma is double-quoted (`"a, b",c`).
        shape (ListClaimsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListClaimsShape.OBJECT.
        format_ (ListClaimsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[CitationRead] | list[CitationReadSelection] | PageCitationRead | PageCitationReadSelection
    """

    return sync_detailed(
        slug=slug,
        client=client,
        status=status,
        shape=shape,
        format_=format_,
        cursor=cursor,
        limit=limit,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    status: list[str] | Unset = UNSET,
    shape: ListClaimsShape | Unset = ListClaimsShape.OBJECT,
    format_: ListClaimsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[
    Problem | list[CitationRead] | list[CitationReadSelection] | PageCitationRead | PageCitationReadSelection
]:
    """List a source's claims

     Every claim the knowledge base takes from this source, with its verdict (status) and, for a disputed
    or misleading one, the citation of the corrected fact.

    With `Accept: application/ld+json`, the source's **reviewed** claims (every status but `asserted`,
    or those named by `status`) as schema.org [ClaimReview](https://schema.org/ClaimReview) objects in
    one JSON-LD document (`@graph`, all of them: `limit` and `cursor` do not apply), for fact-check
    tools and search engines: `claimReviewed` (the quote), `itemReviewed` (a Claim with its `appearance`
    and `author`), `reviewRating` (`ratingValue` 1 disputed, 2 misleading, 3 unverifiable or opinion, 5
    corroborated; `alternateName` names the verdict), `url`.

    Args:
        slug (str):
        status (list[str] | Unset): Status of the claim. One of: asserted, corroborated, disputed,
            misleading, unverifiable, opinion. Several values mean any of them: comma-separated
            (`a,b`) or the parameter repeated; a value holding a comma is double-quoted (`"a, b",c`).
        shape (ListClaimsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListClaimsShape.OBJECT.
        format_ (ListClaimsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[CitationRead] | list[CitationReadSelection] | PageCitationRead | PageCitationReadSelection]
    """

    kwargs = _get_kwargs(
        slug=slug,
        status=status,
        shape=shape,
        format_=format_,
        cursor=cursor,
        limit=limit,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    status: list[str] | Unset = UNSET,
    shape: ListClaimsShape | Unset = ListClaimsShape.OBJECT,
    format_: ListClaimsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Problem | list[CitationRead] | list[CitationReadSelection] | PageCitationRead | PageCitationReadSelection | None:
    """List a source's claims

     Every claim the knowledge base takes from this source, with its verdict (status) and, for a disputed
    or misleading one, the citation of the corrected fact.

    With `Accept: application/ld+json`, the source's **reviewed** claims (every status but `asserted`,
    or those named by `status`) as schema.org [ClaimReview](https://schema.org/ClaimReview) objects in
    one JSON-LD document (`@graph`, all of them: `limit` and `cursor` do not apply), for fact-check
    tools and search engines: `claimReviewed` (the quote), `itemReviewed` (a Claim with its `appearance`
    and `author`), `reviewRating` (`ratingValue` 1 disputed, 2 misleading, 3 unverifiable or opinion, 5
    corroborated; `alternateName` names the verdict), `url`.

    Args:
        slug (str):
        status (list[str] | Unset): Status of the claim. One of: asserted, corroborated, disputed,
            misleading, unverifiable, opinion. Several values mean any of them: comma-separated
            (`a,b`) or the parameter repeated; a value holding a comma is double-quoted (`"a, b",c`).
        shape (ListClaimsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListClaimsShape.OBJECT.
        format_ (ListClaimsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[CitationRead] | list[CitationReadSelection] | PageCitationRead | PageCitationReadSelection
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            status=status,
            shape=shape,
            format_=format_,
            cursor=cursor,
            limit=limit,
            fields=fields,
        )
    ).parsed
