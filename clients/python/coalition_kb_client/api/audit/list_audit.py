import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_read_page import AuditReadPage
from ...models.audit_read_page_selection import AuditReadPageSelection
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    resource: list[str] | Unset = UNSET,
    key: list[str] | Unset = UNSET,
    actor: list[str] | Unset = UNSET,
    action: list[str] | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_resource: list[str] | Unset = UNSET
    if not isinstance(resource, Unset):
        json_resource = resource

    params["resource"] = json_resource

    json_key: list[str] | Unset = UNSET
    if not isinstance(key, Unset):
        json_key = key

    params["key"] = json_key

    json_actor: list[str] | Unset = UNSET
    if not isinstance(actor, Unset):
        json_actor = actor

    params["actor"] = json_actor

    json_action: list[str] | Unset = UNSET
    if not isinstance(action, Unset):
        json_action = action

    params["action"] = json_action

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    json_until: str | Unset = UNSET
    if not isinstance(until, Unset):
        json_until = until.isoformat()
    params["until"] = json_until

    params["cursor"] = cursor

    params["limit"] = limit

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/audit",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditReadPage | AuditReadPageSelection | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> AuditReadPage | AuditReadPageSelection:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = AuditReadPage.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = AuditReadPageSelection.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[AuditReadPage | AuditReadPageSelection | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    resource: list[str] | Unset = UNSET,
    key: list[str] | Unset = UNSET,
    actor: list[str] | Unset = UNSET,
    action: list[str] | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[AuditReadPage | AuditReadPageSelection | Problem]:
    """Read the audit log

     Every accepted write, newest first: who (key name), when, what, and the record before and after
    (admin key). Filter by resource, record key, actor, action and time (`since` inclusive, `until`
    exclusive); `fields=at,actor,action,record_key` leaves the records out.

    Args:
        resource (list[str] | Unset): Kind of record changed. One of: sources, organizations,
            partner-nations, contribution-types, missions, contributions, strengths, lessons,
            citations, keys. Several values mean any of them: comma-separated (`a,b`) or the parameter
            repeated; a value holding a comma is double-quoted (`"a, b",c`).
        key (list[str] | Unset): Key of the record changed. Several values mean any of them:
            comma-separated (`a,b`) or the parameter repeated; a value holding a comma is double-
            quoted (`"a, b",c`).
        actor (list[str] | Unset): Name of the API key that made the change. Several values mean
            any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        action (list[str] | Unset): What was done. One of: create, replace, update, delete,
            import, revoke. Several values mean any of them: comma-separated (`a,b`) or the parameter
            repeated; a value holding a comma is double-quoted (`"a, b",c`).
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditReadPage | AuditReadPageSelection | Problem]
    """

    kwargs = _get_kwargs(
        resource=resource,
        key=key,
        actor=actor,
        action=action,
        since=since,
        until=until,
        cursor=cursor,
        limit=limit,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    resource: list[str] | Unset = UNSET,
    key: list[str] | Unset = UNSET,
    actor: list[str] | Unset = UNSET,
    action: list[str] | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> AuditReadPage | AuditReadPageSelection | Problem | None:
    """Read the audit log

     Every accepted write, newest first: who (key name), when, what, and the record before and after
    (admin key). Filter by resource, record key, actor, action and time (`since` inclusive, `until`
    exclusive); `fields=at,actor,action,record_key` leaves the records out.

    Args:
        resource (list[str] | Unset): Kind of record changed. One of: sources, organizations,
            partner-nations, contribution-types, missions, contributions, strengths, lessons,
            citations, keys. Several values mean any of them: comma-separated (`a,b`) or the parameter
            repeated; a value holding a comma is double-quoted (`"a, b",c`).
        key (list[str] | Unset): Key of the record changed. Several values mean any of them:
            comma-separated (`a,b`) or the parameter repeated; a value holding a comma is double-
            quoted (`"a, b",c`).
        actor (list[str] | Unset): Name of the API key that made the change. Several values mean
            any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        action (list[str] | Unset): What was done. One of: create, replace, update, delete,
            import, revoke. Several values mean any of them: comma-separated (`a,b`) or the parameter
            repeated; a value holding a comma is double-quoted (`"a, b",c`).
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditReadPage | AuditReadPageSelection | Problem
    """

    return sync_detailed(
        client=client,
        resource=resource,
        key=key,
        actor=actor,
        action=action,
        since=since,
        until=until,
        cursor=cursor,
        limit=limit,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    resource: list[str] | Unset = UNSET,
    key: list[str] | Unset = UNSET,
    actor: list[str] | Unset = UNSET,
    action: list[str] | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[AuditReadPage | AuditReadPageSelection | Problem]:
    """Read the audit log

     Every accepted write, newest first: who (key name), when, what, and the record before and after
    (admin key). Filter by resource, record key, actor, action and time (`since` inclusive, `until`
    exclusive); `fields=at,actor,action,record_key` leaves the records out.

    Args:
        resource (list[str] | Unset): Kind of record changed. One of: sources, organizations,
            partner-nations, contribution-types, missions, contributions, strengths, lessons,
            citations, keys. Several values mean any of them: comma-separated (`a,b`) or the parameter
            repeated; a value holding a comma is double-quoted (`"a, b",c`).
        key (list[str] | Unset): Key of the record changed. Several values mean any of them:
            comma-separated (`a,b`) or the parameter repeated; a value holding a comma is double-
            quoted (`"a, b",c`).
        actor (list[str] | Unset): Name of the API key that made the change. Several values mean
            any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        action (list[str] | Unset): What was done. One of: create, replace, update, delete,
            import, revoke. Several values mean any of them: comma-separated (`a,b`) or the parameter
            repeated; a value holding a comma is double-quoted (`"a, b",c`).
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditReadPage | AuditReadPageSelection | Problem]
    """

    kwargs = _get_kwargs(
        resource=resource,
        key=key,
        actor=actor,
        action=action,
        since=since,
        until=until,
        cursor=cursor,
        limit=limit,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    resource: list[str] | Unset = UNSET,
    key: list[str] | Unset = UNSET,
    actor: list[str] | Unset = UNSET,
    action: list[str] | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> AuditReadPage | AuditReadPageSelection | Problem | None:
    """Read the audit log

     Every accepted write, newest first: who (key name), when, what, and the record before and after
    (admin key). Filter by resource, record key, actor, action and time (`since` inclusive, `until`
    exclusive); `fields=at,actor,action,record_key` leaves the records out.

    Args:
        resource (list[str] | Unset): Kind of record changed. One of: sources, organizations,
            partner-nations, contribution-types, missions, contributions, strengths, lessons,
            citations, keys. Several values mean any of them: comma-separated (`a,b`) or the parameter
            repeated; a value holding a comma is double-quoted (`"a, b",c`).
        key (list[str] | Unset): Key of the record changed. Several values mean any of them:
            comma-separated (`a,b`) or the parameter repeated; a value holding a comma is double-
            quoted (`"a, b",c`).
        actor (list[str] | Unset): Name of the API key that made the change. Several values mean
            any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a comma is
            double-quoted (`"a, b",c`).
        action (list[str] | Unset): What was done. One of: create, replace, update, delete,
            import, revoke. Several values mean any of them: comma-separated (`a,b`) or the parameter
            repeated; a value holding a comma is double-quoted (`"a, b",c`).
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditReadPage | AuditReadPageSelection | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            resource=resource,
            key=key,
            actor=actor,
            action=action,
            since=since,
            until=until,
            cursor=cursor,
            limit=limit,
            fields=fields,
        )
    ).parsed
