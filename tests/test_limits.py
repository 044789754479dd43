"""No pile-up (app/core/limits.py), on both engines: a runaway read is stopped and answered
with a 503 problem, cheap requests answer while a slow one holds the database, and a request
that finds every database slot taken gets a 503 problem instead of waiting without end.

Two routes are added to a fresh app for the purpose, both on the production session
dependency (slots, deadlines) and error handlers: one runs a query that never ends by itself,
one holds its session until the test lets it go. Nothing is timed: the runaway query is
infinite, and the slow request is released by the test only after the cheap ones answered.
"""

import threading
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import text

from app.core.params import SessionDep
from tests.conftest import on_database
from tests.helpers import PROBLEM

API = "/api/v1"
# Counts up for ever: only the deadline ends it, on either engine.
RUNAWAY = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c"


class Gate:
    def __init__(self) -> None:
        self.entered = threading.Semaphore(0)
        self.release = threading.Event()


@pytest.fixture
def limited(seeded_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[TestClient, Gate]]:
    from app.core.config import get_settings
    from app.main import create_app

    monkeypatch.setenv("QUERY_TIMEOUT_MS", "300")
    monkeypatch.setenv("DB_MAX_CONCURRENCY", "2")
    monkeypatch.setenv("RESPONSE_CACHE_MB", "32")
    on_database(seeded_url)
    get_settings.cache_clear()
    app = create_app()
    gate = Gate()
    _add_test_routes(app, gate)
    try:
        with TestClient(app, raise_server_exceptions=False) as client:
            yield client, gate
    finally:
        gate.release.set()
        monkeypatch.undo()
        get_settings.cache_clear()


def _add_test_routes(app: FastAPI, gate: Gate) -> None:
    @app.get("/test/runaway")
    def runaway(session: SessionDep) -> dict[str, int]:
        return {"x": session.execute(text(RUNAWAY)).scalar_one()}

    @app.get("/test/hold")
    def hold(session: SessionDep) -> dict[str, int]:
        value = session.execute(text("SELECT 1")).scalar_one()
        gate.entered.release()
        gate.release.wait(timeout=120)
        return {"x": value}


def _assert_503(response: object) -> dict[str, object]:
    assert response.status_code == 503, response.text  # type: ignore[attr-defined]
    assert response.headers["content-type"].startswith(PROBLEM)  # type: ignore[attr-defined]
    assert int(response.headers["Retry-After"]) >= 1  # type: ignore[attr-defined]
    body: dict[str, object] = response.json()  # type: ignore[attr-defined]
    assert body["status"] == 503
    return body


def test_a_runaway_read_is_stopped_with_a_503_problem(limited: tuple[TestClient, Gate]) -> None:
    client, _ = limited
    body = _assert_503(client.get("/test/runaway"))
    assert "time limit" in str(body["detail"])
    # The connection it ran on is fine afterwards, and so is the service.
    for _ in range(3):  # more than the slots: each one was given back
        assert client.get(f"{API}/missions").status_code == 200


def test_cheap_requests_answer_while_a_slow_one_holds_the_database(
    limited: tuple[TestClient, Gate],
) -> None:
    client, gate = limited
    results: dict[str, int] = {}
    slow = threading.Thread(
        target=lambda: results.update(slow=client.get("/test/hold").status_code)
    )
    slow.start()
    try:
        assert gate.entered.acquire(timeout=60), "the slow request never started"
        assert client.get(f"{API}/missions").status_code == 200
        assert client.get(f"{API}/contributions?limit=5").status_code == 200
        assert client.get(f"{API}/stats/overview").status_code == 200
        # The slow one is still holding its session: the cheap ones did not wait for it.
        assert slow.is_alive()
    finally:
        gate.release.set()
        slow.join(timeout=60)
    assert results == {"slow": 200}


def test_a_request_finding_every_slot_taken_gets_a_503_problem_but_cached_answers_do_not(
    limited: tuple[TestClient, Gate],
) -> None:
    client, gate = limited
    cached = f"{API}/missions?limit=3"
    assert client.get(cached).status_code == 200  # now in the response cache
    codes: list[int] = []
    holders = [
        threading.Thread(target=lambda: codes.append(client.get("/test/hold").status_code))
        for _ in range(2)
    ]
    for thread in holders:
        thread.start()
    try:
        for _ in holders:
            assert gate.entered.acquire(timeout=60), "a slow request never started"
        body = _assert_503(client.get(f"{API}/missions?limit=4"))
        assert "busy" in str(body["detail"])
        # A cached answer needs no slot (nor a route thread): it is still served.
        assert client.get(cached).status_code == 200
    finally:
        gate.release.set()
        for thread in holders:
            thread.join(timeout=60)
    assert codes == [200, 200]
    assert client.get(f"{API}/missions").status_code == 200
