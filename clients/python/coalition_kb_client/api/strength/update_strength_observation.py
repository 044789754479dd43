from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.strength_detail import StrengthDetail
from ...models.strength_update import StrengthUpdate
from ...types import Response


def _get_kwargs(
    slug: str,
    *,
    body: StrengthUpdate,
    if_match: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/strengths/{slug}".format(
            slug=quote(str(slug), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | StrengthDetail | None:
    if response.status_code == 200:
        response_200 = StrengthDetail.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

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
) -> Response[Problem | StrengthDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: StrengthUpdate,
    if_match: str,
) -> Response[Problem | StrengthDetail]:
    """Update a strength observation

     Changes the fields given (editor key; `If-Match` required); `null` clears an optional field.

    Args:
        slug (str):
        if_match (str): The ETag from your last GET of this record (`"3.41"`, or `"3"`): the write
            is refused with 412 if the record changed since. Required.
        body (StrengthUpdate): PATCH: any of StrengthFields's fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StrengthDetail]
    """

    kwargs = _get_kwargs(
        slug=slug,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: StrengthUpdate,
    if_match: str,
) -> Problem | StrengthDetail | None:
    """Update a strength observation

     Changes the fields given (editor key; `If-Match` required); `null` clears an optional field.

    Args:
        slug (str):
        if_match (str): The ETag from your last GET of this record (`"3.41"`, or `"3"`): the write
            is refused with 412 if the record changed since. Required.
        body (StrengthUpdate): PATCH: any of StrengthFields's fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StrengthDetail
    """

    return sync_detailed(
        slug=slug,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: StrengthUpdate,
    if_match: str,
) -> Response[Problem | StrengthDetail]:
    """Update a strength observation

     Changes the fields given (editor key; `If-Match` required); `null` clears an optional field.

    Args:
        slug (str):
        if_match (str): The ETag from your last GET of this record (`"3.41"`, or `"3"`): the write
            is refused with 412 if the record changed since. Required.
        body (StrengthUpdate): PATCH: any of StrengthFields's fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StrengthDetail]
    """

    kwargs = _get_kwargs(
        slug=slug,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: StrengthUpdate,
    if_match: str,
) -> Problem | StrengthDetail | None:
    """Update a strength observation

     Changes the fields given (editor key; `If-Match` required); `null` clears an optional field.

    Args:
        slug (str):
        if_match (str): The ETag from your last GET of this record (`"3.41"`, or `"3"`): the write
            is refused with 412 if the record changed since. Required.
        body (StrengthUpdate): PATCH: any of StrengthFields's fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StrengthDetail
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
