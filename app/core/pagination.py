"""Keyset (cursor) pagination: constant cost at any depth, stable under concurrent inserts.

A cursor is base64url(JSON [sort, filter fingerprint, last sort value, last id]). It is not
secret; it is checked: a cursor made for another sort or other filters, or one that does not
decode, is a 400 rather than a silently wrong page.
"""

import base64
import binascii
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Generic, Literal, TypeVar

from fastapi import Query, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy import ColumnElement, Select, and_, func, literal, or_, select, tuple_, union_all
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.core.config import get_settings
from app.core.errors import BadRequest, FieldProblem, Unprocessable
from app.core.params import split_choices

T = TypeVar("T")

# Query parameters that do not change which rows a cursor walks through.
_NON_FILTER_PARAMS = {"cursor", "limit", "format", "facets", "facet_size", "fields"}


TotalRelation = Literal["eq", "gte"]
TOTAL_NOTE = (
    "Rows matching the filters, across all pages: exact up to the server's count limit "
    "(10,000 by default), above it that limit, a lower bound (see `total_relation`)."
)
RELATION_NOTE = (
    "`eq`: `total` is exact. `gte`: more rows match than the count limit; `total` is that "
    "limit, a lower bound (as Elasticsearch's `hits.total.relation`). Also in the "
    "`X-Total-Relation` header, beside `X-Total-Count`."
)


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(description=TOTAL_NOTE)
    total_relation: TotalRelation = Field(default="eq", description=RELATION_NOTE)
    limit: int
    next_cursor: str | None = Field(
        description="Pass as `cursor` for the next page; null on the last."
    )
    next: str | None = Field(description="URL of the next page; null on the last.")


@dataclass(frozen=True)
class SortKey:
    """One sortable column. Nullable columns sort as `sentinel` so NULLs have one place
    on every engine (SQLite and PostgreSQL disagree on where NULLs go)."""

    column: InstrumentedAttribute[Any]
    kind: type = str
    sentinel: Any = None

    @property
    def expression(self) -> ColumnElement[Any]:
        if self.sentinel is None:
            return self.column.expression
        # The sentinel is written into the SQL, not bound: an index on this very expression
        # (migration 0013) serves the order only when the query spells it the same way.
        sentinel = literal(self.sentinel, self.column.type, literal_execute=True)
        return func.coalesce(self.column, sentinel)

    def value_of(self, row: Any) -> Any:
        value = getattr(row, self.column.key)
        return self.sentinel if value is None else value

    def encode(self, value: Any) -> Any:
        return value.isoformat() if isinstance(value, date) else value

    def decode(self, raw: Any) -> Any:
        if self.kind is date:
            return date.fromisoformat(raw)
        if not isinstance(raw, self.kind) or (self.kind is int and not _is_db_int(raw)):
            raise ValueError("wrong type")
        return raw


def _is_db_int(value: Any) -> bool:
    """An integer both databases can compare with (a forged cursor may hold 2**80)."""
    return isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63


LATE = date(9999, 12, 31)


async def limit_param(
    limit: Annotated[
        int | None,
        Query(ge=1, description="Rows per page (default 50, maximum 1000).", examples=[50]),
    ] = None,
) -> int:
    settings = get_settings()
    if limit is None:
        return settings.default_page_size
    if limit > settings.max_page_size:
        raise BadRequest(
            f"limit must be at most {settings.max_page_size}.",
            errors=[FieldProblem(field="query.limit", reason=f"at most {settings.max_page_size}")],
        )
    return limit


# The cursor of /api/v1/missions?limit=1 on the seed: valid for that query only.
EXAMPLE_CURSOR = "WyJzbHVnIiwiMmMwY2Q1ZTAwMDAyIiwiZC1pc2lzLWNvYWxpdGlvbiIsMTBd"
CursorParam = Annotated[
    str | None,
    Query(
        max_length=1000,
        description="Opaque cursor from a previous page's `next_cursor`.",
        examples=[EXAMPLE_CURSOR],
    ),
]


def fingerprint(request: Request) -> str:
    """The request's path and filters: a cursor carries it, so it serves that query only."""
    items = sorted(
        (k, v) for k, v in request.query_params.multi_items() if k not in _NON_FILTER_PARAMS
    )
    # The path is part of it: a cursor of /contributions means nothing to /missions.
    return hashlib.sha256(json.dumps([request.url.path, items]).encode()).hexdigest()[:12]


NOT_OURS = "not a cursor issued by this API"


def bad_cursor(reason: str) -> BadRequest:
    return BadRequest(
        f"Invalid cursor: {reason}.", errors=[FieldProblem(field="query.cursor", reason=reason)]
    )


def pack_cursor(fields: list[Any]) -> str:
    """The one cursor codec (keyset and offset cursors): base64url JSON, unpadded."""
    raw = json.dumps(fields, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def unpack_cursor(raw: str, size: int) -> tuple[Any, ...]:
    """The `size` fields `pack_cursor` wrote; a 400 naming `query.cursor` for anything else."""
    try:
        padded = raw + "=" * (-len(raw) % 4)
        fields = tuple(json.loads(base64.urlsafe_b64decode(padded.encode("ascii"))))
    except (ValueError, TypeError, binascii.Error, UnicodeError):
        raise bad_cursor(NOT_OURS) from None
    if len(fields) != size:
        raise bad_cursor(NOT_OURS)
    return fields


@dataclass(frozen=True)
class Order:
    """A parsed `sort`: one or more keys, each with its direction, then the id (in the last
    key's direction) so that every row has one place and keyset paging is exact."""

    text: str
    keys: tuple[tuple[SortKey, bool], ...]

    @property
    def descending(self) -> bool:
        return self.keys[-1][1]


def sort_names(sorts: Iterable[str]) -> list[str]:
    """What `sort` may name, each key ascending and descending (`-key`)."""
    return [n for name in sorts for n in (name, f"-{name}")]


def parse_sort(sorts: dict[str, SortKey], sort: str) -> Order:
    """`-personnel,name`: keys in order, `-` for descending; a key named again (in either
    direction) adds nothing and is dropped. An unknown key is a 422 naming `query.sort`."""
    names = split_choices([sort], sort_names(sorts), "query.sort", "sort key")
    kept: dict[str, bool] = {}
    for name in names:
        kept.setdefault(name.lstrip("-"), name.startswith("-"))
    if not kept:
        raise Unprocessable(
            "Empty sort.", errors=[FieldProblem(field="query.sort", reason="name a sort key")]
        )
    text = ",".join(("-" if d else "") + k for k, d in kept.items())
    return Order(text, tuple((sorts[k], d) for k, d in kept.items()))


def order_clauses(order: Order, id_column: InstrumentedAttribute[int]) -> list[Any]:
    """ORDER BY of `order`: each key in its direction, then the id."""
    by = [key.expression.desc() if d else key.expression.asc() for key, d in order.keys]
    return [*by, id_column.desc() if order.descending else id_column.asc()]


def after(
    order: Order, id_column: InstrumentedAttribute[int], values: Sequence[Any], last_id: int
) -> ColumnElement[bool]:
    """The keyset predicate: rows strictly after (`values`, `last_id`) in `order`. One
    direction throughout is one row-value comparison (an index can serve it); mixed
    directions expand to k1 >= v1 AND ((k1 > v1) OR (k1 = v1 AND k2 < v2) OR ...)."""
    exprs = [key.expression for key, _ in order.keys] + [id_column.expression]
    bounds: list[Any] = [
        literal(v, key.column.type) for (key, _), v in zip(order.keys, values, strict=True)
    ]
    bounds.append(literal(last_id))
    directions = [d for _, d in order.keys] + [order.descending]
    if len(set(directions)) == 1:
        position, bound_row = tuple_(*exprs), tuple_(*bounds)
        return position < bound_row if directions[0] else position > bound_row
    terms = []
    for i, (expr, bound, desc) in enumerate(zip(exprs, bounds, directions, strict=True)):
        ties = [e == b for e, b in zip(exprs[:i], bounds[:i], strict=True)]
        terms.append(and_(*ties, expr < bound if desc else expr > bound))
    # Implied by the OR, but a plain range on the first key, which an index on it can seek to
    # (an OR alone would have the page scan every earlier row).
    first = exprs[0] <= bounds[0] if directions[0] else exprs[0] >= bounds[0]
    return and_(first, or_(*terms))


def row_values(order: Order, row: Any) -> list[Any]:
    return [key.value_of(row) for key, _ in order.keys]


def decode_cursor(raw: str, *, order: Order, request: Request) -> tuple[list[Any], int]:
    """The values and id a cursor resumes after. One key: its value as is (the cursors
    issued before multi-key sort stay valid); several: a list of values."""
    cursor_sort, filters, value, last_id = unpack_cursor(raw, 4)
    if cursor_sort != order.text or filters != fingerprint(request):
        raise bad_cursor("issued for another sort order or other filters")
    if not _is_db_int(last_id):
        raise bad_cursor(NOT_OURS)
    raw_values = [value] if len(order.keys) == 1 else value
    if not isinstance(raw_values, list) or len(raw_values) != len(order.keys):
        raise bad_cursor(NOT_OURS)
    try:
        return [key.decode(v) for (key, _), v in zip(order.keys, raw_values, strict=True)], last_id
    except (ValueError, TypeError):
        raise bad_cursor(NOT_OURS) from None


def encode_cursor(*, order: Order, row: Any, request: Request) -> str:
    values = [key.encode(v) for (key, _), v in zip(order.keys, row_values(order, row), strict=True)]
    value = values[0] if len(values) == 1 else values
    return pack_cursor([order.text, fingerprint(request), value, row.id])


def bounded_count(
    session: Session, stmt: Select[Any], id_column: InstrumentedAttribute[int] | None = None
) -> tuple[int, TotalRelation]:
    """The rows of `stmt`, counted exactly up to the count limit and no further: above it, the
    limit and "gte". With `id_column`, only that column is read (an index can answer). With
    COUNT_BY (a date SortKey the filters bound, SORT_BOUNDS), counted in its two ranges, each
    a seek in that key's index."""
    bound = get_settings().count_limit
    source = stmt.order_by(None)
    if id_column is not None:
        source = source.with_only_columns(id_column)
    parts = [source]
    options = stmt.get_execution_options()
    key = options.get(COUNT_BY)
    bounds = options.get(SORT_BOUNDS) or {}
    if key is not None and key.column.key in bounds:
        parts = [source.where(r) for r in _ranges(key, *bounds[key.column.key][:2])]
    found = 0
    for part in parts:
        counted = select(func.count()).select_from(part.limit(bound + 1 - found).subquery())
        found += session.scalar(counted) or 0
        if found > bound:
            break
    return (found, "eq") if found <= bound else (bound, "gte")


def set_total(response: Response, total: int, relation: TotalRelation) -> None:
    response.headers["X-Total-Count"] = str(total)
    response.headers["X-Total-Relation"] = relation


# Execution options a list's statement may carry (set by its filters, app/contributions/
# service.py) for `page_keys`: what the filters imply, which the query planners cannot see.
# SORT_BOUNDS: {column key: (low, high, values, sentinel)}, bounds (None: open) the filters
# imply on that sort column's values, and whether rows with a value, and rows with none (the
# sentinel), may match. MERGE_ON: (column, ids, sort column keys), the filter
# keeps rows whose `column` is one of `ids`, which lie in bands of those sorts' orders.
SORT_BOUNDS = "page_sort_bounds"
MERGE_ON = "page_merge_on"
# PARTITION: a function (keys, order, dialect name) -> reads to merge, or None: the page's
# rows (of one segment) split into ranges, each read in order through an index of its own.
PARTITION = "page_partition"
# COUNT_BY: a date SortKey whose SORT_BOUNDS `bounded_count` counts in (`year`: its start
# range is a seek in the start order index; as the filter's ORs of ranges on start_date, no
# index leads with, both engines scanned the narrowest covering index: 85-90 ms of CPU at 1M).
COUNT_BY = "page_count_by"
# Up to this many ids, a MERGE_ON filter's page is read per id and merged.
MAX_MERGED = 64
# WALK_WITHOUT: (criterion, column, values, sort column keys), a criterion of the filter,
# `column IN values`, that the planners serve by reading every row it keeps and sorting them
# (`contributor + type` at 1M: the pair's 26,853 rows, 54-61 ms). In those sorts the page is
# first looked for among the first WALKED rows of the filter without it, in the sort's order
# (an index walk that stops there), `column` checked on the way (`_walked`).
WALK_WITHOUT = "page_walk_without"
WALKED = 1024


def _ranges(key: SortKey, low: Any, high: Any) -> tuple[Any, Any]:
    """A key's values within [low, high] (None: open), the sentinel left out, and the
    sentinel. Dates sort NULL as the latest day (9999-12-31), numbers as -1, below any."""
    expr = key.expression
    sentinel = literal(key.sentinel, key.column.type)
    late = key.kind is date
    values = []
    if low is not None and (late or low > key.sentinel):
        values.append(expr >= literal(low, key.column.type))
    elif not late:
        values.append(expr > sentinel)
    # One upper bound: given two, SQLite seeks to one of them (it took the sentinel's, and
    # skipped every row between them).
    if high is not None and (not late or high < key.sentinel):
        values.append(expr <= literal(high, key.column.type))
    elif late:
        values.append(expr < sentinel)
    return and_(*values), expr == sentinel


def _segments(stmt: Select[Any], order: Order) -> list[tuple[Any, bool]] | None:
    """The page's rows in ranges of the first sort key, in the sort's order, when the filters
    bound a key that has a sentinel (NULL sorted as 9999-12-31 or -1): the rows with a value
    within the bounds, a seek in the sort's index, and the sentinel's rows (no value), each
    read in order; (condition, is the sentinel's) pairs, those the filters leave empty left
    out. As one condition (`start IS NULL OR start <= day`) no index range serves a
    descending sort: every row after the day was skipped (0.4-2.2 s at 1M)."""
    bounds = stmt.get_execution_options().get(SORT_BOUNDS) or {}
    key, descending = order.keys[0]
    if key.sentinel is None or key.column.key not in bounds:
        return None
    low, high, with_values, with_sentinel = bounds[key.column.key]
    values, sentinel = _ranges(key, low, high)
    # The sentinel sorts last (dates) or first (numbers) in ascending order.
    parts = [(values, False)] * with_values + [(sentinel, True)] * with_sentinel
    if (key.kind is date) == descending:
        parts.reverse()
    return parts


def _merge(
    session: Session,
    members: Sequence[Select[Any]],
    order: Order,
    id_column: InstrumentedAttribute[int],
    limit: int,
) -> list[int]:
    """The first `limit` keys of several ordered, limited reads of the page (each served by an
    index that holds the sort), merged in the sort's order: one statement, UNION ALL."""
    if not members:
        return []
    exprs = [k.expression for k, _ in order.keys]
    labels = [f"k{i}" for i in range(len(exprs))]
    parts = [
        select(
            member.with_only_columns(
                id_column.label("id"), *(e.label(n) for e, n in zip(exprs, labels, strict=True))
            ).subquery()
        )
        for member in members
    ]
    merged = union_all(*parts).subquery()
    directions = [d for _, d in order.keys] + [order.descending]
    columns = [merged.c[n] for n in labels] + [merged.c.id]
    by = [c.desc() if d else c.asc() for c, d in zip(columns, directions, strict=True)]
    return list(session.scalars(select(merged.c.id).order_by(*by).limit(limit)))


def _members(
    session: Session, keys: Select[Any], order: Order, *, dated: bool
) -> list[Select[Any]] | None:
    """The reads to merge for this part of the page, when the filters ask for them: their
    PARTITION's for the dated rows of a segmented sort (`_segments`: each range of the
    partition read through an index of its own), else one per id of a
    MERGE_ON filter of few ids. For a filter on a few ids spread over the sort's order
    (`contributor_kind=organization`: 50 contributors), the walk of the sort's index skipped
    every other row (0.2-1.4 s at 1M); per id, each is a seek."""
    options = keys.get_execution_options()
    partition = options.get(PARTITION)
    if partition is not None and dated:
        members = partition(keys, order, session.get_bind().dialect.name)
        if members is not None:
            return list(members)
    merge_on = options.get(MERGE_ON)
    if merge_on is None:
        return None
    column, ids, sorts = merge_on
    if len(ids) > MAX_MERGED or order.keys[0][0].column.key not in sorts:
        return None
    return [keys.where(column == i) for i in ids]


def _walked(
    stmt: Select[Any],
    part: Select[Any],
    order: Order,
    id_column: InstrumentedAttribute[int],
    limit: int,
) -> Select[Any] | None:
    """`part` (a page's read, its sort and cursor set) as a walk of the filter without the
    WALK_WITHOUT criterion, stopped after WALKED rows, the criterion checked on those: the
    same first rows as `part` when it finds `limit` of them (every row past the walk sorts
    after them). None when the filter has no such criterion or the sort is not one it names."""
    walk = stmt.get_execution_options().get(WALK_WITHOUT)
    if walk is None:
        return None
    criterion, column, values, sorts = walk
    if order.keys[0][0].column.key not in sorts:
        return None
    kept = [c for c in part._where_criteria if c is not criterion]
    if len(kept) == len(part._where_criteria):
        return None
    exprs = [k.expression for k, _ in order.keys]
    labels = [f"k{i}" for i in range(len(exprs))]
    wide = part.with_only_columns(
        id_column.label("id"),
        column.label("walked"),
        *(e.label(n) for e, n in zip(exprs, labels, strict=True)),
    )
    # (A copy of `part`'s: its filter, the cursor and the sort's range, less the criterion.)
    wide._where_criteria = tuple(kept)
    walked = wide.limit(WALKED).subquery()
    directions = [d for _, d in order.keys] + [order.descending]
    columns = [walked.c[n] for n in labels] + [walked.c.id]
    by = [c.desc() if d else c.asc() for c, d in zip(columns, directions, strict=True)]
    return select(walked.c.id).where(walked.c.walked.in_(values)).order_by(*by).limit(limit)


def _past_first(segments: list[tuple[Any, bool]], order: Order, value: Any) -> bool:
    """Whether a cursor at `value` (of the first sort key) is past the first of `segments`:
    the sentinel's range, when `value` is beyond the sentinel in the sort's order (dates sort
    it last, numbers first); the values' range, when `value` is the sentinel."""
    key = order.keys[0][0]
    if not segments[0][1]:
        return bool(value == key.sentinel)
    return bool(value < key.sentinel if key.kind is date else value > key.sentinel)


def page_keys(
    session: Session,
    stmt: Select[Any],
    order: Order,
    id_column: InstrumentedAttribute[int],
    after: ColumnElement[bool] | None,
    limit: int,
    resume: tuple[Any, ...] = (),
) -> list[int]:
    """The ids of the page, in order: from `stmt`'s table alone, through an index that serves
    the filter and the sort (it stops after `limit` rows), in the sort key's ranges
    (`_segments`), and merged from several reads (`_members`) where the filters ask for it.
    `resume`: the cursor's values (`after`'s), which tell a range the page is past."""
    ordered = order_clauses(order, id_column)
    keys = stmt.with_only_columns(id_column).order_by(*ordered).limit(limit)
    if after is not None:
        keys = keys.where(after)
    ids: list[int] = []
    segments = _segments(stmt, order)
    if segments and resume and _past_first(segments, order, resume[0]):
        # Not read again (the sentinel's range of end_date holds 207,000 rows at 1M, each
        # rejected by the cursor).
        segments = segments[1:]
    for segment, is_sentinel in segments if segments is not None else [(None, False)]:
        part = keys if segment is None else keys.where(segment)
        if is_sentinel:
            # The first key is one value there, so ordered by the rest (as `ORDER BY
            # coalesce(end_date, ...), id` SQLite sorted every such row in a temporary B-tree
            # rather than read its index in id order: 1-2 s at 1M).
            part = part.order_by(None).order_by(*ordered[1:])
        part = part.limit(limit - len(ids))
        walked = _walked(stmt, part, order, id_column, limit - len(ids))
        if walked is not None:
            found = list(session.scalars(walked))
            if len(found) == limit - len(ids):
                ids += found
                break
        members = _members(session, part, order, dated=segment is not None and not is_sentinel)
        if members is None:
            ids += list(session.scalars(part))
        else:
            ids += _merge(session, members, order, id_column, limit - len(ids))
        if len(ids) >= limit:
            break
    return ids


def page_first(
    session: Session,
    stmt: Select[Any],
    rows_of: Callable[[Select[Any]], Select[Any]],
    id_column: InstrumentedAttribute[int],
    order: Order,
    after: ColumnElement[bool] | None,
    limit: int,
    resume: tuple[Any, ...] = (),
) -> list[Any]:
    """Page first, join after: the page's keys from the filtered table alone, in order
    (`page_keys`), then the rows of `rows_of` (joined to their labels) for those keys only,
    put back in the keys' order."""
    ids = page_keys(session, stmt, order, id_column, after, limit, resume)
    if not ids:
        return []
    wanted = select(id_column.class_).where(id_column.in_(ids))
    by_id = {row.id: row for row in session.execute(rows_of(wanted))}
    # A row deleted between the two reads is left out, as if it had gone before the page.
    return [by_id[i] for i in ids if i in by_id]


def paginate(
    session: Session,
    stmt: Select[Any],
    *,
    request: Request,
    response: Response,
    sorts: dict[str, SortKey],
    sort: str,
    id_column: InstrumentedAttribute[int],
    limit: int,
    cursor: str | None,
    to_item: Callable[[Any], Any] = lambda row: row,
    count: bool = True,
    rows_of: Callable[[Select[Any]], Select[Any]] | None = None,
) -> dict[str, Any]:
    """One page of `stmt` in `sort` order after `cursor`, with the total and the next cursor.

    With `rows_of`, the page is read page first, join after (`page_first`): its keys from
    `stmt`'s table, then plain rows of the statement `rows_of` returns (only the columns an
    item shows; each row has `id` and the sort columns by name): building ORM objects costs
    more than the query. The total is `bounded_count`'s."""
    order = parse_sort(sorts, sort)
    relation: TotalRelation
    total, relation = 0, "eq"
    if count:
        total, relation = bounded_count(session, stmt, id_column if rows_of else None)
    ordered = order_clauses(order, id_column)
    where = None
    values: list[Any] = []
    if cursor is not None:
        values, last_id = decode_cursor(cursor, order=order, request=request)
        where = after(order, id_column, values, last_id)
    rows: Sequence[Any]
    if rows_of is not None:
        rows = page_first(session, stmt, rows_of, id_column, order, where, limit + 1, tuple(values))
    else:
        page_stmt = stmt.order_by(*ordered).limit(limit + 1)
        page_stmt = page_stmt if where is None else page_stmt.where(where)
        rows = session.scalars(page_stmt).unique().all()
    next_cursor = None
    next_url = None
    if len(rows) > limit:
        rows = rows[:limit]
        next_cursor = encode_cursor(order=order, row=rows[-1], request=request)
        next_url = str(request.url.include_query_params(cursor=next_cursor))
        response.headers["Link"] = f'<{next_url}>; rel="next"'
    set_total(response, total, relation)
    return {
        "items": [to_item(r) for r in rows],
        "total": total,
        "total_relation": relation,
        "limit": limit,
        "next_cursor": next_cursor,
        "next": next_url,
    }
