from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contributor_detail import ContributorDetail
from ...models.contributor_detail_selection import ContributorDetailSelection
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    iso3: str,
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
        "url": "/api/v1/partner-nations/{iso3}".format(
            iso3=quote(str(iso3), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContributorDetail | ContributorDetailSelection | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ContributorDetail | ContributorDetailSelection:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ContributorDetail.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ContributorDetailSelection.from_dict(data)

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
) -> Response[ContributorDetail | ContributorDetailSelection | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    iso3: str,
    *,
    client: AuthenticatedClient | Client,
    include_disputed: bool | Unset = False,
    fields: str | Unset = UNSET,
) -> Response[ContributorDetail | ContributorDetailSelection | Problem]:
    """Get a partner nation

     One nation, its contributions per mission and its citations.

    Args:
        iso3 (str):
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContributorDetail | ContributorDetailSelection | Problem]
    """

    kwargs = _get_kwargs(
        iso3=iso3,
        include_disputed=include_disputed,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    iso3: str,
    *,
    client: AuthenticatedClient | Client,
    include_disputed: bool | Unset = False,
    fields: str | Unset = UNSET,
) -> ContributorDetail | ContributorDetailSelection | Problem | None:
    """Get a partner nation

     One nation, its contributions per mission and its citations.

    Args:
        iso3 (str):
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContributorDetail | ContributorDetailSelection | Problem
    """

    return sync_detailed(
        iso3=iso3,
        client=client,
        include_disputed=include_disputed,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    iso3: str,
    *,
    client: AuthenticatedClient | Client,
    include_disputed: bool | Unset = False,
    fields: str | Unset = UNSET,
) -> Response[ContributorDetail | ContributorDetailSelection | Problem]:
    """Get a partner nation

     One nation, its contributions per mission and its citations.

    Args:
        iso3 (str):
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContributorDetail | ContributorDetailSelection | Problem]
    """

    kwargs = _get_kwargs(
        iso3=iso3,
        include_disputed=include_disputed,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    iso3: str,
    *,
    client: AuthenticatedClient | Client,
    include_disputed: bool | Unset = False,
    fields: str | Unset = UNSET,
) -> ContributorDetail | ContributorDetailSelection | Problem | None:
    """Get a partner nation

     One nation, its contributions per mission and its citations.

    Args:
        iso3 (str):
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContributorDetail | ContributorDetailSelection | Problem
    """

    return (
        await asyncio_detailed(
            iso3=iso3,
            client=client,
            include_disputed=include_disputed,
            fields=fields,
        )
    ).parsed
