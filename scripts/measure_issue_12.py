"""Issue 12's "Done when" numbers, counted through the API on the shipped seed.

Loads the seed into a temporary SQLite database (migrations to head, then the seed) and asks
the API what an analyst would ask, with FastAPI's TestClient; prints one line per measure.

    .venv/bin/python scripts/measure_issue_12.py
"""

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

API = "/api/v1"


def walk(client: Any, path: str, **params: Any) -> Iterator[dict[str, Any]]:
    """Every item of a paginated list."""
    answer = client.get(f"{API}{path}", params={**params, "limit": 200})
    while True:
        assert answer.status_code == 200, answer.text
        body = answer.json()
        yield from body["items"]
        if not body.get("next"):
            return
        # The next page's URL carries its query; `params` would replace it.
        answer = client.get(body["next"])


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/kb.db"
        import logging

        logging.disable(logging.INFO)
        from fastapi.testclient import TestClient

        from app.core.db import get_sessionmaker
        from app.core.migrations import upgrade
        from app.main import create_app
        from app.seed.loader import load_seed

        upgrade(revision="head")
        with get_sessionmaker()() as session:
            load_seed(session)
            session.commit()
        with TestClient(create_app()) as client:
            measure(client)
    return 0


def nations(items: list[dict[str, Any]]) -> set[str]:
    return {c["contributor"]["code"] for c in items if c["contributor"]["kind"] == "nation"}


def measure(client: Any) -> None:
    mnf = list(walk(client, "/contributions", mission="mnf-i"))
    series = client.get(f"{API}/missions/mnf-i/strength").json()["items"]
    measured = {r["contributor"] for r in series if r["series"] == "contributor"}
    deployed = [c for c in mnf if c["type"]["slug"] == "personnel-deployment"]
    with_start = nations([c for c in deployed if c["start_date"]])
    with_period = nations([c for c in deployed if c["start_date"] and c["end_date"]])
    print(f"MNF-I nations with a deployment start date: {len(with_start)}")
    print(f"MNF-I nations with a deployment period (start and end): {len(with_period)}")
    print(f"MNF-I nations with at least one dated strength: {len(measured)}")
    print(
        "MNF-I nations with a deployment period and a dated strength: "
        f"{len(with_period & measured)}"
    )
    active = list(walk(client, "/contributions", mission="mnf-i", active_on="2005-01-15"))
    print(f"/contributions?mission=mnf-i&active_on=2005-01-15: {len(nations(active))} nations")
    for slug in ("ntm-i", "nmi", "mnd-cs"):
        items = list(walk(client, "/contributions", mission=slug))
        print(f"{slug} contributing nations: {len(nations(items))}")
    every = [c for c in walk(client, "/contributions") if c["contributor"]["kind"] == "nation"]
    observed = {
        o["contribution"]["slug"] for o in walk(client, "/strengths") if o.get("contribution")
    }
    backed = sum(
        1
        for c in every
        if (c["amount"] is not None and c["unit"] is not None) or c["slug"] in observed
    )
    print(
        f"nation contributions with a dated strength (an observation measuring it) or a "
        f"structured amount: {backed} of {len(every)} = {100 * backed / len(every):.1f}%"
    )
    late = list(walk(client, "/contributions", active_on="2024-06-30"))
    print(f"/contributions?active_on=2024-06-30: {len(late)} contributions")
    for c in late:
        print(
            f"  {c['slug']}: {c['contributor']['code']} {c['mission']['slug']} "
            f"{c['start_date']}..{c['end_date']} ({c['date_precision']})"
        )


if __name__ == "__main__":
    sys.exit(main())
