"""What one record's GET costs: `GET /api/v1/contributions/{slug}` and `/missions/{slug}` for
many distinct slugs of the bench database, in this process (response cache off), through the
ASGI app itself.

    python -m bench.records --db sqlite:///bench/data/bench.db --n 200
    python -m bench.records --db sqlite:///bench/data/bench.db --n 200 --dump /tmp/answers
    python -m bench.records --db sqlite:///bench/data/bench.db --n 200 --compare /tmp/answers

The slugs are spread evenly over the ids (every k-th contribution and mission). Every URL is
requested once to warm the database's page cache, then once measured: per request the CPU time
of this process (the app, called as uvicorn calls it but with no HTTP client or parser in the
way, and SQLite's SQL) plus, on PostgreSQL, that of the server backends connected to the
database (bench.cold's `--cpu`), the wall time, and the number of SQL statements the request
ran. The medians are printed with the 1-minute load
average. `--dump DIR` writes each answer's bytes under DIR; `--compare DIR` checks that every
answer is byte-identical to the one written there (exit 1 naming the first that differs): an
optimization of a record's GET must not change an answer. `--kinds` picks the kinds
(`contribution,mission`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text

from bench.cold import _backend_cpu
from bench.run import log

TABLES = {"contribution": "contributions", "mission": "missions"}


def slugs(url: str, table: str, n: int) -> list[str]:
    """`n` slugs of `table`, evenly spread over its ids."""
    engine = create_engine(url)
    with engine.connect() as conn:
        count = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
        step = max(1, count // n)
        rows = conn.execute(
            text(f"SELECT slug FROM {table} WHERE id % :step = 0 ORDER BY id LIMIT :n"),
            {"step": step, "n": n},
        ).scalars()
        found = list(rows)
    engine.dispose()
    return found


async def get(app: Any, path: str) -> tuple[int, bytes]:
    """One GET straight through the ASGI app (its middleware included, no HTTP client): the
    status and the body."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1"), (b"accept", b"application/json")],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 80),
    }
    status, chunks = [0], []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            status[0] = message["status"]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, send)
    return status[0], b"".join(chunks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="DATABASE_URL of the bench database")
    parser.add_argument("--n", type=int, default=200, help="distinct slugs of each kind")
    parser.add_argument("--kinds", default="contribution,mission")
    parser.add_argument("--dump", help="write each answer under this folder")
    parser.add_argument("--compare", help="check each answer against those under this folder")
    parser.add_argument("--out", help="write the summary as JSON")
    args = parser.parse_args(argv)

    os.environ.update(DATABASE_URL=args.db, RESPONSE_CACHE_MB="0", QUERY_TIMEOUT_MS="0")
    os.environ.setdefault("SEED_ON_START", "false")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    from app.core.db import get_engine
    from app.main import create_app

    engine = get_engine()
    statements = [0]

    @event.listens_for(engine, "before_cursor_execute")
    def count(*_: Any) -> None:
        statements[0] += 1

    summary: dict[str, Any] = {}
    differ: list[str] = []
    app = create_app()

    async def measure() -> None:
        async with app.router.lifespan_context(app):
            for kind in args.kinds.split(","):
                paths = [f"/api/v1/{TABLES[kind]}/{s}" for s in slugs(args.db, kind, args.n)]
                for path in paths:  # warm the page cache (and the compiled statements)
                    await get(app, path)
                cpu, wall, counts, sizes = [], [], [], []
                for path in paths:
                    before = time.process_time(), _backend_cpu(engine), time.perf_counter()
                    statements[0] = 0
                    status, body = await get(app, path)
                    counts.append(statements[0])
                    after = time.process_time(), _backend_cpu(engine), time.perf_counter()
                    cpu.append((after[0] - before[0] + after[1] - before[1]) * 1000)
                    wall.append((after[2] - before[2]) * 1000)
                    sizes.append(len(body))
                    assert status == 200, (path, status)
                    name = path.rsplit("/", 1)[1] + ".json"
                    if args.dump:
                        folder = Path(args.dump) / kind
                        folder.mkdir(parents=True, exist_ok=True)
                        (folder / name).write_bytes(body)
                    if args.compare and (Path(args.compare) / kind / name).read_bytes() != body:
                        differ.append(path)
                summary[kind] = {
                    "n": len(paths),
                    "cpu_ms": round(statistics.median(cpu), 2),
                    "cpu_ms_p90": round(statistics.quantiles(cpu, n=10)[-1], 2),
                    "wall_ms": round(statistics.median(wall), 2),
                    "statements": statistics.median(counts),
                    "kb": round(statistics.median(sizes) / 1024, 1),
                    "loadavg_1m": round(os.getloadavg()[0], 2),
                }
                log(f"get {kind}: {summary[kind]}")

    asyncio.run(measure())
    if args.out:
        Path(args.out).write_text(json.dumps(summary, indent=1))
    if args.compare:
        if differ:
            log(f"{len(differ)} answers differ, the first: {differ[0]}")
            return 1
        log("every answer is byte-identical to the one kept")
    return 0


if __name__ == "__main__":
    sys.exit(main())
