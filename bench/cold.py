"""Cold single requests (response cache off): every documented contribution filter x sort pair,
the dashboards' year-range list sorted by personnel, and search for a common and a rare word.

    RESPONSE_CACHE_MB=0 coalition-kb serve --port 8713 &      # on the bench database
    python -m bench.cold --base http://127.0.0.1:8713 --out bench/results/cold.json
    python -m bench.cold --stats --out bench/results/cold-stats.json    # the aggregates

One request at a time; each URL `--reps` times (the first warms the database's page cache),
the median reported in ms with the 1-minute load average at the end of that URL's requests.

    python -m bench.cold --cpu sqlite:///bench/data/bench.db --out bench/results/cold-cpu.json

`--cpu URL`: the lists (with `--stats`: the aggregates) in this process instead (the app on
that database through its test client, response cache off), each request's CPU time: this
process's (the app, and SQLite's SQL) plus, on PostgreSQL, that of the server backends
connected to the database (read from /proc, so the server must run on this machine and nothing
else use the database). On a loaded machine wall times move by 2-5x from run to run; CPU time
is what one request costs a quiet core.
Values are the bench plan's (bench/generate.py): its largest contributor, a leaf type of it,
a mission, a category, the common unit.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import urllib.parse
from pathlib import Path
from typing import Any

from bench.run import http_get, log

SORTS = ("slug", "-slug", "start_date", "-start_date", "end_date", "-end_date")
SORTS += ("personnel", "-personnel")
YEARS = "2004,2005,2006,2007,2008"
FILTERS: dict[str, dict[str, str]] = {
    "none": {},
    "mission": {"mission": "mission-01001"},
    "contributor": {"contributor": "BGR"},
    "contributor_kind": {"contributor_kind": "organization"},
    "type (leaf)": {"type": "equipment-1"},
    "type (with sub-types)": {"type": "equipment"},
    "category": {"category": "advisory"},
    "status": {"status": "corroborated"},
    "year (range of 5)": {"year": YEARS},
    "active_on": {"active_on": "2008-01-01"},
    "from": {"from": "2015-01-01"},
    "to": {"to": "2003-12-31"},
    "personnel_min": {"personnel_min": "1000"},
    "has_personnel": {"has_personnel": "false"},
    "unit + amount_min": {"unit": "EUR", "amount_min": "1000000"},
    "has_amount": {"has_amount": "true"},
    "include_disputed": {"include_disputed": "true"},
    "contributor + type": {"contributor": "BGR", "type": "equipment-1"},
    "contributor + year": {"contributor": "BGR", "year": YEARS},
}
SEARCHES = ("states", "training", "carabinieri", "medical team", "source", "the")
# `--stats`: the aggregates (issue 17): stats by every group_by without a filter, then with
# each common filter; the overview; the pages that show aggregates.
GROUP_BYS = ("contributor", "contributor_kind", "type", "category", "mission", "year", "status")
STATS_FILTERS: dict[str, dict[str, str]] = {
    "none": {},
    "mission": {"mission": "mission-01001"},
    "contributor": {"contributor": "BGR"},
    "type (with sub-types)": {"type": "equipment"},
    "include_disputed": {"include_disputed": "true"},
    "year (range of 5)": {"year": YEARS},
    "category": {"category": "logistics"},
    "contributor_kind": {"contributor_kind": "organization"},
    "status": {"status": "corroborated"},
    "to": {"to": "2010-12-31"},
    "has_personnel": {"has_personnel": "true"},
}
PAGES = ("/", "/kb/nations")


def stats_urls(base: str, names: list[str] | None = None) -> list[tuple[str, str]]:
    """(what, url) of the aggregates `--stats` times (`names`: of STATS_FILTERS; all)."""
    api = base + "/api/v1"
    urls = [("stats overview", f"{api}/stats/overview")]
    for name in names or list(STATS_FILTERS):
        params = STATS_FILTERS[name]
        for group_by in GROUP_BYS:
            query = urllib.parse.urlencode({**params, "group_by": group_by})
            urls.append((f"stats {name} by {group_by}", f"{api}/stats/contributions?{query}"))
    return urls + [(f"page {path}", base + path) for path in PAGES]


def cpu_ms(pid: int | None) -> float:
    """User + system CPU time of a process so far, in ms (0 without a pid)."""
    if not pid:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def timed(url: str, reps: int, pid: int | None = None) -> dict[str, Any]:
    times, cpu, status = [], [], 0
    for _ in range(reps):
        start, used = time.perf_counter(), cpu_ms(pid)
        status, body = http_get(url, timeout=120)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append(cpu_ms(pid) - used)
    try:
        total = json.loads(body).get("total") if status == 200 else None
    except ValueError:
        total = None  # a page
    return {
        "status": status,
        "median_ms": round(statistics.median(times), 1),
        "first_ms": round(times[0], 1),
        **({"median_cpu_ms": round(statistics.median(cpu), 1)} if pid else {}),
        "total": total,
        "loadavg_1m": round(os.getloadavg()[0], 2),
    }


def _backend_cpu(engine: Any) -> float:
    """Seconds of CPU used so far by the PostgreSQL backends connected to `engine`'s database
    (0 on SQLite, whose work is this process's)."""
    if engine.dialect.name != "postgresql":
        return 0.0
    from sqlalchemy import text

    with engine.connect() as conn:
        pids = conn.execute(
            text("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
        ).scalars()
        total = 0
        for pid in pids:
            try:  # the first field: nanoseconds on a CPU (utime's clock ticks are 10 ms)
                total += int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])
            except OSError:
                continue
    return total / 1e9


def cpu_main(url: str, names: list[str], sorts: list[str], reps: int, out: str | None) -> int:
    """Each list URL in this process: median CPU ms (this process + the PostgreSQL backends)."""
    requests = []
    for name in names:
        for sort in sorts:
            query = urllib.parse.urlencode({**FILTERS[name], "sort": sort})
            requests.append((f"list {name}", sort, f"/api/v1/contributions?{query}"))
    return cpu_run(url, requests, reps, out)


def cpu_run(url: str, requests: list[tuple[str, str, str]], reps: int, out: str | None) -> int:
    """Each (what, sort, path) in this process: median CPU ms (this process + the
    PostgreSQL backends)."""
    os.environ.update(DATABASE_URL=url, RESPONSE_CACHE_MB="0", QUERY_TIMEOUT_MS="0")
    os.environ.setdefault("SEED_ON_START", "false")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    from fastapi.testclient import TestClient

    from app.core.db import get_engine
    from app.main import create_app

    engine = get_engine()
    rows = []
    with TestClient(create_app()) as client:
        for what, sort, path in requests:
            cpu, wall, total = [], [], None
            for _ in range(reps):
                before = time.process_time(), _backend_cpu(engine), time.perf_counter()
                response = client.get(path)
                after = time.process_time(), _backend_cpu(engine), time.perf_counter()
                cpu.append((after[0] - before[0] + after[1] - before[1]) * 1000)
                wall.append((after[2] - before[2]) * 1000)
                json_body = response.headers.get("content-type", "").startswith("application/json")
                body = response.json() if response.status_code == 200 and json_body else None
                total = body.get("total") if isinstance(body, dict) else None
            row = {
                "what": what,
                "sort": sort,
                "status": response.status_code,
                "cpu_ms": round(statistics.median(cpu), 1),
                "wall_ms": round(statistics.median(wall), 1),
                "total": total,
                "loadavg_1m": round(os.getloadavg()[0], 2),
            }
            rows.append(row)
            log(str(row))
    if out:
        Path(out).write_text(json.dumps(rows, indent=1))
    worst = max(rows, key=lambda r: r["cpu_ms"])
    log(f"worst by CPU: {worst}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="http://127.0.0.1:8713")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--sorts", default=",".join(SORTS))
    parser.add_argument(
        "--filters", help="comma-separated names of FILTERS (with --stats: STATS_FILTERS)"
    )
    parser.add_argument("--out")
    parser.add_argument("--stats", action="store_true", help="the aggregates, not the lists")
    parser.add_argument("--cpu", metavar="DATABASE_URL", help="the lists in this process, CPU")
    parser.add_argument("--search", action="store_true", help="the searches only")
    parser.add_argument(
        "--pid", type=int, help="the server worker's pid: also its CPU time per request"
    )
    args = parser.parse_args(argv)
    if args.cpu and args.stats:
        chosen = args.filters.split(",") if args.filters else None
        paths = [(w, "", u.removeprefix("http://x")) for w, u in stats_urls("http://x", chosen)]
        return cpu_run(args.cpu, paths, args.reps, args.out)
    if args.cpu:
        names = args.filters.split(",") if args.filters else list(FILTERS)
        return cpu_main(args.cpu, names, args.sorts.split(","), args.reps, args.out)
    api = args.base + "/api/v1"
    rows = []
    if args.stats:
        for what, url in stats_urls(args.base, args.filters.split(",") if args.filters else None):
            rows.append({"what": what, **timed(url, args.reps, args.pid)})
            log(str(rows[-1]))
        if args.out:
            Path(args.out).write_text(json.dumps(rows, indent=1))
        return 0
    names = args.filters.split(",") if args.filters else list(FILTERS)
    for q in SEARCHES:
        url = f"{api}/search?" + urllib.parse.urlencode({"q": q})
        rows.append({"what": f"search {q}", **timed(url, args.reps, args.pid)})
        log(str(rows[-1]))
    if args.search:
        if args.out:
            Path(args.out).write_text(json.dumps(rows, indent=1))
        return 0
    for name in names:
        for sort in args.sorts.split(","):
            query = urllib.parse.urlencode({**FILTERS[name], "sort": sort})
            row = {"what": f"list {name}", "sort": sort}
            row.update(timed(f"{api}/contributions?{query}", args.reps, args.pid))
            rows.append(row)
            log(str(row))
    if args.out:
        Path(args.out).write_text(json.dumps(rows, indent=1))
    worst = max((r for r in rows if r["what"].startswith("list")), key=lambda r: r["median_ms"])
    log(f"worst list: {worst}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
