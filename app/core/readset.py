"""Which tables an answer was read from, so the response cache (app/http/cache.py) keeps it
until one of them changes instead of until any write anywhere.

While the cache renders an answer it opens a read set (`reading()`); every statement the
request runs on the application's engine adds the tables it reads (found in the compiled
statement, subqueries included, memoized per compiled statement). A statement whose tables
cannot be known (text SQL, driver SQL), or one reading a table without a version of its own,
marks the read set as "everything": that answer goes stale on any write, as before.

Tables whose rows are derived from others count as those others: `tally` (migration 0012)
as contribution and citation, `amount_series` and `amount_tally` (0014), `tally_pair` (0019),
`amount_start_pick` and `amount_start_tally` (0020) as contribution. The
data version's own row (kb_state) read for validators
(ETag, Last-Modified: `app.core.state.current(..., for_headers=True)`) is no dependency: a
replayed answer's older ETag only costs its client one 200 later, never a stale 304; read for
a body (`/stats/overview`'s `data_version`), it is "everything".
"""

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, Table, event
from sqlalchemy.sql.util import find_tables

# The tables with a version (kb_table_version, migration 0012).
VERSIONED = frozenset(
    (
        "source",
        "contributor",
        "contribution_type",
        "mission",
        "contribution",
        "lesson",
        "lesson_mission",
        "citation",
        "strength_observation",
    )
)
DERIVED = {
    "tally": ("contribution", "citation"),
    "amount_series": ("contribution",),
    "amount_tally": ("contribution",),
    "tally_pair": ("contribution",),
    "amount_start_pick": ("contribution",),
    "amount_start_tally": ("contribution",),
}
HEADERS_ONLY = "for_headers"
EVERYTHING = None


class ReadSet:
    def __init__(self) -> None:
        self.tables: set[str] | None = set()

    def add(self, names: frozenset[str] | None) -> None:
        if names is None or self.tables is None:
            self.tables = None
        else:
            self.tables |= names


_current: ContextVar[ReadSet | None] = ContextVar("read_set", default=None)
_memo: "WeakKeyDictionary[Any, frozenset[str] | None]" = WeakKeyDictionary()


def reading() -> ReadSet:
    """Open a read set for the request being rendered (the context is copied into the
    threads that run its dependencies and route, which add to this same object)."""
    read_set = ReadSet()
    _current.set(read_set)
    return read_set


@contextmanager
def recording() -> Iterator[ReadSet]:
    """A read set of its own for part of an answer (a fragment the pages keep,
    app/pages/fragments.py): what it reads is also added to the answer's read set, if any."""
    outer = _current.get()
    inner = ReadSet()
    token = _current.set(inner)
    try:
        yield inner
    finally:
        _current.reset(token)
        if outer is not None:
            outer.add(None if inner.tables is None else frozenset(inner.tables))


def add_read(names: frozenset[str] | None) -> None:
    """Add to the answer's read set (if any) the tables a part of it was read from earlier (a
    kept fragment: its statements do not run again)."""
    outer = _current.get()
    if outer is not None:
        outer.add(names)


def _tables_of(compiled: Any) -> frozenset[str] | None:
    try:
        return _memo[compiled]
    except (KeyError, TypeError):
        pass
    statement = getattr(compiled, "statement", None)
    names: set[str] = set()
    found = [] if statement is None else find_tables(statement, include_aliases=True)
    for table in found:
        if not isinstance(table, Table):
            continue
        names.update(DERIVED.get(table.name, (table.name,)))
    result: frozenset[str] | None = frozenset(names)
    if not names or not names <= VERSIONED:
        result = EVERYTHING
    with suppress(TypeError):  # not weak-referenceable: not memoized
        _memo[compiled] = result
    return result


def watch(engine: Engine) -> None:
    """Record the tables every statement on `engine` reads into the current read set."""

    @event.listens_for(engine, "before_cursor_execute")
    def _record(conn: Any, _cursor: Any, _sql: Any, _params: Any, context: Any, _many: Any) -> None:
        read_set = _current.get()
        if read_set is None or read_set.tables is None:
            return
        if conn.get_execution_options().get(HEADERS_ONLY) or (
            context is not None and context.execution_options.get(HEADERS_ONLY)
        ):
            return
        compiled = getattr(context, "compiled", None)
        read_set.add(EVERYTHING if compiled is None else _tables_of(compiled))
