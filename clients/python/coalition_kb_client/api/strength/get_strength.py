from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.strength_detail import StrengthDetail
from ...models.strength_detail_selection import StrengthDetailSelection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    slug: str,
    *,
    include_disputed: bool | Unset = False,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_disputed"] = include_disputed

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/strengths/{slug}".format(
            slug=quote(str(slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | StrengthDetail | StrengthDetailSelection | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> StrengthDetail | StrengthDetailSelection:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = StrengthDetail.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = StrengthDetailSelection.from_dict(data)

            return response_200_type_1

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
) -> Response[Problem | StrengthDetail | StrengthDetailSelection]:
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
    include_disputed: bool | Unset = False,
    fields: str | Unset = UNSET,
) -> Response[Problem | StrengthDetail | StrengthDetailSelection]:
    """Get a strength observation

     One dated head count with its citations.

    Args:
        slug (str):
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StrengthDetail | StrengthDetailSelection]
    """

    kwargs = _get_kwargs(
        slug=slug,
        include_disputed=include_disputed,
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
    include_disputed: bool | Unset = False,
    fields: str | Unset = UNSET,
) -> Problem | StrengthDetail | StrengthDetailSelection | None:
    """Get a strength observation

     One dated head count with its citations.

    Args:
        slug (str):
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StrengthDetail | StrengthDetailSelection
    """

    return sync_detailed(
        slug=slug,
        client=client,
        include_disputed=include_disputed,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    include_disputed: bool | Unset = False,
    fields: str | Unset = UNSET,
) -> Response[Problem | StrengthDetail | StrengthDetailSelection]:
    """Get a strength observation

     One dated head count with its citations.

    Args:
        slug (str):
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StrengthDetail | StrengthDetailSelection]
    """

    kwargs = _get_kwargs(
        slug=slug,
        include_disputed=include_disputed,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    include_disputed: bool | Unset = False,
    fields: str | Unset = UNSET,
) -> Problem | StrengthDetail | StrengthDetailSelection | None:
    """Get a strength observation

     One dated head count with its citations.

    Args:
        slug (str):
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StrengthDetail | StrengthDetailSelection
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            include_disputed=include_disputed,
            fields=fields,
        )
    ).parsed
