from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contribution_type_detail import ContributionTypeDetail
from ...models.contribution_type_detail_selection import ContributionTypeDetailSelection
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    slug: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/contribution-types/{slug}".format(
            slug=quote(str(slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContributionTypeDetail | ContributionTypeDetailSelection | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ContributionTypeDetail | ContributionTypeDetailSelection:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ContributionTypeDetail.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ContributionTypeDetailSelection.from_dict(data)

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
) -> Response[ContributionTypeDetail | ContributionTypeDetailSelection | Problem]:
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
    fields: str | Unset = UNSET,
) -> Response[ContributionTypeDetail | ContributionTypeDetailSelection | Problem]:
    """Get a contribution type

     One type, its sub-types and how many contributions it covers.

    Args:
        slug (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContributionTypeDetail | ContributionTypeDetailSelection | Problem]
    """

    kwargs = _get_kwargs(
        slug=slug,
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
    fields: str | Unset = UNSET,
) -> ContributionTypeDetail | ContributionTypeDetailSelection | Problem | None:
    """Get a contribution type

     One type, its sub-types and how many contributions it covers.

    Args:
        slug (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContributionTypeDetail | ContributionTypeDetailSelection | Problem
    """

    return sync_detailed(
        slug=slug,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[ContributionTypeDetail | ContributionTypeDetailSelection | Problem]:
    """Get a contribution type

     One type, its sub-types and how many contributions it covers.

    Args:
        slug (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContributionTypeDetail | ContributionTypeDetailSelection | Problem]
    """

    kwargs = _get_kwargs(
        slug=slug,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> ContributionTypeDetail | ContributionTypeDetailSelection | Problem | None:
    """Get a contribution type

     One type, its sub-types and how many contributions it covers.

    Args:
        slug (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContributionTypeDetail | ContributionTypeDetailSelection | Problem
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            fields=fields,
        )
    ).parsed
