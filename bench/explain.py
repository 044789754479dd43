"""EXPLAIN plans of the SQL the service really sends, for the benchmark's requests.

    python -m bench.explain --url sqlite:///bench/data/bench.db --plan bench/data/bench-plan.json

Each request is made in-process (cache off) while SQLAlchemy's `before_cursor_execute` event
records the statements and their parameters; each statement is then explained on the same
database: `EXPLAIN QUERY PLAN` on SQLite, `EXPLAIN (ANALYZE, BUFFERS)` on PostgreSQL (so the
plan comes with its real time). Prints Markdown. Endpoints that answer 404 (not built yet)
are listed as n/a.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import time
import urllib.parse
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import make_url


def requests(plan: dict[str, Any]) -> list[tuple[str, str]]:
    q = urllib.parse.urlencode
    listing = "/api/v1/contributions?" + q(
        {"contributor": plan["contributor_code"], "type": plan["type_slug"]}
    )
    return [
        ("list 50 (contributor + type), first page", listing),
        ("list 50, deep page (cursor)", "DEEP"),
        ("mission detail", f"/api/v1/missions/{plan['mission_slug']}"),
        ("stats by contributor", "/api/v1/stats/contributions?group_by=contributor"),
        ("stats by year", "/api/v1/stats/contributions?group_by=year"),
        ("search, common term", "/api/v1/search?" + q({"q": plan["common_term"]})),
        ("search, rare term", "/api/v1/search?" + q({"q": plan["rare_term"]})),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--plan", required=True)
    parser.add_argument("--deep-pages", type=int, default=100)
    parser.add_argument(
        "--request",
        action="append",
        help="explain this path (/api/v1/...) instead of the plan's requests; repeatable",
    )
    args = parser.parse_args(argv)
    os.environ["DATABASE_URL"] = args.url
    os.environ["RESPONSE_CACHE_MB"] = "0"
    from fastapi.testclient import TestClient

    from app.core.db import get_engine
    from app.main import create_app

    logging.getLogger("httpx").setLevel(logging.WARNING)
    plan = json.loads(Path(args.plan).read_text())
    engine = get_engine()
    backend = make_url(args.url).get_backend_name()
    seen: list[tuple[str, Any]] = []

    def record(_c: Any, _cur: Any, statement: str, params: Any, _ctx: Any, _many: Any) -> None:
        seen.append((statement, params))

    out = [f"### {backend}: {plan['counts'].get('contribution', '?'):,} contributions\n"]
    asked = [(path, path) for path in args.request or []]
    with TestClient(create_app()) as client:
        first = requests(plan)[0][1]
        deep = first
        for _ in range(0 if asked else args.deep_pages):
            nxt = client.get(deep).json().get("next")
            if not nxt:
                break
            deep = nxt.replace("http://testserver", "")
        for title, url in asked or requests(plan):
            url = deep if url == "DEEP" else url
            seen.clear()
            event.listen(engine, "before_cursor_execute", record)
            t0 = time.perf_counter()
            response = client.get(url)
            elapsed = (time.perf_counter() - t0) * 1000
            event.remove(engine, "before_cursor_execute", record)
            if response.status_code == 404 and not seen:
                out.append(f"#### {title}\n\nn/a: `{url}` answers 404 on this branch.\n")
                continue
            out.append(
                f"#### {title}\n\n`GET {url[:120]}` -> {response.status_code}, "
                f"{len(seen)} statements, {elapsed:.1f} ms in-process (uncached)\n"
            )
            with engine.connect() as conn:
                for n, (statement, params) in enumerate(seen, 1):
                    if statement.lstrip().upper().startswith("SELECT CONTRIBUTION_TYPE.ID"):
                        out.append(f"{n}. the type tree (40 rows, every request)\n")
                        continue
                    prefix = (
                        "EXPLAIN QUERY PLAN "
                        if backend == "sqlite"
                        else "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) "
                    )
                    cursor = conn.connection.cursor()
                    cursor.execute(prefix + statement, params)
                    rows = cursor.fetchall()
                    took = ""
                    if backend == "sqlite":  # EXPLAIN QUERY PLAN does not run it: time it
                        t1 = time.perf_counter()
                        cursor.execute(statement, params).fetchall()
                        took = f" ({(time.perf_counter() - t1) * 1000:.1f} ms)"
                    cursor.close()
                    if backend == "sqlite":
                        plan_text = "\n".join(f"{'  ' * _depth(rows, r)}{r[3]}" for r in rows)
                    else:
                        plan_text = "\n".join(r[0] for r in rows)
                    short = _short(statement)
                    out.append(f"{n}. `{short}`{took}\n\n```\n{plan_text}\n```\n")
                conn.execute(text("SELECT 1"))
    print("\n".join(out))
    return 0


def _short(statement: str) -> str:
    """The statement without its (long, generated) select lists, for reading."""
    flat = " ".join(statement.split())
    flat = re.sub(r"SELECT (?:(?!SELECT|FROM).)*? FROM", "SELECT ... FROM", flat)
    return flat if len(flat) <= 700 else flat[:700] + " ..."


def _depth(rows: list[Any], row: Any) -> int:
    parents = {r[0]: r[1] for r in rows}
    depth, parent = 0, row[1]
    while parent:
        depth += 1
        parent = parents.get(parent, 0)
    return depth


if __name__ == "__main__":
    sys.exit(main())
