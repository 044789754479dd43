"""Issue 17: the tallies, the cache's memory and a write a second (docs/performance.md).

    python -m bench.issue17 --sqlite bench/data/bench.db --urls bench/data/dashboard-urls.json \
        --key <editor key> --slug <a contribution to edit>   # or --pg postgresql+psycopg://...

Against `coalition-kb serve` on the bench database (one worker, on core 0 as bench/run.py
starts it), with Python clients on the other core:

1. cold stats: `/stats/overview` and `/stats/contributions` by each `group_by` (and, as the
   baseline, the same with `status=asserted,corroborated`, which counts the rows), response
   cache off, each URL 7 times, the median and the fastest;
2. RSS: the worker's resident memory after every URL of the distinct-URL dashboard list
   (`python -m bench.dashboard urls`, seed 1130) has been sent once (8 client threads),
   cache on (the default 32 MB);
3. a write a second: the read throughput of a seeded sample of that list (`--sample`, each URL
   once, 8 client threads, cache on) without writes, then on a fresh start with one
   contribution PATCH a second.

Every figure is printed with the 1-minute load average at its end: the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from bench.run import VENV_BIN, Server, log, rss_mb, serving

GROUP_BYS = ("contributor", "contributor_kind", "type", "category", "mission", "year", "status")
API = "/api/v1"


def coalition(name: str, db: str, port: int, env: dict[str, str]) -> Server:
    """`db`: a SQLite file or a PostgreSQL URL."""
    url = db if db.startswith("postgresql") else f"sqlite:///{Path(db).resolve()}"
    return Server(
        name=name,
        argv=[str(VENV_BIN / "coalition-kb"), "serve", "--port", str(port)],
        port=port,
        env={"DATABASE_URL": url, "SEED_ON_START": "false"} | env,
        ready_path="/healthz",
    )


def load() -> float:
    return round(os.getloadavg()[0], 2)


def cold_stats(db: str, port: int) -> list[dict[str, Any]]:
    # Each group_by twice: without a filter (the tallies) and with the filter that keeps the
    # same rows (the statuses shown by default), which counts the rows: the baseline.
    urls = [f"{API}/stats/overview"] + [
        f"{API}/stats/contributions?group_by={g}&as_of=2008-01-01{same}"
        for g in GROUP_BYS
        for same in ("", "&status=asserted,corroborated")
    ]
    rows = []
    with (
        serving(coalition("stats-cold", db, port, {"RESPONSE_CACHE_MB": "0"})) as server,
        httpx.Client(base_url=server.base, timeout=120) as client,
    ):
        for url in urls:
            times = []
            for _ in range(7):
                start = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - start) * 1000)
                assert response.status_code == 200, (url, response.text[:300])
            rows.append(
                {
                    "url": url,
                    "median_ms": round(statistics.median(times), 1),
                    "min_ms": round(min(times), 1),
                    "load": load(),
                }
            )
            log(str(rows[-1]))
    return rows


def send_all(base: str, paths: list[str], threads: int, stop: threading.Event | None) -> float:
    """Each path once, `threads` clients; req/s."""
    queue = list(reversed(paths))
    lock = threading.Lock()

    def work() -> None:
        with httpx.Client(base_url=base, timeout=120) as client:
            while True:
                with lock:
                    if not queue:
                        return
                    path = queue.pop()
                client.get(path)

    start = time.perf_counter()
    workers = [threading.Thread(target=work) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return len(paths) / (time.perf_counter() - start)


def writer(base: str, key: str, slug: str, stop: threading.Event) -> int:
    done = 0
    with httpx.Client(base_url=base, timeout=60) as client:
        while not stop.is_set():
            url = f"{API}/contributions/{slug}"
            tag = client.get(url).headers["ETag"]
            response = client.patch(
                url,
                json={"personnel": done % 50},
                headers={"Authorization": f"Bearer {key}", "If-Match": tag},
            )
            assert response.status_code == 200, response.text[:300]
            done += 1
            stop.wait(1.0)
    return done


def rss_after_all(
    db: str, port: int, paths: list[str], env: dict[str, str] | None = None
) -> dict[str, Any]:
    """Every URL once, cache on (the default 32 MB): the worker's RSS at the end."""
    with serving(coalition("dash-rss", db, port, env or {})) as server:
        rps = send_all(server.base, paths, 8, None)
        return {
            "urls": len(paths),
            "rps": round(rps, 1),
            "rss_mb": round(max(rss_mb(p) for p in server.worker_pids()), 1),
            "load": load(),
        }


def with_writes(db: str, port: int, paths: list[str], key: str, slug: str) -> dict[str, Any]:
    """The URLs once each without writes, then (fresh start) with a PATCH a second."""
    out: dict[str, Any] = {}
    env = {"RATE_LIMIT_WRITES_PER_MINUTE": "0"}
    with serving(coalition("dash-read", db, port, env)) as server:
        out["read_only_rps"] = round(send_all(server.base, paths, 8, None), 1)
        out["read_only_load"] = load()
    with serving(coalition("dash-write", db, port, env)) as server:
        stop = threading.Event()
        writes: list[int] = []
        thread = threading.Thread(
            target=lambda: writes.append(writer(server.base, key, slug, stop))
        )
        thread.start()
        try:
            out["with_writes_rps"] = round(send_all(server.base, paths, 8, None), 1)
            out["with_writes_load"] = load()
        finally:
            stop.set()
            thread.join()
        out["writes"] = writes[0] if writes else 0
    out["cost"] = round(1 - out["with_writes_rps"] / out["read_only_rps"], 3)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sqlite", default="bench/data/bench.db")
    parser.add_argument("--urls", default="bench/data/dashboard-urls.json")
    parser.add_argument("--port", type=int, default=8741)
    parser.add_argument("--key", help="an editor API key of the bench database (for part 3)")
    parser.add_argument("--slug", help="the contribution part 3 edits")
    parser.add_argument("--pg", help="a PostgreSQL URL loaded by bench.generate, instead")
    parser.add_argument("--parts", default="stats,rss,writes")
    parser.add_argument("--sample", type=int, default=600, help="URLs of the write-mix runs")
    parser.add_argument("--kinds", help="only these kinds of URL (comma-separated), for a try")
    parser.add_argument(
        "--env", action="append", default=[], help="KEY=VALUE for the server (repeatable)"
    )
    args = parser.parse_args()
    db = args.pg or args.sqlite
    (Path("bench") / "results").mkdir(exist_ok=True)
    result: dict[str, Any] = {}
    if "stats" in args.parts:
        result["cold_stats"] = cold_stats(db, args.port)
    kinds = json.loads(Path(args.urls).read_text())  # bench.dashboard urls: kind -> list
    wanted = set(args.kinds.split(",")) if args.kinds else set(kinds)
    paths = [entry["app"] for kind, entries in kinds.items() if kind in wanted for entry in entries]
    env = dict(item.split("=", 1) for item in args.env)
    random.Random(1130).shuffle(paths)
    if "rss" in args.parts:
        result["rss"] = rss_after_all(db, args.port, paths, env)
        log(str(result["rss"]))
    if "writes" in args.parts:
        result["writes"] = with_writes(db, args.port, paths[: args.sample], args.key, args.slug)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
