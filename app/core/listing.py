"""What every list route shares beyond its filters: the response format, facets, and streaming.

A list route takes one `Listing` dependency, made by `list_output(item, sorts, default,
facets)`, which reads and checks `format`, `shape`, `fields`, `sort`, `limit` and `cursor`
(and `facets`) before the route runs; the route builds its filtered statement and ends with
`return listing.paginate(stmt, id_column=...)`. In JSON it returns the page (with `facets`
when asked for); in CSV or NDJSON it returns a streamed response: the page asked for when
`limit` or `cursor` is given, otherwise every matching row, read in keyset batches so memory
stays flat at any size.
"""

from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query, Request, Response
from pydantic import BaseModel, Field
from pydantic_core import to_json
from sqlalchemy import Integer, Select, cast, extract, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.core.db import get_sessionmaker
from app.core.fields import Fields, fields_param
from app.core.formats import Format, format_param, tabular_response
from app.core.pagination import (
    NOT_OURS,
    CursorParam,
    Order,
    Page,
    SortKey,
    TotalRelation,
    after,
    bad_cursor,
    bounded_count,
    fingerprint,
    limit_param,
    order_clauses,
    pack_cursor,
    paginate,
    parse_sort,
    row_values,
    set_total,
    sort_names,
    unpack_cursor,
)
from app.core.params import SessionDep, choices_pattern, choices_schema, split_choices
from app.core.shapes import Shape, ShapeParam, bare_array, carried_headers, json_response

T = TypeVar("T")
A = TypeVar("A")
STREAM_BATCH = 500
FACET_SIZE_DEFAULT = 10
FACET_SIZE_MAX = 100
# Deeper than this, an offset-paged result (search, timeline) asks for narrower filters.
MAX_OFFSET = 10_000
SORT_MAX_LENGTH = 200

ToItems = Callable[[Session, Sequence[Any]], Sequence[Any]]


class FacetValue(BaseModel):
    value: str | int | None = Field(description="What to pass to the filter; null: not known.")
    label: str | None = Field(description="Human-readable name of the value.")
    count: int = Field(description="Matching rows with this value (all pages).")


class Facet(BaseModel):
    values: list[FacetValue] = Field(description="Most frequent first, at most `facet_size`.")
    truncated: bool = Field(description="True when more values exist than were listed.")


class FacetedPage(Page[T], Generic[T]):
    facets: dict[str, Facet] | None = Field(
        default=None,
        description="Counts per value over every matching row, for each name in `?facets=`; "
        "null when none was asked for.",
    )


@dataclass(frozen=True)
class FacetDim:
    """One facet: given the ids of the filtered rows, a `(value, label, count)` GROUP BY."""

    name: str
    query: Callable[[Select[Any]], Select[Any, Any, Any]]


def streams_everything(fmt: str, request: Request) -> bool:
    """CSV or NDJSON without `limit` or `cursor` streams every matching row, not one page (the
    rule of every list, keyset or offset)."""
    params = request.query_params
    return fmt != "json" and "limit" not in params and "cursor" not in params


@dataclass(frozen=True)
class Paging:
    """What a keyset list reads of its query beyond the filters: the order and the page."""

    sorts: dict[str, SortKey]
    sort: str
    limit: int
    cursor: str | None


def paging_param(
    sorts: dict[str, SortKey], default: str, *, sortable: bool = True
) -> Callable[..., Awaitable[Paging]]:
    """The dependency reading `limit`, `cursor` and (when `sortable`) `sort`: one or more of
    the keys of `sorts`, comma-separated, each ascending or `-` descending. The sort is
    checked here, before any query runs."""
    names = sort_names(sorts)
    note = (
        "Comma-separated keys to sort by, each ascending or with `-` descending; later keys "
        f"break ties of earlier ones, then the id. Keys: {', '.join(sorts)}."
    )
    example = ",".join([f"-{k}" for k in list(sorts)[1:2]] + list(sorts)[:1])

    async def fixed(
        limit: Annotated[int, Depends(limit_param)], cursor: CursorParam = None
    ) -> Paging:
        return Paging(sorts, default, limit, cursor)

    async def chosen(
        limit: Annotated[int, Depends(limit_param)],
        cursor: CursorParam = None,
        sort: Annotated[
            str,
            # Checked by the pattern with the other parameters: every bad one in one problem.
            Query(
                max_length=SORT_MAX_LENGTH,
                pattern=choices_pattern(names, allow_empty=False),
                description=note,
                examples=[example],
            ),
        ] = default,
    ) -> Paging:
        return Paging(sorts, parse_sort(sorts, sort).text, limit, cursor)

    return chosen if sortable else fixed


def facet_param(
    facets: Sequence[FacetDim],
) -> Callable[..., Awaitable[tuple[list[FacetDim], int]]]:
    """The dependency reading `facets` and `facet_size` (nothing for a list without facets)."""
    by_name = {dim.name: dim for dim in facets}
    names = ", ".join(by_name)

    async def none() -> tuple[list[FacetDim], int]:
        return [], FACET_SIZE_DEFAULT

    async def chosen(
        facets: Annotated[
            Annotated[str, choices_schema(list(by_name), 200)] | None,
            Query(
                max_length=200,
                description=f"Comma-separated facets to count over every matching row: {names}.",
                examples=[",".join(list(by_name)[:2])],
            ),
        ] = None,
        facet_size: Annotated[
            int,
            Query(ge=1, le=FACET_SIZE_MAX, description="Values listed per facet, at most."),
        ] = FACET_SIZE_DEFAULT,
    ) -> tuple[list[FacetDim], int]:
        names_chosen = split_choices([facets or ""], list(by_name), "query.facets", "facet")
        return [by_name[name] for name in names_chosen], facet_size

    return chosen if facets else none


@dataclass(frozen=True)
class Output:
    """What a route that answers rows as JSON, CSV or NDJSON without a `Listing` (stats,
    search, the timeline, a series) works with: its request, its response (the headers set so
    far), its session and the `format` asked for. One `OutputDep` parameter."""

    request: Request
    response: Response
    session: Session
    format: Format

    def streams_everything(self) -> bool:
        return streams_everything(self.format, self.request)

    def tabular(
        self, item: type[BaseModel], rows: Any, *, fields: Fields | None = None
    ) -> Response:
        """`rows` (dicts) as a CSV/NDJSON response (`tabular`)."""
        return tabular(self.format, self.request, self.response, item, rows, fields=fields)

    def rows(
        self, answer: A, rows_key: str, item: type[BaseModel], shape: str, fields: Fields | None
    ) -> A | Response:
        """`answer` as asked (`rows_answer`)."""
        return rows_answer(
            self.request, self.response, answer, rows_key, item, self.format, shape, fields
        )

    def rows_data(
        self,
        body: dict[str, Any],
        rows_key: str,
        item: type[BaseModel],
        shape: str,
        fields: Fields | None,
    ) -> Response:
        """As `rows`, for an answer built as the JSON values its response model dumps to (its
        fields in order, its rows under `rows_key` plain dicts): in JSON with every field,
        serialized once by the serializer FastAPI's response model uses (pydantic-core's
        `to_json`), with no model built, validated or dumped (the bytes are the model's)."""
        if self.format == "json" and shape != "array" and fields is None:
            headers = carried_headers(self.response)
            return Response(to_json(body), media_type="application/json", headers=headers)
        answered = rows_answer(
            self.request, self.response, body, rows_key, item, self.format, shape, fields
        )
        assert isinstance(answered, Response)  # JSON with every field was answered above
        return answered


async def _output(
    request: Request,
    response: Response,
    session: SessionDep,
    fmt: Annotated[Format, Depends(format_param)],
) -> Output:
    return Output(request, response, session, fmt)


OutputDep = Annotated[Output, Depends(_output)]


class Listing:
    """A list route's contract: its output (format, shape, facets, fields) and its page
    (sort, limit, cursor), all read and checked before the route runs."""

    def __init__(
        self,
        out: Output,
        paging: Paging,
        item: type[BaseModel],
        *,
        facets: tuple[list[FacetDim], int] = ([], FACET_SIZE_DEFAULT),
        shape: Shape = "object",
        fields: Fields | None = None,
    ) -> None:
        self.shape = shape
        self.request = out.request
        self.response = out.response
        self.session = out.session
        self.format: Format = out.format
        self.paging = paging
        self.item = item
        self.facets, self.facet_size = facets
        self.fields = fields

    def paginate(
        self,
        stmt: Select[Any],
        *,
        id_column: InstrumentedAttribute[int],
        to_items: ToItems | None = None,
        rows_of: Callable[[Select[Any]], Select[Any]] | None = None,
    ) -> dict[str, object] | Response:
        p = self.paging
        if streams_everything(self.format, self.request):
            return self._stream_all(stmt, id_column, to_items, rows_of)
        page = paginate(
            self.session,
            stmt,
            request=self.request,
            response=self.response,
            sorts=p.sorts,
            sort=p.sort,
            id_column=id_column,
            limit=p.limit,
            cursor=p.cursor,
            rows_of=rows_of,
        )
        if to_items is not None:
            page["items"] = to_items(self.session, page["items"])
        if self.format != "json":
            return self.tabular(iter(as_dicts(page["items"], self.item)))
        if self.shape == "array":
            return bare_array(self._selected(as_dicts(page["items"], self.item)), self.response)
        if self.facets:
            page["facets"] = facet_counts(
                self.session, stmt, id_column, self.facets, self.facet_size
            )
        if self.fields is not None:
            page["items"] = self._selected(as_dicts(page["items"], self.item))
            return json_response(self._envelope(page), self.response)
        return page

    def _envelope(self, page: dict[str, Any]) -> dict[str, Any]:
        """The page with every field of the route's envelope (`facets: null` included), as
        the response model would have written it."""
        model = getattr(self.request.scope.get("route"), "response_model", None)
        names = getattr(model, "model_fields", None)
        return page if names is None else {name: page.get(name) for name in names}

    def _selected(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return rows if self.fields is None else [self.fields.project(r) for r in rows]

    def tabular(self, rows: Iterator[dict[str, Any]]) -> Response:
        return tabular(
            self.format, self.request, self.response, self.item, rows, fields=self.fields
        )

    def _stream_all(
        self,
        stmt: Select[Any],
        id_column: InstrumentedAttribute[int],
        to_items: ToItems | None,
        rows_of: Callable[[Select[Any]], Select[Any]] | None,
    ) -> Response:
        set_total(self.response, *bounded_count(self.session, stmt))
        order = parse_sort(self.paging.sorts, self.paging.sort)
        return self.tabular(_walk(stmt, order, id_column, self.item, to_items, rows_of))


def tabular(
    fmt: Format,
    request: Request,
    response: Response,
    item: type[BaseModel],
    rows: Any,
    *,
    fields: Fields | None = None,
) -> Response:
    """A CSV/NDJSON response carrying the headers set so far (validators, Link, count); with
    `fields`, the selected columns only, in their order."""
    name = request.url.path.rstrip("/").rsplit("/", 1)[-1] or "data"
    columns = None if fields is None else fields.columns(item)
    return tabular_response(
        fmt,
        model=item,
        rows=rows if fields is None else fields.rows(rows),
        filename=name,
        headers=carried_headers(response),
        columns=columns,
    )


def as_dicts(items: Sequence[Any], item: type[BaseModel]) -> list[dict[str, Any]]:
    out = []
    for obj in items:
        if isinstance(obj, dict):
            obj = item.model_validate(obj)
        elif not isinstance(obj, BaseModel):
            obj = item.model_validate(obj, from_attributes=True)
        out.append(obj.model_dump(mode="json"))
    return out


def _walk(
    stmt: Select[Any],
    order: Order,
    id_column: InstrumentedAttribute[int],
    item: type[BaseModel],
    to_items: ToItems | None,
    rows_of: Callable[[Select[Any]], Select[Any]] | None = None,
) -> Iterator[dict[str, Any]]:
    """Every row in the list's order, a keyset batch at a time, in a session of its own (the
    request's is closed by the time the response body is sent)."""
    base = (stmt if rows_of is None else rows_of(stmt)).order_by(*order_clauses(order, id_column))
    base = base.limit(STREAM_BATCH)
    with get_sessionmaker()() as session:
        last: tuple[list[Any], int] | None = None
        while True:
            batch_stmt = base if last is None else base.where(after(order, id_column, *last))
            rows: Sequence[Any] = (
                session.scalars(batch_stmt).unique().all()
                if rows_of is None
                else session.execute(batch_stmt).all()
            )
            if not rows:
                return
            items = to_items(session, rows) if to_items is not None else rows
            yield from as_dicts(items, item)
            if len(rows) < STREAM_BATCH:
                return
            last = (row_values(order, rows[-1]), rows[-1].id)


def facet_counts(
    session: Session,
    stmt: Select[Any],
    id_column: InstrumentedAttribute[int],
    dims: list[FacetDim],
    size: int,
) -> dict[str, Facet]:
    """One GROUP BY per facet over the ids of every row the filters keep."""
    filtered = stmt.order_by(None).subquery()
    ids = select(filtered.c[id_column.key])
    result = {}
    for dim in dims:
        query = dim.query(ids)
        value = query.selected_columns[0]
        rows = session.execute(
            query.order_by(func.count().desc(), value.is_(None), value).limit(size + 1)
        ).all()
        result[dim.name] = Facet(
            values=[
                FacetValue(value=v, label=None if label is None else str(label), count=n)
                for v, label, n in rows[:size]
            ],
            truncated=len(rows) > size,
        )
    return result


def list_output(
    item: type[BaseModel],
    sorts: dict[str, SortKey],
    default: str,
    facets: Sequence[FacetDim] = (),
    *,
    sortable: bool = True,
) -> Callable[..., Awaitable[Listing]]:
    """The dependency of a list route of `item`s: `format`, `shape`, `fields`, `sort` (one or
    more keys of `sorts`; none when not `sortable`), `limit`, `cursor`, and with facets
    `facets` and `facet_size`."""
    paging_dep = paging_param(sorts, default, sortable=sortable)
    facets_dep = facet_param(facets)
    fields_dep = fields_param(item)

    async def listing(
        out: OutputDep,
        paging: Annotated[Paging, Depends(paging_dep)],
        chosen: Annotated[tuple[list[FacetDim], int], Depends(facets_dep)],
        fields: Annotated[Fields | None, Depends(fields_dep)],
        shape: ShapeParam = "object",
    ) -> Listing:
        return Listing(out, paging, item, facets=chosen, shape=shape, fields=fields)

    return listing


# --- offset pages, for ranked or merged results that have no stable keyset ---------------


def offset_cursor(request: Request, offset: int) -> str:
    return pack_cursor(["offset", fingerprint(request), offset])


def read_offset(request: Request, cursor: str | None) -> int:
    if cursor is None:
        return 0
    tag, filters, offset = unpack_cursor(cursor, 3)
    if tag != "offset" or not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
        raise bad_cursor(NOT_OURS)
    if filters != fingerprint(request):
        raise bad_cursor("issued for other parameters")
    if offset > MAX_OFFSET:
        raise bad_cursor(f"deeper than {MAX_OFFSET} results; narrow the query")
    return offset


def offset_page(
    request: Request,
    response: Response,
    items: list[Any],
    *,
    total: int,
    limit: int,
    offset: int,
    relation: TotalRelation = "eq",
    more: bool | None = None,
) -> dict[str, object]:
    """A page at `offset`; `more` says whether rows follow it (by default: `total` says)."""
    next_cursor = None
    next_url = None
    if more if more is not None else offset + limit < total:
        next_cursor = offset_cursor(request, offset + limit)
        next_url = str(request.url.include_query_params(cursor=next_cursor))
        response.headers["Link"] = f'<{next_url}>; rel="next"'
    set_total(response, total, relation)
    return {
        "items": items,
        "total": total,
        "total_relation": relation,
        "limit": limit,
        "next_cursor": next_cursor,
        "next": next_url,
    }


def rows_answer(
    request: Request,
    response: Response,
    answer: A,
    rows_key: str,
    item: type[BaseModel],
    fmt: Format,
    shape: str,
    fields: Fields | None,
) -> A | Response:
    """An answer whose rows (models) are under `rows_key` (an offset page's `items`, a stats
    answer's `groups`) as asked: CSV/NDJSON rows, a bare array or the answer, each with only
    the `fields` selected."""
    if fmt == "json" and shape != "array" and fields is None:
        return answer  # as it is: dumping it first cost 2,000 stats groups 160 ms of CPU
    raw: Any = answer
    found = getattr(raw, rows_key) if isinstance(raw, BaseModel) else raw[rows_key]
    rows = [r if isinstance(r, dict) else r.model_dump(mode="json") for r in found]
    if fmt != "json":
        return tabular(fmt, request, response, item, iter(rows), fields=fields)
    if fields is not None:
        rows = [fields.project(r) for r in rows]
    if shape == "array":
        return bare_array(rows, response)
    body = raw.model_dump(mode="json", by_alias=True) if isinstance(raw, BaseModel) else raw
    return json_response({**body, rows_key: rows}, response)


# Facet helpers every domain's facets.py uses.
def year_of(column: Any) -> Any:
    # EXTRACT gives a float or numeric on PostgreSQL and an integer on SQLite: one type.
    return cast(extract("year", column), Integer)


def by_reference(
    model: Any, key: Any, label: Any, target: Any, fk: Any, *, outer: bool = False
) -> Any:
    """A facet on the record `fk` points at: its `key` and `label`, counting the listed rows of
    `model` (with `outer`, rows pointing nowhere count under a null key)."""

    def query(ids: Select[Any]) -> Select[Any, Any, Any]:
        return (
            select(key, label, func.count())
            .select_from(model)
            .join(target, fk == target.id, isouter=outer)
            .where(model.id.in_(ids))
            .group_by(key, label)
        )

    return query


def by_column(column: Any, model: Any, label: Any = None) -> Any:
    def query(ids: Select[Any]) -> Select[Any, Any, Any]:
        return (
            select(column, label if label is not None else column, func.count())
            .where(model.id.in_(ids))
            .group_by(column, *([label] if label is not None else []))
        )

    return query
