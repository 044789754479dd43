"""Cold single requests (response cache off): every documented contribution filter x sort pair,
the dashboards' year-range list sorted by personnel, and search for a common and a rare word.

    RESPONSE_CACHE_MB=0 coalition-kb serve --port 8713 &      # on the bench database
    python -m bench.cold --base http://127.0.0.1:8713 --out bench/results/cold.json
    python -m bench.cold --stats --out bench/results/cold-stats.json    # the aggregates

One request at a time; each URL `--reps` times (the first warms the database's page cache),
the median reported in ms with the 1-minute load average at the end of that URL's requests.
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
    parser.add_argument("--search", action="store_true", help="the searches only")
    parser.add_argument(
        "--pid", type=int, help="the server worker's pid: also its CPU time per request"
    )
    args = parser.parse_args(argv)
    api = args.base + "/api/v1"
    rows = []
    if args.stats:
        for what, url in stats_urls(args.base, args.filters.split(",") if args.filters else None):
            rows.append({"what": what, **timed(url, args.reps)})
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
