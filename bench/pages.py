"""The HTML pages' cost against their JSON twins (issue 15): CPU time of the server per request.

    python -m bench.pages --db bench/data/bench.db [--requests 300] [--out FILE]

One `uvicorn app.main:app` worker on core 0 (as bench/run.py starts it), asked by one client
on core 1, one request at a time, over one keep-alive connection. For each page and the JSON
twin it links to: a warm-up, then `--requests` requests, the worker's CPU time (utime + stime
from /proc) divided by the requests. CPU time, not wall time: it is what a page costs the
machine, and what other work on a shared machine disturbs least. The target is a ratio page /
JSON of at most 1.5 (docs/performance.md), with the response cache off (every request
rendered) and on (what a deployment serves); also printed, "cold": the response cache and the
pages' kept fragments both off (the first request after a write).

Without `--db`, a fresh SQLite database is migrated and seeded (the shipped data set).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.run import BENCH, cpu_seconds, http_get, log, serving, uvicorn

ARTICLE = "role-of-nato-and-partners-in-iraq"
# page, its JSON twin (the URL the page's footer links to); a page that shows more than its
# twin also gets a row against the JSON answers that hold what it shows ("+" joins them: their
# costs are added).
PAIRS = [
    ("/kb/missions/ntm-i", "/api/v1/missions/ntm-i"),
    ("/kb/missions/ntm-i", "/api/v1/missions/ntm-i+/api/v1/missions/ntm-i/strength"),
    ("/kb/missions/mnf-i", "/api/v1/missions/mnf-i"),
    ("/kb/missions/mnf-i", "/api/v1/missions/mnf-i+/api/v1/missions/mnf-i/strength"),
    ("/kb/nations/ITA", "/api/v1/partner-nations/ITA"),
    ("/kb/organizations/nato", "/api/v1/organizations/nato"),
    ("/kb/contributions/hun-ntm-i-t72-tanks", "/api/v1/contributions/hun-ntm-i-t72-tanks"),
    ("/kb/lessons/coordination-complexities", "/api/v1/lessons/coordination-complexities"),
    (f"/kb/sources/{ARTICLE}", f"/api/v1/sources/{ARTICLE}"),
    (
        f"/kb/sources/{ARTICLE}",
        f"/api/v1/sources/{ARTICLE}+/api/v1/sources/{ARTICLE}/claims?limit=500",
    ),
    # A list page shows its API list with every facet counted: its twin asks for them too.
    (
        "/kb/contributions?mission=ntm-i",
        "/api/v1/contributions?mission=ntm-i"
        "&facets=contributor,contributor_kind,type,category,mission,year,status",
    ),
    ("/kb/missions", "/api/v1/missions?facets=organization,kind,theater,year,status"),
    ("/kb/lessons", "/api/v1/lessons?facets=kind,category,mission,status"),
    ("/kb/sources", "/api/v1/sources?facets=kind,publisher,year"),
    ("/kb/nations", "/api/v1/partner-nations?facets=nato_member,framework"),
    ("/kb/nations", "/api/v1/partner-nations"),
    ("/", "/api/v1/stats/overview"),
]
LIMIT = 1.5


def cost(conn: http.client.HTTPConnection, pid: int, paths: str, n: int, warmup: int) -> float:
    """The worker's CPU milliseconds per request of `paths` (several joined by "+": the sum)."""
    if "+" in paths:
        return sum(cost(conn, pid, p, n, warmup) for p in paths.split("+"))
    path = paths

    def get() -> None:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{path}: HTTP {response.status}")

    for _ in range(warmup):
        get()
    before = cpu_seconds(pid)
    for _ in range(n):
        get()
    return 1000 * (cpu_seconds(pid) - before) / n


def run(db: str, requests: int, warmup: int, port: int) -> list[dict[str, Any]]:
    rows = []
    # "off": the response cache off, every request runs its route (the target's yardstick;
    # the article page reuses its fragments kept for the data version, app/pages/fragments.py);
    # "cold": those fragments off too, what the first request after a write costs; "on": as
    # shipped.
    for cache in ("cold", "off", "on"):
        env = {"DATABASE_URL": db, "SEED_ON_START": "true", "LOG_LEVEL": "WARNING"}
        if cache in ("off", "cold"):
            env["RESPONSE_CACHE_MB"] = "0"
        if cache == "cold":
            env["PAGE_FRAGMENTS_MB"] = "0"
        with serving(uvicorn(f"pages-cache-{cache}", "app.main:app", port, env)) as server:
            pid = server.worker_pids()[0]
            deadline = time.time() + 120  # the first start migrates and seeds
            while http_get(server.base + "/readyz")[0] != 200 and time.time() < deadline:
                time.sleep(0.5)
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            for page, twin in PAIRS:
                # Alternate page and JSON in halves, so drift on the machine hits both alike.
                half = max(requests // 2, 1)
                page_ms = cost(conn, pid, page, half, warmup)
                json_ms = cost(conn, pid, twin, half, warmup)
                page_ms = (page_ms + cost(conn, pid, page, half, 0)) / 2
                json_ms = (json_ms + cost(conn, pid, twin, half, 0)) / 2
                row = {
                    "cache": cache,
                    "page": page,
                    "json": twin,
                    "page_cpu_ms": round(page_ms, 3),
                    "json_cpu_ms": round(json_ms, 3),
                    "ratio": round(page_ms / json_ms, 2) if json_ms else None,
                }
                rows.append(row)
                log(
                    f"   cache {cache:<3} {page:<44} page {page_ms:7.3f} ms  "
                    f"json {json_ms:7.3f} ms  x{row['ratio']}"
                )
            conn.close()
    return rows


def table(rows: list[dict[str, Any]]) -> str:
    lines = [f"{'cache':<5} {'page':<44} {'page ms':>8} {'JSON ms':>8} {'ratio':>6}"]
    for r in rows:
        flag = "" if r["ratio"] is not None and r["ratio"] <= LIMIT else "  OVER"
        lines.append(
            f"{r['cache']:<5} {r['page']:<44} {r['page_cpu_ms']:>8.3f} {r['json_cpu_ms']:>8.3f} "
            f"{r['ratio']:>6}{flag}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="SQLite file (default: a fresh seeded one)")
    parser.add_argument("--url", help="DATABASE_URL (PostgreSQL too); overrides --db")
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--port", type=int, default=18790)
    parser.add_argument("--out", help="write the rows as JSON here")
    args = parser.parse_args(argv)
    (BENCH / "results").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        url = args.url or f"sqlite:///{Path(args.db or Path(tmp) / 'pages.db').resolve()}"
        if not args.db and not args.url:
            cli = str(Path(sys.executable).parent / "coalition-kb")
            for step in ("migrate", "seed"):
                subprocess.run([cli, step], env={**os.environ, "DATABASE_URL": url}, check=True)
        started = time.time()
        rows = run(url, args.requests, args.warmup, args.port)
    print(table(rows))
    print(f"({len(rows)} pairs in {time.time() - started:.0f} s, loadavg {os.getloadavg()[0]:.2f})")
    if args.out:
        Path(args.out).write_text(json.dumps(rows, indent=2) + "\n")
    worst = max((r["ratio"] or 0) for r in rows if r["cache"] == "off")
    return 0 if worst <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
