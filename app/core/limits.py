"""No pile-up: database work bounded per worker, runaway reads stopped, a thread pool sized for
the cores (docs/performance.md, "No pile-up").

- **Slots.** A request's session takes one of `DB_MAX_CONCURRENCY` slots before its first
  statement and gives it back when the session closes. SQLite runs inside the worker: more
  queries at once than cores only share the cores, so a 14 ms read waited behind forty slow
  ones (issue 17). PostgreSQL runs in processes of its own, so it gets more. A request that
  waits longer than `QUERY_TIMEOUT_MS` for a slot gets a 503 problem with Retry-After.
- **Runaway reads.** A statement of a GET or HEAD request that runs longer than
  `QUERY_TIMEOUT_MS` is stopped and the request answers a 503 problem (never a 500):
  SQLite by a progress handler that interrupts the statement past its deadline, PostgreSQL by
  `SET LOCAL statement_timeout` in the request's transaction. Writes are not cut short (an
  import may rightly take long); they are bounded by the slots and the write locks.
- **Threads.** FastAPI runs sync routes in anyio's thread pool, 40 threads by default:
  `WORKER_THREADS` (by default a few more than the slots, so requests queue for a slot
  without taking the threads that serve cached answers' version reads).
"""

import math
import os
import threading
import time
from functools import lru_cache
from typing import Any

import anyio.to_thread
from sqlalchemy import Connection, Engine, event
from sqlalchemy.orm import Session

from app.core.config import Settings, get_settings
from app.core.errors import ServiceUnavailable

TIMEOUT_OPTION = "query_timeout_ms"
# SQLite calls the progress handler every this many virtual-machine instructions: a few
# microseconds of work, so the check costs well under 1% and a deadline is seen promptly.
PROGRESS_STEPS = 10_000


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def db_slots(settings: Settings) -> int:
    if settings.db_max_concurrency:
        return settings.db_max_concurrency
    return cores() + 1 if settings.is_sqlite else 2 * cores() + 2


def worker_threads(settings: Settings) -> int:
    return settings.worker_threads or db_slots(settings) + 4


@lru_cache
def _semaphore(size: int) -> threading.BoundedSemaphore:
    return threading.BoundedSemaphore(size)


class Slot:
    """One of the worker's database slots, held from `take()` to `give_back()`."""

    def __init__(self, settings: Settings) -> None:
        self._sem = _semaphore(db_slots(settings))
        self._wait = settings.query_timeout_ms / 1000 if settings.query_timeout_ms else None
        self._held = False

    def take(self) -> None:
        if not self._sem.acquire(timeout=self._wait):
            raise ServiceUnavailable(
                "The service is busy: every database slot stayed taken; retry shortly.",
                headers={"Retry-After": "1"},
            )
        self._held = True

    def take_free(self) -> bool:
        """Take a slot if one is free now, without waiting: whether it did."""
        self._held = self._sem.acquire(blocking=False)
        return self._held

    def give_back(self) -> None:
        if self._held:
            self._held = False
            self._sem.release()


def limit_reads(session: Session, settings: Settings) -> None:
    """Give the session's statements the read deadline (a GET or HEAD request's session). No
    connection is taken here: `apply_deadline` gives it to the session's transaction when its
    first statement begins one, in whichever thread runs that statement."""
    if settings.query_timeout_ms:
        session.info[TIMEOUT_OPTION] = settings.query_timeout_ms


def apply_deadline(session: Session, _transaction: Any, connection: Connection) -> None:
    """The sessions' `after_begin` hook (app/core/db.py): a session given a deadline by
    `limit_reads` runs its statements with it."""
    ms = session.info.get(TIMEOUT_OPTION)
    if not ms:
        return
    connection.execution_options(**{TIMEOUT_OPTION: ms})  # in place (SQLAlchemy 2)
    if connection.dialect.name == "postgresql":
        # LOCAL: gone with the transaction, so a pooled connection never keeps it. Sent on the
        # driver's connection: a setting of the transaction, not one of the route's queries
        # (tests/test_query_count.py counts those), nor a table the answer reads.
        dbapi = connection.connection.dbapi_connection
        assert dbapi is not None
        cursor = dbapi.cursor()
        try:
            cursor.execute(f"SET LOCAL statement_timeout = {int(ms)}")
        finally:
            cursor.close()


def install_deadlines(engine: Engine) -> None:
    """SQLite: interrupt a statement run with the `query_timeout_ms` execution option once it
    has run that long (fetching its rows included; the deadline holds until the next
    statement or until the connection goes back to the pool)."""
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _handler(dbapi_connection: Any, record: Any) -> None:
        deadline = record.info["deadline"] = [math.inf]
        dbapi_connection.set_progress_handler(
            lambda: time.monotonic() > deadline[0], PROGRESS_STEPS
        )

    @event.listens_for(engine, "before_cursor_execute")
    def _start(conn: Any, _cursor: Any, _sql: Any, _params: Any, _ctx: Any, _many: Any) -> None:
        deadline = conn.info.get("deadline")
        if deadline is not None:
            ms = conn.get_execution_options().get(TIMEOUT_OPTION)
            deadline[0] = time.monotonic() + ms / 1000 if ms else math.inf

    @event.listens_for(engine, "checkin")
    def _clear(_dbapi_connection: Any, record: Any) -> None:
        deadline = record.info.get("deadline")
        if deadline is not None:
            deadline[0] = math.inf


def size_thread_pool() -> None:
    """Call on the event loop at startup (the limiter belongs to the running loop)."""
    limiter = anyio.to_thread.current_default_thread_limiter()
    limiter.total_tokens = worker_threads(get_settings())
