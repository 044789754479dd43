"""Engine and session factory. Sync SQLAlchemy: FastAPI runs sync routes in its thread pool,
and both drivers we ship (sqlite3, psycopg 3) are fastest in their sync mode."""

from collections.abc import AsyncIterator, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, TypeVar

import anyio
from fastapi import Depends, Request
from sqlalchemy import Engine, Row, Select, bindparam, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.core.config import get_settings
from app.core.errors import NotFound


def build_engine(url: str, **overrides: Any) -> Engine:
    settings = get_settings()
    parsed = make_url(url)
    kwargs: dict[str, Any] = {
        "pool_pre_ping": True,
        "query_cache_size": settings.sql_cache_size,
    }
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {
            "check_same_thread": False,
            "timeout": settings.sqlite_busy_timeout_ms / 1000,
        }
    else:
        kwargs["pool_size"] = settings.db_pool_size
        kwargs["max_overflow"] = settings.db_pool_size
        kwargs["connect_args"] = {"connect_timeout": 5}
    kwargs.update(overrides)
    engine = create_engine(url, **kwargs)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # SQLite leaves foreign keys off unless asked, per connection.
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL lets readers run while one writer commits.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={int(get_settings().sqlite_busy_timeout_ms)}")
    cursor.close()


@lru_cache
def get_engine() -> Engine:
    """The application's engine: its reads have a deadline (app/core/limits.py). Migrations
    and tools build their own engines, without one."""
    from app.core.limits import install_deadlines
    from app.core.readset import watch

    engine = build_engine(get_settings().database_url)
    install_deadlines(engine)
    watch(engine)
    return engine


@lru_cache
def get_sessionmaker() -> sessionmaker[Session]:
    from app.core.limits import apply_deadline

    maker = sessionmaker(bind=get_engine(), expire_on_commit=False, autoflush=False)
    event.listen(maker, "after_begin", apply_deadline)
    return maker


async def db_slot() -> AsyncIterator[None]:
    """One of the worker's database slots, held from before the request's session opens until
    after it closes. The wait runs in a thread of its own limiter: a request waiting for a slot
    must not hold one of the route threads that the requests holding the slots need for their
    next step (with it did, 8 cold requests on 7 threads stalled for QUERY_TIMEOUT_MS at a time:
    docs/performance.md)."""
    from app.core.limits import Slot

    slot = Slot(get_settings())
    if not slot.take_free():  # a free slot is taken on the loop: no thread round trip
        await anyio.to_thread.run_sync(slot.take, limiter=anyio.CapacityLimiter(1))
    try:
        yield
    finally:
        slot.give_back()


async def get_session(
    request: Request, _slot: Annotated[None, Depends(db_slot)]
) -> AsyncIterator[Session]:
    """One session per request; the request commits once, before the response is built. It
    holds one of the worker's database slots while open (`db_slot`), and a read's statements
    have a deadline (app/core/limits.py).

    Made on the event loop: a new session holds no connection (its first statement takes one,
    in the thread that runs it), so opening it costs no thread round trip, nor does closing
    one that holds none or holds SQLite's (putting it back rolls back a read transaction in
    memory). Closing a PostgreSQL connection's transaction is a round trip to the server: a
    thread does it. Each round trip to a thread costs about 0.1 ms of CPU (docs/performance.md)."""
    from app.core.limits import limit_reads

    session = get_sessionmaker()()
    if request.method in ("GET", "HEAD"):
        limit_reads(session, get_settings())
    try:
        yield session
    finally:
        if session.in_transaction() and session.get_bind().dialect.name != "sqlite":
            await anyio.to_thread.run_sync(session.close)
        else:
            session.close()


def pairs(result: Iterable[Any]) -> dict[Any, Any]:
    """Two-column rows as a dict. (dict(result) would not do: a Result has .keys(), so dict()
    takes it for a mapping.)"""
    return {row[0]: row[1] for row in result}


_Row = TypeVar("_Row")


def first_or_404(session: Session, stmt: Select[_Row], missing: str) -> _Row:
    """The first record `stmt` selects, or a 404 problem whose detail is `missing`."""
    found = session.scalars(stmt).first()
    if found is None:
        raise NotFound(missing)
    return found


class AnswerRow:
    """A record read as the one row of its answer's columns (not an ORM object): by `slug`
    for its GET, or a 404 problem; by `id` for the answer to a write. `columns` selects those
    columns with their joins; both statements are built once, here: a statement built per
    request cost more than running it."""

    def __init__(self, noun: str, model: Any, columns: Select[Any]) -> None:
        self.noun = noun
        self._by_slug = columns.where(model.slug == bindparam("key"))
        self._by_id = columns.where(model.id == bindparam("key"))

    def by_slug(self, session: Session, slug: str) -> Row[Any]:
        found = session.connection().execute(self._by_slug, {"key": slug}).first()
        if found is None:
            raise NotFound(f"No {self.noun} with slug '{slug}'.")
        return found

    def by_id(self, session: Session, record_id: int) -> Row[Any]:
        return session.connection().execute(self._by_id, {"key": record_id}).one()
