"""What every list route shares beyond its filters: the response format, facets, and streaming.

A list route takes one `Listing` dependency and ends with `return listing.paginate(...)` in
place of `paginate(...)`. In JSON it returns the page (with `facets` when asked for); in CSV or
NDJSON it returns a streamed response: the page asked for when `limit` or `cursor` is given,
otherwise every matching row, read in keyset batches so memory stays flat at any size.
"""

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy import Integer, Select, cast, extract, func, literal, select, tuple_
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.core.db import get_sessionmaker
from app.core.formats import Format, format_param, tabular_response
from app.core.pagination import (
    NOT_OURS,
    Page,
    SortKey,
    TotalRelation,
    bad_cursor,
    bounded_count,
    fingerprint,
    pack_cursor,
    paginate,
    set_total,
    unpack_cursor,
)
from app.core.params import SessionDep, choices_schema, split_choices
from app.core.shapes import Shape, ShapeParam, bare_array

T = TypeVar("T")
STREAM_BATCH = 500
FACET_SIZE_DEFAULT = 10
FACET_SIZE_MAX = 100
# Deeper than this, an offset-paged result (search, timeline) asks for narrower filters.
MAX_OFFSET = 10_000

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


class Listing:
    def __init__(
        self,
        request: Request,
        response: Response,
        session: Session,
        fmt: Format,
        facets: list[FacetDim],
        facet_size: int,
        shape: Shape = "object",
    ) -> None:
        self.shape = shape
        self.request = request
        self.response = response
        self.session = session
        self.format = fmt
        self.facets = facets
        self.facet_size = facet_size

    def paginate(
        self,
        stmt: Select[Any],
        *,
        sorts: dict[str, SortKey],
        sort: str,
        id_column: InstrumentedAttribute[int],
        limit: int,
        cursor: str | None,
        item: type[BaseModel],
        to_items: ToItems | None = None,
        rows_of: Callable[[Select[Any]], Select[Any]] | None = None,
    ) -> dict[str, object] | Response:
        if streams_everything(self.format, self.request):
            return self._stream_all(stmt, sorts, sort, id_column, item, to_items, rows_of)
        page = paginate(
            self.session,
            stmt,
            request=self.request,
            response=self.response,
            sorts=sorts,
            sort=sort,
            id_column=id_column,
            limit=limit,
            cursor=cursor,
            rows_of=rows_of,
        )
        if to_items is not None:
            page["items"] = to_items(self.session, page["items"])
        if self.format != "json":
            rows = as_dicts(page["items"], item)
            return self.tabular(item, iter(rows))
        if self.shape == "array":
            return bare_array(as_dicts(page["items"], item), self.response)
        if self.facets:
            page["facets"] = facet_counts(
                self.session, stmt, id_column, self.facets, self.facet_size
            )
        return page

    def tabular(self, item: type[BaseModel], rows: Iterator[dict[str, Any]]) -> Response:
        return tabular(self.format, self.request, self.response, item, rows)

    def _stream_all(
        self,
        stmt: Select[Any],
        sorts: dict[str, SortKey],
        sort: str,
        id_column: InstrumentedAttribute[int],
        item: type[BaseModel],
        to_items: ToItems | None,
        rows_of: Callable[[Select[Any]], Select[Any]] | None,
    ) -> Response:
        set_total(self.response, *bounded_count(self.session, stmt))
        key = sorts[sort.lstrip("-")]
        rows = _walk(stmt, key, sort.startswith("-"), id_column, item, to_items, rows_of)
        return self.tabular(item, rows)


def tabular(
    fmt: Format, request: Request, response: Response, item: type[BaseModel], rows: Any
) -> Response:
    """A CSV/NDJSON response carrying the headers set so far (validators, Link, count)."""
    headers = {
        k: v
        for k, v in response.headers.items()
        if k.lower() not in ("content-length", "content-type")
    }
    name = request.url.path.rstrip("/").rsplit("/", 1)[-1] or "data"
    return tabular_response(fmt, model=item, rows=rows, filename=name, headers=headers)


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
    key: SortKey,
    descending: bool,
    id_column: InstrumentedAttribute[int],
    item: type[BaseModel],
    to_items: ToItems | None,
    rows_of: Callable[[Select[Any]], Select[Any]] | None = None,
) -> Iterator[dict[str, Any]]:
    """Every row in the list's order, a keyset batch at a time, in a session of its own (the
    request's is closed by the time the response body is sent)."""
    ordered_key = key.expression.desc() if descending else key.expression.asc()
    ordered_id = id_column.desc() if descending else id_column.asc()
    base = (stmt if rows_of is None else rows_of(stmt)).order_by(ordered_key, ordered_id)
    base = base.limit(STREAM_BATCH)
    with get_sessionmaker()() as session:
        after: tuple[Any, int] | None = None
        while True:
            batch_stmt = base
            if after is not None:
                position = tuple_(key.expression, id_column)
                bound = tuple_(literal(after[0], key.column.type), literal(after[1]))
                batch_stmt = base.where(position < bound if descending else position > bound)
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
            after = (key.value_of(rows[-1]), rows[-1].id)


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


def list_output(facets: Sequence[FacetDim] = ()) -> Callable[..., Listing]:
    """The dependency for a list route; with facets, it also takes `facets` and `facet_size`."""
    by_name = {dim.name: dim for dim in facets}
    names = ", ".join(by_name)

    def plain(
        request: Request,
        response: Response,
        session: SessionDep,
        fmt: Annotated[Format, Depends(format_param)],
        shape: ShapeParam = "object",
    ) -> Listing:
        return Listing(request, response, session, fmt, [], FACET_SIZE_DEFAULT, shape)

    if not facets:
        return plain

    def faceted(
        request: Request,
        response: Response,
        session: SessionDep,
        fmt: Annotated[Format, Depends(format_param)],
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
        shape: ShapeParam = "object",
    ) -> Listing:
        names_chosen = split_choices([facets or ""], list(by_name), "query.facets", "facet")
        chosen = [by_name[name] for name in names_chosen]
        return Listing(request, response, session, fmt, chosen, facet_size, shape)

    return faceted


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


# Facet helpers every domain's facets.py uses.
def year_of(column: Any) -> Any:
    # EXTRACT gives a float or numeric on PostgreSQL and an integer on SQLite: one type.
    return cast(extract("year", column), Integer)


def by_column(column: Any, model: Any, label: Any = None) -> Any:
    def query(ids: Select[Any]) -> Select[Any, Any, Any]:
        return (
            select(column, label if label is not None else column, func.count())
            .where(model.id.in_(ids))
            .group_by(column, *([label] if label is not None else []))
        )

    return query


# A list without facets.
PlainListing = Annotated[Listing, Depends(list_output())]
