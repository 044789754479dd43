from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_document import ExportDocument
from ...models.import_report import ImportReport
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ExportDocument,
    dry_run: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["dry_run"] = dry_run

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/import",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ImportReport | Problem | None:
    if response.status_code == 200:
        response_200 = ImportReport.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
) -> Response[ImportReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ExportDocument,
    dry_run: bool | Unset = False,
) -> Response[ImportReport | Problem]:
    """Import records

     Takes a document in the export format (editor key) and upserts every record and citation by natural
    key, all or nothing: the records it holds, laid over the stored ones, are validated as a whole
    before anything is written (every reference, quote and citation rule), and one problem means nothing
    is written. Nothing is deleted. `dry_run=true` reports what would be created and changed, and writes
    nothing.

    Args:
        dry_run (bool | Unset): Validate and report; write nothing. Default: False.
        body (ExportDocument): The whole knowledge base, records keyed by natural key and sorted
            by it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportReport | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        dry_run=dry_run,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ExportDocument,
    dry_run: bool | Unset = False,
) -> ImportReport | Problem | None:
    """Import records

     Takes a document in the export format (editor key) and upserts every record and citation by natural
    key, all or nothing: the records it holds, laid over the stored ones, are validated as a whole
    before anything is written (every reference, quote and citation rule), and one problem means nothing
    is written. Nothing is deleted. `dry_run=true` reports what would be created and changed, and writes
    nothing.

    Args:
        dry_run (bool | Unset): Validate and report; write nothing. Default: False.
        body (ExportDocument): The whole knowledge base, records keyed by natural key and sorted
            by it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportReport | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        dry_run=dry_run,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ExportDocument,
    dry_run: bool | Unset = False,
) -> Response[ImportReport | Problem]:
    """Import records

     Takes a document in the export format (editor key) and upserts every record and citation by natural
    key, all or nothing: the records it holds, laid over the stored ones, are validated as a whole
    before anything is written (every reference, quote and citation rule), and one problem means nothing
    is written. Nothing is deleted. `dry_run=true` reports what would be created and changed, and writes
    nothing.

    Args:
        dry_run (bool | Unset): Validate and report; write nothing. Default: False.
        body (ExportDocument): The whole knowledge base, records keyed by natural key and sorted
            by it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportReport | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        dry_run=dry_run,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ExportDocument,
    dry_run: bool | Unset = False,
) -> ImportReport | Problem | None:
    """Import records

     Takes a document in the export format (editor key) and upserts every record and citation by natural
    key, all or nothing: the records it holds, laid over the stored ones, are validated as a whole
    before anything is written (every reference, quote and citation rule), and one problem means nothing
    is written. Nothing is deleted. `dry_run=true` reports what would be created and changed, and writes
    nothing.

    Args:
        dry_run (bool | Unset): Validate and report; write nothing. Default: False.
        body (ExportDocument): The whole knowledge base, records keyed by natural key and sorted
            by it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportReport | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            dry_run=dry_run,
        )
    ).parsed
