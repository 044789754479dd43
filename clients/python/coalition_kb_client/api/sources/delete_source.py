from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    slug: str,
    *,
    cascade: bool | Unset = False,
    if_match: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    params: dict[str, Any] = {}

    params["cascade"] = cascade

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/sources/{slug}".format(
            slug=quote(str(slug), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
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
    cascade: bool | Unset = False,
    if_match: str,
) -> Response[Any | Problem]:
    """Delete a source

     Deletes the source and its citations (editor key; `If-Match` required). 409 names the records that
    reference it. No cascade: a source still cited cannot be deleted; its citations are the evidence of
    other records, so re-cite or delete them first.

    Args:
        slug (str):
        cascade (bool | Unset): Also delete what depends on it: No cascade: a source still cited
            cannot be deleted; its citations are the evidence of other records, so re-cite or delete
            them first. Default: False.
        if_match (str): The ETag from your last GET of this record (`"3.41"`, or `"3"`): the write
            is refused with 412 if the record changed since. Required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        slug=slug,
        cascade=cascade,
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
    cascade: bool | Unset = False,
    if_match: str,
) -> Any | Problem | None:
    """Delete a source

     Deletes the source and its citations (editor key; `If-Match` required). 409 names the records that
    reference it. No cascade: a source still cited cannot be deleted; its citations are the evidence of
    other records, so re-cite or delete them first.

    Args:
        slug (str):
        cascade (bool | Unset): Also delete what depends on it: No cascade: a source still cited
            cannot be deleted; its citations are the evidence of other records, so re-cite or delete
            them first. Default: False.
        if_match (str): The ETag from your last GET of this record (`"3.41"`, or `"3"`): the write
            is refused with 412 if the record changed since. Required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        slug=slug,
        client=client,
        cascade=cascade,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
    cascade: bool | Unset = False,
    if_match: str,
) -> Response[Any | Problem]:
    """Delete a source

     Deletes the source and its citations (editor key; `If-Match` required). 409 names the records that
    reference it. No cascade: a source still cited cannot be deleted; its citations are the evidence of
    other records, so re-cite or delete them first.

    Args:
        slug (str):
        cascade (bool | Unset): Also delete what depends on it: No cascade: a source still cited
            cannot be deleted; its citations are the evidence of other records, so re-cite or delete
            them first. Default: False.
        if_match (str): The ETag from your last GET of this record (`"3.41"`, or `"3"`): the write
            is refused with 412 if the record changed since. Required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        slug=slug,
        cascade=cascade,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient,
    cascade: bool | Unset = False,
    if_match: str,
) -> Any | Problem | None:
    """Delete a source

     Deletes the source and its citations (editor key; `If-Match` required). 409 names the records that
    reference it. No cascade: a source still cited cannot be deleted; its citations are the evidence of
    other records, so re-cite or delete them first.

    Args:
        slug (str):
        cascade (bool | Unset): Also delete what depends on it: No cascade: a source still cited
            cannot be deleted; its citations are the evidence of other records, so re-cite or delete
            them first. Default: False.
        if_match (str): The ETag from your last GET of this record (`"3.41"`, or `"3"`): the write
            is refused with 412 if the record changed since. Required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            cascade=cascade,
            if_match=if_match,
        )
    ).parsed
