"""Every database test runs on SQLite and on PostgreSQL.

Each test process (each pytest-xdist worker) migrates and seeds one database per backend,
once: the template. Every other database a test needs is a copy of it (SQLite's backup API
into a new file; PostgreSQL's `CREATE DATABASE ... TEMPLATE`), which costs milliseconds
instead of a migration and a seed load. The read tests share one copy (`seeded_url`); each
write test gets a copy of its own (`tests/curation_support.py`), dropped after it. Tests that
need a database the seed has not touched (migrations, backups, deploy) still make an empty one
with `databases.new`. On PostgreSQL the next copy is made, and used ones dropped, by threads
beside the running test. PostgreSQL must be reachable: if it is not, the PostgreSQL tests fail
(they never skip), so CI cannot pass without them.

The app is built once per test process and per settings (`shared_app`), not once per test:
building it costs about half a second and its OpenAPI description about two more. Each test
still gets fresh middleware (so an empty response cache) and fresh rate-limit counts, as a
new app would have. docs/testing.md has the measurements.
"""

import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from tests import onehop

# Every TestClient sends a request to the app in one hop to its event loop thread, not about
# eight (tests/onehop.py, docs/testing.md).
onehop.install()

PG_ADMIN_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
# Counters of the setup work (docs/testing.md); fixtures of the write tests (a copy of the
# seeded database per test, keys of each role).
pytest_plugins = ["tests.setup_counts", "tests.curation_support"]

BACKENDS = [b for b in os.environ.get("TEST_BACKENDS", "sqlite,postgresql").split(",") if b]


def reset_caches() -> None:
    from app.core import db
    from app.core.config import get_settings

    get_settings.cache_clear()
    if db.get_engine.cache_info().currsize:
        db.get_engine().dispose()
    db.get_engine.cache_clear()
    db.get_sessionmaker.cache_clear()


def use_database(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    reset_caches()


class TempDatabases:
    """Creates databases of either engine (empty, or copies of a seeded template) and drops
    them at the end of the run."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.pg_created: list[str] = []
        self.templates: dict[tuple[str, str], str] = {}  # (backend, kind) -> url
        self.keys: dict[str, dict[str, str]] = {}  # backend -> role -> key of "curated"
        # PostgreSQL's CREATE DATABASE and DROP DATABASE mostly wait on the server (WAL
        # flushes, the other backends acknowledging the drop): 0.2-5 s each under load, as
        # long as the test itself. One thread of this process makes the next copy of each
        # template and drops the used ones while the tests run (docs/testing.md).
        self._lock = threading.Lock()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="test-db-copies")
        self._dropper = ThreadPoolExecutor(max_workers=4, thread_name_prefix="test-db-drops")
        self._next: dict[tuple[str, str], Future[str]] = {}  # a copy made ahead, per template
        self._admin_engine: Engine | None = None

    def new(self, backend: str) -> str:
        name = f"ckb_test_{uuid.uuid4().hex[:10]}"
        if backend == "sqlite":
            return f"sqlite:///{self.tmp / (name + '.db')}"
        return self._pg_create(name)

    def copy(self, backend: str, kind: str = "seeded") -> str:
        """A new database holding what the template `kind` holds: "seeded" (migrated, the
        seed loaded) or "curated" (that plus one API key of each role, `self.keys`)."""
        template = self.template(backend, kind)
        if backend == "sqlite":
            url = f"sqlite:///{self.tmp / f'ckb_test_{uuid.uuid4().hex[:10]}.db'}"
            _sqlite_copy(template, url)
            return url
        source = str(make_url(template).database)
        ahead = self._next.pop((backend, kind), None)
        url = ahead.result() if ahead is not None else self._pg_copy(source)
        self._next[backend, kind] = self._worker.submit(self._pg_copy, source)
        return url

    def _pg_copy(self, source: str) -> str:
        return self._pg_create(f"ckb_test_{uuid.uuid4().hex[:10]}", f' TEMPLATE "{source}"')

    def _pg_create(self, name: str, template: str = "") -> str:
        self._admin(f'CREATE DATABASE "{name}"{template}')
        with self._lock:
            self.pg_created.append(name)
        # A test database needs no durability across a server crash: commits do not wait for
        # the WAL flush (about 11 ms a commit on this machine's disk, 1.5 ms without). What
        # the tests see is the same; the setting is the database's, so the subprocess
        # services get it too. Not copied from a template: set on every database.
        self._admin(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
        return _pg_url(name)

    def drop(self, url: str) -> None:
        """Drop a database made by `new` or `copy` before the end of the run."""
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            reset_caches()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{parsed.database}{suffix}").unlink(missing_ok=True)
            return
        name = str(parsed.database)
        reset_caches()  # this process lets go of it; the drop runs beside the next test
        self._dropper.submit(self._pg_drop, name)

    def _pg_drop(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        with self._lock:
            self.pg_created.remove(name)

    def template(self, backend: str, kind: str) -> str:
        """The template database `kind` of `backend`, made on first use (once per process).
        Nothing connects to a template after it is made (PostgreSQL copies only a database
        nobody is connected to)."""
        if (backend, kind) in self.templates:
            return self.templates[backend, kind]
        if kind == "seeded":
            url = self._seeded_template(backend)
        else:
            url = self.copy(backend, "seeded")
            self.keys[backend] = _add_keys(url)
        self.templates[backend, kind] = url
        return url

    def _seeded_template(self, backend: str) -> str:
        from app.core.db import get_sessionmaker
        from app.core.migrations import upgrade
        from app.seed.loader import load_seed

        url = self.new(backend)
        upgrade(url)
        use_database(url)
        with get_sessionmaker()() as session:
            load_seed(session)
            session.commit()
        reset_caches()  # let go of it: it is a template from now on
        return url

    def _admin(self, sql: str) -> None:
        with self._lock:
            if self._admin_engine is None:
                self._admin_engine = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
            admin = self._admin_engine
        with admin.connect() as conn:
            conn.execute(text(sql))

    def drop_all(self) -> None:
        self._worker.shutdown(wait=True)  # the copies made ahead are in pg_created
        self._dropper.shutdown(wait=True)
        reset_caches()
        if self.pg_created:
            admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                for name in self.pg_created:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
        if self._admin_engine is not None:
            self._admin_engine.dispose()


def _pg_url(name: str) -> str:
    return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)


def _sqlite_copy(source_url: str, target_url: str) -> None:
    """SQLite's online backup: a consistent copy page by page, WAL content included."""
    source = sqlite3.connect(str(make_url(source_url).database))
    target = sqlite3.connect(str(make_url(target_url).database))
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()


def _add_keys(url: str) -> dict[str, str]:
    """One API key of each role, written on an engine of its own that is closed after."""
    from sqlalchemy.orm import sessionmaker

    from app.auth.keys import create_key
    from app.core.db import build_engine

    engine = build_engine(url)
    keys = {}
    try:
        with sessionmaker(bind=engine)() as session:
            for role in ("reader", "editor", "admin"):
                _, keys[role] = create_key(session, name=f"{role}-key", role=role)
            session.commit()
    finally:
        engine.dispose()
    return keys


@pytest.fixture(scope="session")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TempDatabases]:
    dbs = TempDatabases(tmp_path_factory.mktemp("db"))
    yield dbs
    dbs.drop_all()


@pytest.fixture(scope="session", params=BACKENDS)
def seeded_url(request: pytest.FixtureRequest, databases: TempDatabases) -> str:
    """A database at head with the seed loaded, shared by the read-only tests of a backend."""
    url = databases.copy(request.param)
    use_database(url)
    return url


@pytest.fixture(scope="session")
def backend(seeded_url: str) -> str:
    return make_url(seeded_url).get_backend_name()


_APPS: dict[str, FastAPI] = {}


def shared_app(slot: int = 0) -> FastAPI:
    """The app of this process for the current settings, built once per distinct settings
    (the database URL aside: the app finds its engine per request). Fresh middleware (an empty
    response cache) and fresh rate-limit counts each call, as create_app() would give.

    `slot`: a test that needs several distinct apps of the same settings at once (two workers
    with caches of their own, two limiters on one storage) asks for slots 0, 1, ...: each slot
    is an app of its own, built once per process like slot 0."""
    from app.core.config import get_settings
    from app.http.logs import configure_logging
    from app.http.ratelimit import reset_limits
    from app.main import create_app

    settings = get_settings()
    key = f"{slot}:{settings.model_dump_json(exclude={'database_url'})}"
    app = _APPS.get(key)
    if app is None:
        app = _APPS[key] = create_app()
    else:
        configure_logging(settings)  # on today's stderr (pytest swaps it per test)
        reset_limits()
    app.middleware_stack = None  # rebuilt on the first request: new middleware instances
    return app


def on_database(url: str) -> None:
    """Point the app at `url`; settings are read afresh, the engine kept if it is the same."""
    from app.core.config import get_settings

    if os.environ.get("DATABASE_URL") == url and get_settings().database_url == url:
        get_settings.cache_clear()
        return
    use_database(url)


@pytest.fixture
def client(seeded_url: str) -> Iterator[TestClient]:
    on_database(seeded_url)
    with TestClient(shared_app(), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def uncached(seeded_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """A client of the app with the response cache off: every request runs its route."""
    from app.core.config import get_settings

    monkeypatch.setenv("RESPONSE_CACHE_MB", "0")
    use_database(seeded_url)
    try:
        with TestClient(shared_app(), raise_server_exceptions=False) as c:
            yield c
    finally:
        monkeypatch.delenv("RESPONSE_CACHE_MB")
        get_settings.cache_clear()


@pytest.fixture
def db(seeded_url: str, client: TestClient) -> Iterator[Session]:
    """A session on the same database the client uses, to check answers against SQL."""
    from app.core.db import get_sessionmaker

    with get_sessionmaker()() as session:
        yield session


@pytest.fixture(params=BACKENDS)
def empty_url(request: pytest.FixtureRequest, databases: TempDatabases) -> str:
    """A brand-new empty database (no schema) of each engine, for migration tests."""
    return databases.new(request.param)


# The longest tests (a schemathesis run per engine, several minutes each) start first, one in
# each test process, so they overlap the rest instead of running last or one after the other.
# `make test` runs pytest-xdist with `--dist loadgroup`, which hands tests out one at a time in
# collection order (each test is its own group): the first goes to the first process, the
# second to the second. The default `--dist load` sends each process a chunk of consecutive
# tests first, so both runs went to the same process, one after the other (822 s in CI).
_LONGEST = ("test_schemathesis.py::",)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: 0 if any(m in item.nodeid for m in _LONGEST) else 1)
