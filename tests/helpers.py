import random
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import create_engine, event, func, inspect, select, table
from sqlalchemy.orm import Session

PROBLEM = "application/problem+json"


def counted_get(client: TestClient, url: str, **kwargs: Any) -> tuple[Any, int]:
    """The answer to a GET and how many statements the app's engine ran for it."""
    from app.core.db import get_engine

    count = 0

    def on_execute(*_: Any) -> None:
        nonlocal count
        count += 1

    engine = get_engine()
    event.listen(engine, "before_cursor_execute", on_execute)
    try:
        response = client.get(url, **kwargs)
    finally:
        event.remove(engine, "before_cursor_execute", on_execute)
    return response, count


def walk(client: TestClient, url: str, **params: Any) -> list[dict[str, Any]]:
    """Every item of a paginated list, following `next` links to the end."""
    items: list[dict[str, Any]] = []
    response = client.get(url, params=params)
    pages = 0
    while True:
        assert response.status_code == 200, response.text
        body = response.json()
        items.extend(body["items"])
        pages += 1
        assert pages < 10_000
        if body["next"] is None:
            assert "Link" not in response.headers
            assert body["total"] == len(items)
            assert response.headers["X-Total-Count"] == str(body["total"])
            return items
        assert response.headers["Link"] == f'<{body["next"]}>; rel="next"'
        response = client.get(body["next"])


def assert_problem(response: Any, status: int, field: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"] and body["detail"] and body["type"].startswith("https://")
    if field is not None:
        assert field in [e["field"] for e in body.get("errors") or []], body
    return body


def row_counts(url: str) -> dict[str, int]:
    """Rows per table of the database at `url` (Alembic's own table left out)."""
    engine = create_engine(url)
    try:
        names = [n for n in inspect(engine).get_table_names() if n != "alembic_version"]
        with engine.connect() as conn:
            return {
                n: int(conn.execute(select(func.count()).select_from(table(n))).scalar_one())
                for n in names
            }
    finally:
        engine.dispose()


# What default answers hide (docs/data.md, "What readers see by default"): records standing
# only on weak claims; missions and contributions standing only on opinion too.
WEAK = ("disputed", "misleading", "unverifiable")
HIDDEN = (*WEAK, "opinion")


def hidden(kind: str, status: str | None) -> bool:
    """A record of this kind with this derived status is left out of default answers."""
    return status in (WEAK if kind in ("lesson", "lesson_mission") else HIDDEN)


def random_writes(
    session: Session,
    seed: int,
    steps: int,
    write: Callable[[Session, random.Random, int], None],
    check: Callable[[int], None],
) -> None:
    """`steps` random writes (`write(session, rng, step)`), each then rolled back (30%),
    committed (half of the rest) or left in the open transaction; `check(step)` every 10 steps
    and once more after a last commit. What triggers keep beside the rows (tallies, summaries,
    stored dates) must follow them through commits and rollbacks alike."""
    rng = random.Random(seed)
    for step in range(steps):
        write(session, rng, step)
        if rng.random() < 0.3:
            session.rollback()  # what the triggers wrote goes with the rows
        elif rng.random() < 0.5:
            session.commit()
        if step % 10 == 9:
            check(step)
    session.commit()
    check(steps)
