import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_strengths_format import ListStrengthsFormat
from ...models.list_strengths_shape import ListStrengthsShape
from ...models.problem import Problem
from ...models.strength_read import StrengthRead
from ...models.strength_read_page import StrengthReadPage
from ...models.strength_read_page_selection import StrengthReadPageSelection
from ...models.strength_read_selection import StrengthReadSelection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    mission: list[str] | Unset = UNSET,
    contributor: list[str] | Unset = UNSET,
    tally: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    shape: ListStrengthsShape | Unset = ListStrengthsShape.OBJECT,
    format_: ListStrengthsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = "date",
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_mission: list[str] | Unset = UNSET
    if not isinstance(mission, Unset):
        json_mission = mission

    params["mission"] = json_mission

    json_contributor: list[str] | Unset = UNSET
    if not isinstance(contributor, Unset):
        json_contributor = contributor

    params["contributor"] = json_contributor

    json_tally: list[str] | Unset = UNSET
    if not isinstance(tally, Unset):
        json_tally = tally

    params["tally"] = json_tally

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["include_disputed"] = include_disputed

    json_shape: str | Unset = UNSET
    if not isinstance(shape, Unset):
        json_shape = shape.value

    params["shape"] = json_shape

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["cursor"] = cursor

    params["sort"] = sort

    params["limit"] = limit

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/strengths",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[StrengthRead] | list[StrengthReadSelection] | StrengthReadPage | StrengthReadPageSelection | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> list[StrengthRead] | list[StrengthReadSelection] | StrengthReadPage | StrengthReadPageSelection:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = StrengthReadPage.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_1 = []
                _response_200_type_1 = data
                for response_200_type_1_item_data in _response_200_type_1:
                    response_200_type_1_item = StrengthRead.from_dict(response_200_type_1_item_data)

                    response_200_type_1.append(response_200_type_1_item)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_2 = StrengthReadPageSelection.from_dict(data)

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_3 = []
            _response_200_type_3 = data
            for response_200_type_3_item_data in _response_200_type_3:
                response_200_type_3_item = StrengthReadSelection.from_dict(response_200_type_3_item_data)

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
    Problem | list[StrengthRead] | list[StrengthReadSelection] | StrengthReadPage | StrengthReadPageSelection
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
    mission: list[str] | Unset = UNSET,
    contributor: list[str] | Unset = UNSET,
    tally: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    shape: ListStrengthsShape | Unset = ListStrengthsShape.OBJECT,
    format_: ListStrengthsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = "date",
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[
    Problem | list[StrengthRead] | list[StrengthReadSelection] | StrengthReadPage | StrengthReadPageSelection
]:
    """List strength observations

     Dated head counts: how many personnel a contributor had in a mission on a day (or in a month or
    year: `date_precision`), by whose count (`tally`), each cited. `contributor` null: a mission-wide
    total. For a chart, `/missions/{slug}/strength`.

    Args:
        mission (list[str] | Unset): Mission slug. Several values mean any of them: comma-
            separated (`a,b`) or the parameter repeated; a value holding a comma is double-quoted
            (`"a, b",c`).
        contributor (list[str] | Unset): Nation ISO code or organization slug (any case). Several
            values mean any of them: comma-separated (`a,b`) or the parameter repeated; a value
            holding a comma is double-quoted (`"a, b",c`).
        tally (list[str] | Unset): Whose count it is: `official` (a government's or NATO's own),
            `wire` (a wire service's tally, e.g. Reuters, AP, AFP), `press` (a newspaper's),
            `reference` (an encyclopedia). One of: official, wire, press, reference. Several values
            mean any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a
            comma is double-quoted (`"a, b",c`).
        status (list[str] | Unset): Status of the record (derived from its citations' verdicts);
            naming a status lists its records even when they are hidden by default, without
            `include_disputed`. One of: asserted, corroborated, disputed, misleading, unverifiable,
            opinion. Several values mean any of them: comma-separated (`a,b`) or the parameter
            repeated; a value holding a comma is double-quoted (`"a, b",c`).
        from_ (datetime.date | Unset): On or after this day.
        to (datetime.date | Unset): On or before this day.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        shape (ListStrengthsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListStrengthsShape.OBJECT.
        format_ (ListStrengthsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        sort (str | Unset): Comma-separated keys to sort by, each ascending or with `-`
            descending; later keys break ties of earlier ones, then the id. Keys: slug, date,
            personnel. Default: 'date'.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[StrengthRead] | list[StrengthReadSelection] | StrengthReadPage | StrengthReadPageSelection]
    """

    kwargs = _get_kwargs(
        mission=mission,
        contributor=contributor,
        tally=tally,
        status=status,
        from_=from_,
        to=to,
        include_disputed=include_disputed,
        shape=shape,
        format_=format_,
        cursor=cursor,
        sort=sort,
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
    mission: list[str] | Unset = UNSET,
    contributor: list[str] | Unset = UNSET,
    tally: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    shape: ListStrengthsShape | Unset = ListStrengthsShape.OBJECT,
    format_: ListStrengthsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = "date",
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Problem | list[StrengthRead] | list[StrengthReadSelection] | StrengthReadPage | StrengthReadPageSelection | None:
    """List strength observations

     Dated head counts: how many personnel a contributor had in a mission on a day (or in a month or
    year: `date_precision`), by whose count (`tally`), each cited. `contributor` null: a mission-wide
    total. For a chart, `/missions/{slug}/strength`.

    Args:
        mission (list[str] | Unset): Mission slug. Several values mean any of them: comma-
            separated (`a,b`) or the parameter repeated; a value holding a comma is double-quoted
            (`"a, b",c`).
        contributor (list[str] | Unset): Nation ISO code or organization slug (any case). Several
            values mean any of them: comma-separated (`a,b`) or the parameter repeated; a value
            holding a comma is double-quoted (`"a, b",c`).
        tally (list[str] | Unset): Whose count it is: `official` (a government's or NATO's own),
            `wire` (a wire service's tally, e.g. Reuters, AP, AFP), `press` (a newspaper's),
            `reference` (an encyclopedia). One of: official, wire, press, reference. Several values
            mean any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a
            comma is double-quoted (`"a, b",c`).
        status (list[str] | Unset): Status of the record (derived from its citations' verdicts);
            naming a status lists its records even when they are hidden by default, without
            `include_disputed`. One of: asserted, corroborated, disputed, misleading, unverifiable,
            opinion. Several values mean any of them: comma-separated (`a,b`) or the parameter
            repeated; a value holding a comma is double-quoted (`"a, b",c`).
        from_ (datetime.date | Unset): On or after this day.
        to (datetime.date | Unset): On or before this day.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        shape (ListStrengthsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListStrengthsShape.OBJECT.
        format_ (ListStrengthsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        sort (str | Unset): Comma-separated keys to sort by, each ascending or with `-`
            descending; later keys break ties of earlier ones, then the id. Keys: slug, date,
            personnel. Default: 'date'.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[StrengthRead] | list[StrengthReadSelection] | StrengthReadPage | StrengthReadPageSelection
    """

    return sync_detailed(
        client=client,
        mission=mission,
        contributor=contributor,
        tally=tally,
        status=status,
        from_=from_,
        to=to,
        include_disputed=include_disputed,
        shape=shape,
        format_=format_,
        cursor=cursor,
        sort=sort,
        limit=limit,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    mission: list[str] | Unset = UNSET,
    contributor: list[str] | Unset = UNSET,
    tally: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    shape: ListStrengthsShape | Unset = ListStrengthsShape.OBJECT,
    format_: ListStrengthsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = "date",
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[
    Problem | list[StrengthRead] | list[StrengthReadSelection] | StrengthReadPage | StrengthReadPageSelection
]:
    """List strength observations

     Dated head counts: how many personnel a contributor had in a mission on a day (or in a month or
    year: `date_precision`), by whose count (`tally`), each cited. `contributor` null: a mission-wide
    total. For a chart, `/missions/{slug}/strength`.

    Args:
        mission (list[str] | Unset): Mission slug. Several values mean any of them: comma-
            separated (`a,b`) or the parameter repeated; a value holding a comma is double-quoted
            (`"a, b",c`).
        contributor (list[str] | Unset): Nation ISO code or organization slug (any case). Several
            values mean any of them: comma-separated (`a,b`) or the parameter repeated; a value
            holding a comma is double-quoted (`"a, b",c`).
        tally (list[str] | Unset): Whose count it is: `official` (a government's or NATO's own),
            `wire` (a wire service's tally, e.g. Reuters, AP, AFP), `press` (a newspaper's),
            `reference` (an encyclopedia). One of: official, wire, press, reference. Several values
            mean any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a
            comma is double-quoted (`"a, b",c`).
        status (list[str] | Unset): Status of the record (derived from its citations' verdicts);
            naming a status lists its records even when they are hidden by default, without
            `include_disputed`. One of: asserted, corroborated, disputed, misleading, unverifiable,
            opinion. Several values mean any of them: comma-separated (`a,b`) or the parameter
            repeated; a value holding a comma is double-quoted (`"a, b",c`).
        from_ (datetime.date | Unset): On or after this day.
        to (datetime.date | Unset): On or before this day.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        shape (ListStrengthsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListStrengthsShape.OBJECT.
        format_ (ListStrengthsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        sort (str | Unset): Comma-separated keys to sort by, each ascending or with `-`
            descending; later keys break ties of earlier ones, then the id. Keys: slug, date,
            personnel. Default: 'date'.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[StrengthRead] | list[StrengthReadSelection] | StrengthReadPage | StrengthReadPageSelection]
    """

    kwargs = _get_kwargs(
        mission=mission,
        contributor=contributor,
        tally=tally,
        status=status,
        from_=from_,
        to=to,
        include_disputed=include_disputed,
        shape=shape,
        format_=format_,
        cursor=cursor,
        sort=sort,
        limit=limit,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    mission: list[str] | Unset = UNSET,
    contributor: list[str] | Unset = UNSET,
    tally: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    include_disputed: bool | Unset = False,
    shape: ListStrengthsShape | Unset = ListStrengthsShape.OBJECT,
    format_: ListStrengthsFormat | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = "date",
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Problem | list[StrengthRead] | list[StrengthReadSelection] | StrengthReadPage | StrengthReadPageSelection | None:
    """List strength observations

     Dated head counts: how many personnel a contributor had in a mission on a day (or in a month or
    year: `date_precision`), by whose count (`tally`), each cited. `contributor` null: a mission-wide
    total. For a chart, `/missions/{slug}/strength`.

    Args:
        mission (list[str] | Unset): Mission slug. Several values mean any of them: comma-
            separated (`a,b`) or the parameter repeated; a value holding a comma is double-quoted
            (`"a, b",c`).
        contributor (list[str] | Unset): Nation ISO code or organization slug (any case). Several
            values mean any of them: comma-separated (`a,b`) or the parameter repeated; a value
            holding a comma is double-quoted (`"a, b",c`).
        tally (list[str] | Unset): Whose count it is: `official` (a government's or NATO's own),
            `wire` (a wire service's tally, e.g. Reuters, AP, AFP), `press` (a newspaper's),
            `reference` (an encyclopedia). One of: official, wire, press, reference. Several values
            mean any of them: comma-separated (`a,b`) or the parameter repeated; a value holding a
            comma is double-quoted (`"a, b",c`).
        status (list[str] | Unset): Status of the record (derived from its citations' verdicts);
            naming a status lists its records even when they are hidden by default, without
            `include_disputed`. One of: asserted, corroborated, disputed, misleading, unverifiable,
            opinion. Several values mean any of them: comma-separated (`a,b`) or the parameter
            repeated; a value holding a comma is double-quoted (`"a, b",c`).
        from_ (datetime.date | Unset): On or after this day.
        to (datetime.date | Unset): On or before this day.
        include_disputed (bool | Unset): Also list records hidden by default: those standing only
            on disputed, misleading or unverifiable claims (missions and contributions: or on
            opinion). See docs/data.md. Default: False.
        shape (ListStrengthsShape | Unset): `object` (default): the answer with its envelope
            (`items`, `total`, `next_cursor`...). `array`: the items alone as a bare JSON array, the
            next page's URL in the `Link` header (`rel="next"`) and the total in `X-Total-Count` (for
            Superset, Grafana Infinity). No effect on CSV and NDJSON, whose rows are bare already.
            Default: ListStrengthsShape.OBJECT.
        format_ (ListStrengthsFormat | Unset): Response format: json (default), csv or ndjson.
            Overrides the `Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or
            `cursor`, csv and ndjson stream every matching row rather than one page.
        cursor (str | Unset): Opaque cursor from a previous page's `next_cursor`.
        sort (str | Unset): Comma-separated keys to sort by, each ascending or with `-`
            descending; later keys break ties of earlier ones, then the id. Keys: slug, date,
            personnel. Default: 'date'.
        limit (int | Unset): Rows per page (default 50, maximum 1000).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[StrengthRead] | list[StrengthReadSelection] | StrengthReadPage | StrengthReadPageSelection
    """

    return (
        await asyncio_detailed(
            client=client,
            mission=mission,
            contributor=contributor,
            tally=tally,
            status=status,
            from_=from_,
            to=to,
            include_disputed=include_disputed,
            shape=shape,
            format_=format_,
            cursor=cursor,
            sort=sort,
            limit=limit,
            fields=fields,
        )
    ).parsed
