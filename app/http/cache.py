"""Rendered responses, cached in the worker until a table they were read from changes.

The knowledge base is read-mostly, and every write bumps one number, `kb_state.data_version`,
in the write's own transaction: the application does (app/core/state.py) and so do the
database's own triggers on every table (migration 0006), whoever the writer is; and since
migration 0012 the triggers also bump the written table's own version (`kb_table_version`).
While an answer is rendered, the statements it runs say which tables it reads
(app/core/readset.py); the answer is filed with those tables' versions, and a worker serves
the same bytes to the same request for as long as the database still has them, whoever wrote
elsewhere, in any process. An answer whose tables cannot be known (text SQL, tables without a
version) is kept by the data version alone, as before: any write invalidates it.

Each cacheable request costs one read of those numbers (a dozen rows) on a connection kept
for the purpose (no pool checkout, no ORM, no thread hop; on PostgreSQL an async read shared by
the requests that arrive while it is in flight); a hit then answers without routing,
validation, queries or serialization. The versions are read *before* the answer is rendered,
so an answer is never filed under versions newer than the data it shows.

What is cached: GET under /api/ with a 200 answer, keyed by path, query string, host, scheme
and Accept (the `next` links and content negotiation depend on them), and the UTC day (the
pages' timelines and the stats' default `as_of` run to today); and the HTML pages (`/` and
/kb/, app/pages). What is not: requests with credentials or conditional headers
(Authorization, Cookie, If-None-Match, If-Modified-Since, If-Match, Range), answers that set
cookies or say no-store/private, errors, and bodies over an entry cap. Memory is bounded in
bytes (LRU, `RESPONSE_CACHE_MB`; 0 turns it off) and given back to the system after large
drops (`give_memory_back`).

Placement: inside CORS and any middleware that adds per-request headers (a request id), so
those still apply to cached answers; those middlewares must be added after this one.
"""

import asyncio
import ctypes
import ctypes.util
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import anyio
from sqlalchemy import Engine

from app.core.config import get_settings
from app.core.db import get_engine
from app.core.readset import ReadSet, reading

logger = logging.getLogger("app.cache")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_BYPASS_REQUEST = {
    b"authorization",
    b"cookie",
    b"if-none-match",
    b"if-modified-since",
    b"if-match",
    b"if-unmodified-since",
    b"range",
}
# The global data version (name '') and each table's (kb_table_version, migration 0012).
VERSION_SQL = (
    "SELECT '', data_version FROM kb_state WHERE id = 1 "
    "UNION ALL SELECT name, version FROM kb_table_version"
)
# (which database, its data version, {table: version})
Versions = tuple[int, int, dict[str, int]]


def _versions(engine: Engine, rows: list[Any]) -> Versions | None:
    found = {str(name): int(version) for name, version in rows}
    data = found.pop("", None)
    return None if data is None else (id(engine), data, found)


RETRY_AFTER_ERROR_S = 1.0


def _back_off(failed: str) -> float:
    """Logs that the cache could not do what `failed` says (the exception being handled), and
    returns when to try again: nothing is cached until then."""
    logger.warning("response cache: cannot %s", failed, exc_info=True)
    return time.monotonic() + RETRY_AFTER_ERROR_S


class VersionReader:
    """Reads the data version on a connection of its own, in autocommit: one indexed row,
    one round trip. Shared by every app in the process; follows `get_engine()` when it
    changes (the tests switch databases)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._engine: Engine | None = None
        self._conn: Any = None
        self._down_until = 0.0

    def read(self) -> Versions | None:
        """(which database, its current version, its tables' versions), or None when they
        cannot be read (then nothing is cached)."""
        engine = get_engine()
        with self._lock:
            if self._conn is None or self._engine is not engine:
                if time.monotonic() < self._down_until:
                    return None
                self._close()
                try:
                    self._conn = self._connect(engine)
                    self._engine = engine
                except Exception:
                    self._down_until = _back_off("open its connection")
                    return None
            try:
                cursor = self._conn.cursor()
                try:
                    cursor.execute(VERSION_SQL)
                    rows = cursor.fetchall()
                finally:
                    cursor.close()
            except Exception:
                self._close()
                self._down_until = _back_off("read the data version")
                return None
            return _versions(engine, rows)

    @staticmethod
    def _connect(engine: Engine) -> Any:
        # A pooled connection (same connect arguments and PRAGMAs as the app's), detached so
        # the pool neither counts nor recycles it.
        proxied = engine.raw_connection()
        proxied.detach()
        dbapi = proxied.dbapi_connection
        assert dbapi is not None
        dbapi.rollback()
        if engine.dialect.name == "postgresql":
            dbapi.autocommit = True
            cursor = dbapi.cursor()
            cursor.execute("SET statement_timeout = 2000")
            cursor.close()
        else:
            dbapi.isolation_level = None  # sqlite3: no implicit transaction, no held snapshot
            # A locked database means "no cache this time", not a wait.
            dbapi.execute("PRAGMA busy_timeout = 0")
        return dbapi

    def _close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:  # it is being thrown away either way
                logger.debug("response cache: close failed", exc_info=True)
        self._conn = None
        self._engine = None


class BatchedVersionReader:
    """PostgreSQL: the version is read on an async connection, so the event loop never waits
    on the network, and one round trip serves every request that arrived while the previous
    read was in flight. A request only ever waits for a read that *starts after it arrived*,
    so it never gets an answer older than a write that committed before it came in.
    One connection per event loop (uvicorn has one; each test client has its own)."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._engine: Engine | None = None
        self._conn: Any = None
        self._next: asyncio.Future[Versions | None] | None = None
        self._running = False
        self._task: asyncio.Task[None] | None = None
        self._down_until = 0.0

    async def read(self, engine: Engine) -> Versions | None:
        loop = asyncio.get_running_loop()
        if self._loop is not loop or self._engine is not engine:
            self._drop()
            self._loop, self._engine = loop, engine
            self._next, self._running = None, False
        if self._next is None:
            self._next = loop.create_future()
            if not self._running:
                self._running = True
                self._task = loop.create_task(self._run(engine))
        # shield: a request that goes away must not cancel the read others wait for.
        return await asyncio.shield(self._next)

    async def _run(self, engine: Engine) -> None:
        try:
            while self._next is not None:
                waiting, self._next = self._next, None
                version = await self._query(engine)
                if not waiting.done():
                    waiting.set_result(version)
        finally:
            self._running = False

    async def _query(self, engine: Engine) -> Versions | None:
        import psycopg

        try:
            if self._conn is None or self._conn.closed:
                if time.monotonic() < self._down_until:
                    return None
                url = engine.url.set(drivername="postgresql")
                self._conn = await asyncio.wait_for(
                    psycopg.AsyncConnection.connect(
                        url.render_as_string(hide_password=False),
                        autocommit=True,
                        connect_timeout=5,
                    ),
                    timeout=6,
                )
            cursor = await asyncio.wait_for(self._conn.execute(VERSION_SQL), timeout=2)
            rows = await cursor.fetchall()
        except Exception:
            self._drop()
            self._down_until = _back_off("read the data version")
            return None
        return _versions(engine, rows)

    def _drop(self) -> None:
        if self._conn is not None:
            try:
                self._conn.pgconn.finish()  # synchronous: safe from any loop or none
            except Exception:  # it is being thrown away either way
                logger.debug("response cache: close failed", exc_info=True)
        self._conn = None


class BatchedThreadReader(BatchedVersionReader):
    """SQLite: the same batching, each read done by VersionReader in a worker thread. The
    hop to the thread pool cost more than the read itself (about three times, profiled on
    the cached path); batched, the requests that arrive while one read is in flight share
    the next one instead of each taking a thread. The thread is not one of the routes' pool
    (app/core/limits.py): with every route thread waiting for a database slot, cached answers
    would wait too."""

    def __init__(self) -> None:
        super().__init__()
        self._limiters: dict[asyncio.AbstractEventLoop, anyio.CapacityLimiter] = {}

    async def _query(self, engine: Engine) -> Versions | None:
        loop = asyncio.get_running_loop()
        limiter = self._limiters.get(loop)
        if limiter is None:
            # One per event loop (a limiter belongs to its loop); the reads are one at a
            # time anyway (VersionReader's lock).
            self._limiters = {k: v for k, v in self._limiters.items() if not k.is_closed()}
            limiter = self._limiters[loop] = anyio.CapacityLimiter(1)
        return await anyio.to_thread.run_sync(_reader.read, limiter=limiter)

    def _drop(self) -> None:
        pass  # the connection is VersionReader's


_reader = VersionReader()
_batched = BatchedVersionReader()
_batched_sqlite = BatchedThreadReader()


async def read_version() -> Versions | None:
    """(which database, its data version, its tables' versions) now, or None if they cannot
    be read."""
    engine = get_engine()
    if engine.dialect.name == "postgresql":
        return await _batched.read(engine)
    # SQLite: a local read of microseconds, but a lock (a writer's, a backup's) or the first
    # connect can make it wait: never on the event loop, or every request and even shutdown
    # would wait with it (found by the graceful-shutdown fault test).
    return await _batched_sqlite.read(engine)


Entry = tuple[int, list[Any], bytes]
# The versions of the tables an answer was read from; None: not known (any write stales it).
Deps = tuple[tuple[str, int], ...] | None


class ResponseCache:
    """An LRU of rendered answers, bounded in bytes. Each is kept with the data version it was
    rendered under and, when known, the versions of the tables it was read from
    (app/core/readset.py): it is served while those tables are unchanged, or, when they are not
    known, while the data version is."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.max_entry = max(64 * 1024, max_bytes // 16)
        self.version: tuple[int, int] | None = None  # the newest (database, version) seen
        self.used = 0
        self.evicted = 0  # bytes evicted since memory was last given back
        self.entries: OrderedDict[tuple[Any, ...], tuple[Entry, int, Deps]] = OrderedDict()

    def get(
        self,
        version: tuple[int, int],
        key: tuple[Any, ...],
        tables: dict[str, int] | None = None,
    ) -> Entry | None:
        """`version` and `tables`: the data version and the tables' versions read now."""
        if self.version is None or version[0] != self.version[0]:
            return None
        held = self.entries.get(key)
        if held is None:
            return None
        entry, data, deps = held
        if data == version[1] or (
            deps is not None and tables is not None and all(tables.get(n) == v for n, v in deps)
        ):
            self.entries.move_to_end(key)
            return entry
        del self.entries[key]
        self.used -= _size(key, entry)
        return None

    def put(
        self,
        version: tuple[int, int],
        key: tuple[Any, ...],
        entry: Entry,
        deps: Deps = None,
    ) -> None:
        """`version` is (database, data version) and `deps` the versions of the tables read,
        both as read before the answer was rendered."""
        if self.version is None or version[0] != self.version[0]:
            self._drop(lambda _held: True)
            self.version = version
        elif version[1] > self.version[1]:
            self.version = version
            # What is kept by the data version alone is stale now: gone, memory given back.
            self._drop(lambda held: held[2] is None)
        elif version[1] < self.version[1] and deps is None:
            return  # rendered under an older version than one already seen: never serve it
        size = _size(key, entry)
        if size > self.max_entry:
            return
        old = self.entries.pop(key, None)
        if old is not None:
            self.used -= _size(key, old[0])
        self.entries[key] = (entry, version[1], deps)
        self.used += size
        while self.used > self.max_bytes and self.entries:
            k, e = self.entries.popitem(last=False)
            self.used -= _size(k, e[0])
            self.evicted += _size(k, e[0])
        if self.evicted >= TRIM_AFTER_BYTES:
            self.evicted = 0
            give_memory_back()

    def _drop(self, which: Callable[[tuple[Entry, int, Deps]], bool]) -> None:
        before = self.used
        for k in [k for k, held in self.entries.items() if which(held)]:
            self.used -= _size(k, self.entries.pop(k)[0])
        if before - self.used >= TRIM_AFTER_BYTES:
            give_memory_back()


# The C allocator keeps freed memory for reuse; after this much of the cache is dropped or
# evicted, it is asked to return what it can (glibc's malloc_trim), at most once a second:
# worker RSS after 3,000 distinct dashboard URLs is measured in docs/performance.md.
TRIM_AFTER_BYTES = 4 << 20
_trimmed_at = 0.0


def _load_trim() -> Callable[[int], int] | None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to ask
        return None
    return trim


_malloc_trim = _load_trim()


def give_memory_back() -> None:
    global _trimmed_at
    now = time.monotonic()
    if _malloc_trim is not None and now - _trimmed_at >= 1.0:
        _trimmed_at = now
        _malloc_trim(0)


def _size(key: tuple[Any, ...], entry: tuple[int, list[Any], bytes]) -> int:
    return len(entry[2]) + sum(len(k) + len(v) for k, v in entry[1]) + 64 * (len(key) + 4)


class ResponseCacheMiddleware:
    def __init__(self, app: ASGIApp, max_bytes: int, prefix: str = "/api/") -> None:
        self.app = app
        self.cache = ResponseCache(max_bytes)
        self.prefix = prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        page = scope.get("path") == "/" or str(scope.get("path", "")).startswith("/kb/")
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or not (page or scope["path"].startswith(self.prefix))
            # Reads behind keys: every answer depends on who asks, so none is shared.
            or get_settings().require_key_for_reads
        ):
            await self.app(scope, receive, send)
            return
        key = _key(scope)
        versions = None if key is None else await read_version()
        if key is None or versions is None:
            await self.app(scope, receive, send)
            return
        version, tables = versions[:2], versions[2]
        hit = self.cache.get(version, key, tables)
        if hit is not None:
            # A fresh list each time: outer middleware (CORS) edits the headers in place.
            await send({"type": "http.response.start", "status": hit[0], "headers": [*hit[1]]})
            await send({"type": "http.response.body", "body": hit[2], "more_body": False})
            return

        status = 0
        headers: list[Any] = []
        chunks: list[bytes] = []
        size = 0
        keep = True

        async def capture(message: Message) -> None:
            nonlocal status, headers, size, keep
            if message["type"] == "http.response.start":
                # Copied before passing it on: outer middleware edits the headers in place.
                status = message["status"]
                headers = [(bytes(k), bytes(v)) for k, v in message.get("headers", [])]
                keep = status == 200 and _storable(headers)
            elif message["type"] == "http.response.body" and keep:
                body = message.get("body", b"")
                size += len(body)
                if size > self.cache.max_entry:
                    keep = False
                    chunks.clear()
                else:
                    chunks.append(body)
                if not message.get("more_body", False) and keep:
                    entry = (status, headers, b"".join(chunks))
                    self.cache.put(version, key, entry, _deps(read_set, tables))
            await send(message)

        read_set = reading()
        await self.app(scope, receive, capture)


def _key(scope: Scope) -> tuple[Any, ...] | None:
    """What the answer depends on besides the data; None: a request that bypasses the cache."""
    host = accept = b""
    for name, value in scope["headers"]:
        if name in _BYPASS_REQUEST:
            return None
        if name == b"host":
            host = value
        elif name == b"accept":
            accept = value
    return (
        scope["path"],
        scope["query_string"],
        host,
        accept,
        scope.get("scheme", "http"),
        scope.get("root_path", ""),
        # The UTC day: pages' timelines and stats' default `as_of` run to today, and an
        # answer may now outlive many writes (it is kept until its tables change).
        time.strftime("%Y-%m-%d", time.gmtime()),
    )


def _deps(read_set: ReadSet, tables: dict[str, int]) -> Deps:
    """The versions, as read before rendering, of the tables the answer was read from."""
    if read_set.tables is None or not read_set.tables <= tables.keys():
        return None
    return tuple(sorted((name, tables[name]) for name in read_set.tables))


def _storable(headers: list[Any]) -> bool:
    for name, value in headers:
        lname = bytes(name).lower()
        if lname == b"set-cookie":
            return False
        if lname == b"cache-control" and (b"no-store" in value or b"private" in value):
            return False
    return True
