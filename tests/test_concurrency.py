"""Concurrent curators through a real server: no update is lost.

Editors run in threads, each with its own HTTP connection, against uvicorn serving the app on a
fresh database of each engine (on PostgreSQL writers of one row queue on its lock; SQLite lets
one writer in at a time; the If-Match check and the versioned UPDATE hold on both).
"""

import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

import httpx
import pytest
import uvicorn
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Contribution
from tests.conftest import BACKENDS, TempDatabases
from tests.curation_support import Curated, make_curated

EDITORS = 8
ROUNDS = 5
TARGET = "/api/v1/contributions/hun-ntm-i-t72-tanks"


@dataclass
class Server:
    base: str
    curated: Curated


@pytest.fixture(scope="module", params=BACKENDS)
def server(request: pytest.FixtureRequest, databases: TempDatabases) -> Iterator[Server]:
    from app.core.config import get_settings
    from app.main import create_app

    curated = make_curated(databases, request.param)
    # Hundreds of writes from one address in seconds: the write rate limit (tested on its
    # own in test_security.py) would answer 429 and hide what this test is about.
    saved = os.environ.get("RATE_LIMIT_WRITES_PER_MINUTE")
    os.environ["RATE_LIMIT_WRITES_PER_MINUTE"] = "0"
    get_settings.cache_clear()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield Server(base=f"http://127.0.0.1:{port}", curated=curated)
    uv.should_exit = True
    thread.join(timeout=10)
    if saved is None:
        os.environ.pop("RATE_LIMIT_WRITES_PER_MINUTE", None)
    else:
        os.environ["RATE_LIMIT_WRITES_PER_MINUTE"] = saved
    get_settings.cache_clear()


@dataclass
class Tally:
    accepted: list[int] = field(default_factory=list)
    refused: int = 0
    other: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def _read(client: httpx.Client) -> tuple[int, str]:
    response = client.get(TARGET)
    assert response.status_code == 200, response.text
    return int(response.json()["personnel"] or 0), response.headers["ETag"]


def _add(client: httpx.Client, seen: int, tag: str, delta: int, tally: Tally) -> bool:
    response = client.patch(TARGET, json={"personnel": seen + delta}, headers={"If-Match": tag})
    with tally.lock:
        if response.status_code == 200:
            tally.accepted.append(delta)
            return True
        if response.status_code == 412:
            tally.refused += 1
        else:
            tally.other.append(f"{response.status_code} {response.text[:200]}")
    return False


def _personnel(server: Server) -> int:
    from app.core.db import get_sessionmaker
    from tests.conftest import use_database

    use_database(server.curated.url)
    with get_sessionmaker()() as session:
        return _stored(session)


def _stored(session: Session) -> int:
    value = session.scalar(
        select(Contribution.personnel).where(Contribution.slug == TARGET.rsplit("/", 1)[1])
    )
    return int(value or 0)


def _clients(server: Server) -> list[httpx.Client]:
    headers = server.curated.auth()
    return [httpx.Client(base_url=server.base, headers=headers, timeout=30) for _ in range(EDITORS)]


def test_editors_who_read_the_same_version_one_wins_the_rest_get_412(server: Server) -> None:
    """Each round every editor reads the record, then all write at once: exactly one write
    is accepted, the others are refused, and the stored value is the winner's alone."""
    start = _personnel(server)
    tally = Tally()
    clients = _clients(server)
    barrier = threading.Barrier(EDITORS)

    def editor(n: int) -> None:
        for _ in range(ROUNDS):
            seen, tag = _read(clients[n])
            barrier.wait()  # everyone has read the same version
            _add(clients[n], seen, tag, n + 1, tally)
            barrier.wait()  # the round's writes are done

    threads = [threading.Thread(target=editor, args=(n,)) for n in range(EDITORS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for c in clients:
        c.close()
    assert tally.other == []
    assert len(tally.accepted) == ROUNDS
    assert tally.refused == ROUNDS * (EDITORS - 1)
    assert _personnel(server) == start + sum(tally.accepted)


def test_editors_retrying_on_412_lose_nothing(server: Server) -> None:
    """Free-running editors re-read and retry after a 412: every change lands exactly once,
    and the audit log holds one entry per accepted change."""
    from app.core.db import get_sessionmaker

    start = _personnel(server)
    with get_sessionmaker()() as session:
        entries_before = len(session.scalars(select(AuditEntry.id)).all())
    tally = Tally()
    clients = _clients(server)
    deltas = [[(n + 1) * 10 + k for k in range(ROUNDS)] for n in range(EDITORS)]

    def editor(n: int) -> None:
        for delta in deltas[n]:
            for _attempt in range(200):
                seen, tag = _read(clients[n])
                if _add(clients[n], seen, tag, delta, tally):
                    break
            else:
                raise AssertionError("an editor never got its change in")

    threads = [threading.Thread(target=editor, args=(n,)) for n in range(EDITORS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for c in clients:
        c.close()
    expected: list[Any] = sorted(d for row in deltas for d in row)
    assert tally.other == []
    assert sorted(tally.accepted) == expected
    assert _personnel(server) == start + sum(expected)
    with get_sessionmaker()() as session:
        entries = session.scalars(
            select(AuditEntry).order_by(AuditEntry.id).offset(entries_before)
        ).all()
    updates = [e for e in entries if e.record_key == "hun-ntm-i-t72-tanks"]
    assert len(updates) == len(expected)
    # Each entry's before is the previous entry's after: a chain, no gap, no overwrite.
    for previous, entry in pairwise(updates):
        assert entry.before == previous.after
    print(f"\n{len(expected)} changes, {tally.refused} refused with 412 and retried")
