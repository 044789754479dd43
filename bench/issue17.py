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
   contribution PATCH a second; `--rounds` pairs of runs, alternating which goes first, with
   the worker's CPU per read beside the req/s (the load drifts; CPU time drifts less).

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
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from bench.run import VENV_BIN, Server, cpu_seconds, log, rss_mb, serving

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


def send_all(
    base: str,
    paths: list[str],
    threads: int,
    stop: threading.Event | None,
    statuses: Counter[int] | None = None,
    every: tuple[int, Callable[[int], None]] | None = None,
) -> float:
    """Each path once, `threads` clients; req/s. `statuses` counts the answers' codes;
    `every` = (n, f): f(answered) is called after every n answers (an RSS trace)."""
    queue = list(reversed(paths))
    lock = threading.Lock()
    answered = [0]

    def work() -> None:
        with httpx.Client(base_url=base, timeout=120) as client:
            while True:
                with lock:
                    if not queue:
                        return
                    path = queue.pop()
                code = client.get(path).status_code
                with lock:
                    answered[0] += 1
                    count = answered[0]
                    if statuses is not None:
                        statuses[code] += 1
                if every and count % every[0] == 0:
                    every[1](count)

    start = time.perf_counter()
    workers = [threading.Thread(target=work) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return len(paths) / (time.perf_counter() - start)


def writer(base: str, key: str, slug: str, stop: threading.Event) -> int:
    """A contribution PATCH started every second, on the clock (not a second after the last
    one ended: under load a write waits for a database slot behind the reads, and a writer
    that waited for each would send far fewer than one a second). Each edits one of 50
    contributions in turn (its own If-Match), so writes in flight never conflict; at most 8
    are in flight (a tick finding 8 skips). Returns the writes that answered 200."""
    with httpx.Client(base_url=base, timeout=60) as client:
        listed = client.get(f"{API}/contributions", params={"limit": 50}).json()["items"]
    slugs = [slug, *(c["slug"] for c in listed if c["slug"] != slug)][:50]
    done = [0]
    lock = threading.Lock()
    in_flight = threading.BoundedSemaphore(8)

    def one(n: int) -> None:
        try:
            with httpx.Client(base_url=base, timeout=60) as client:
                url = f"{API}/contributions/{slugs[n % len(slugs)]}"
                tag = client.get(url).headers["ETag"]
                response = client.patch(
                    url,
                    json={"personnel": n % 50},
                    headers={"Authorization": f"Bearer {key}", "If-Match": tag},
                )
                assert response.status_code == 200, response.text[:300]
                with lock:
                    done[0] += 1
        finally:
            in_flight.release()

    threads: list[threading.Thread] = []
    start = time.monotonic()
    n = 0
    while not stop.wait(max(0.0, start + n - time.monotonic())):
        if in_flight.acquire(blocking=False):
            thread = threading.Thread(target=one, args=(n,))
            thread.start()
            threads.append(thread)
        n += 1
    for thread in threads:
        thread.join()
    return done[0]


def rss_after_all(
    db: str, port: int, paths: list[str], env: dict[str, str] | None = None
) -> dict[str, Any]:
    """Every URL once, cache on (the default 32 MB): the worker's RSS at the end, and every
    300 answers (`trace`: answered, RSS MB, worker CPU s)."""
    with serving(coalition("dash-rss", db, port, env or {})) as server:
        pids = server.worker_pids()
        trace: list[tuple[int, float, float]] = []
        statuses: Counter[int] = Counter()

        def sample(count: int) -> None:
            trace.append(
                (
                    count,
                    round(max(rss_mb(p) for p in pids), 1),
                    round(sum(cpu_seconds(p) for p in pids), 1),
                )
            )
            log(f"   {trace[-1]} load {load()}")

        rps = send_all(server.base, paths, 8, None, statuses, (300, sample))
        return {
            "urls": len(paths),
            "rps": round(rps, 1),
            "rss_mb": round(max(rss_mb(p) for p in pids), 1),
            "statuses": dict(statuses),
            "trace": trace,
            "env": env or {},
            "load": load(),
        }


def with_writes(
    db: str, port: int, paths: list[str], key: str, slug: str, rounds: int = 1
) -> dict[str, Any]:
    """The URLs once each without writes and (on another fresh start) with a PATCH a second,
    `rounds` times, alternating which goes first (the machine's load drifts). Each run: reads
    a second, and the worker's CPU seconds per read (the writes' own included: what they
    cost the reads), with the 1-minute load average."""
    env = {"RATE_LIMIT_WRITES_PER_MINUTE": "0"}
    runs: list[dict[str, Any]] = []
    for round_ in range(rounds):
        order = (False, True) if round_ % 2 == 0 else (True, False)
        for writing in order:
            with serving(coalition("dash-write" if writing else "dash-read", db, port, env)) as s:
                pids = s.worker_pids()
                cpu0 = sum(cpu_seconds(p) for p in pids)
                stop = threading.Event()
                writes: list[int] = []
                thread = threading.Thread(
                    target=lambda w=writes, e=stop: w.append(writer(s.base, key, slug, e))
                )
                if writing:
                    thread.start()
                statuses: Counter[int] = Counter()
                try:
                    rps = send_all(s.base, paths, 8, None, statuses)
                finally:
                    stop.set()
                    if writing:
                        thread.join()
                cpu = sum(cpu_seconds(p) for p in pids) - cpu0
                runs.append(
                    {
                        "writes": writes[0] if writes else 0,
                        "writes_per_s": round((writes[0] if writes else 0) * rps / len(paths), 2),
                        "rps": round(rps, 2),
                        "cpu_ms_per_read": round(cpu / len(paths) * 1000, 1),
                        "statuses": dict(statuses),
                        "load": load(),
                    }
                )
                log(f"   {runs[-1]}")
    without = [r for r in runs if not r["writes"]]
    with_ = [r for r in runs if r["writes"]]
    out: dict[str, Any] = {"runs": runs, "urls": len(paths)}
    for name, part in (("read_only", without), ("with_writes", with_)):
        out[f"{name}_rps"] = round(statistics.median(r["rps"] for r in part), 2)
        out[f"{name}_cpu_ms"] = round(statistics.median(r["cpu_ms_per_read"] for r in part), 1)
    out["cost"] = round(1 - out["with_writes_rps"] / out["read_only_rps"], 3)
    out["cpu_cost"] = round(out["with_writes_cpu_ms"] / out["read_only_cpu_ms"] - 1, 3)
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
    parser.add_argument("--rounds", type=int, default=1, help="write-mix runs of each kind")
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
        result["writes"] = with_writes(
            db, args.port, paths[: args.sample], args.key, args.slug, args.rounds
        )
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
