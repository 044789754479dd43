"""The distinct-URL dashboard workload of issue 17: what dashboards really send.

    python -m bench.dashboard urls                      # the URL list (seed 1130) from bench.db
    python -m bench.dashboard run --servers hello,cache-on,cache-off,datasette
    python -m bench.dashboard run --sqlite bench/data/bench.db \
        --pg postgresql+psycopg://postgres@127.0.0.1/ckb_bench --servers pg-1w,pg-2w
    python -m bench.dashboard run --report bench/results/dashboard-<time>.json   # the table

The URL list (`urls`) is drawn once from a fixed seed (1130) out of the bench database's own
keys: 1,200 filtered lists (1 to 3 of the documented filters that Datasette can express too:
contributor, type with its sub-types, category, mission, a range of start years, status,
personnel_min, has_personnel, to; any of the 8 sorts), 600 get-contribution, 300 get-mission,
600 stats (every `group_by`, half of them filtered) and 300 searches (common and rare words,
two-word queries). Every app URL has a Datasette twin on the same SQLite file: the table page
with the same filters, order and labels (`_labels=on`) for a list, the row page for a get, the
equivalent SQL (`?sql=`, a GROUP BY; an FTS5 MATCH ordered by rank) for stats and search.

`run` sends each URL once (bench/wrk/urls.lua; wrk stops when every URL has been answered),
every server at the same concurrency (8 and 32 connections by default), one wrk thread on
core 1 and the server on core 0 (bench/run.py's `Server`). For each server and concurrency:
the mix (all kinds shuffled together, on a freshly started server) and then each kind alone
(on another fresh start, so the mix cannot warm its cache): req/s, p50, p99, errors, the 1-minute
load average at the end of the run, and the worker's peak RSS. Servers: `coalition-kb serve`
(the README command) with the response cache on (default) and off (`RESPONSE_CACHE_MB=0`);
Datasette 0.65 (bench/.venv-datasette, `sql_time_limit_ms` 5000 as in the issue); the
hello-world app (one URL, the framework's ceiling); PostgreSQL through
`coalition-kb serve --workers 1` and `--workers 2` (cache off: the cold path is what
scales). `--fraction` sends a seeded sample of every kind (a quick try on a busy machine).
After the kinds, `get mission (own row)` sends the same get-mission URLs with
`fields=-contributions_by_type,-lessons,-citations`: the mission's own columns, as Datasette's
row page has them (not in the mix). `--kinds` runs only the kinds named (and `mix`).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bench.run import (
    BENCH,
    CLIENT_CORE,
    VENV_BIN,
    Server,
    ensure_datasette,
    log,
    machine,
    rss_mb,
    serving,
    uvicorn,
)

SEED = 1130
KINDS = {"list": 1200, "get contribution": 600, "get mission": 300, "stats": 600, "search": 300}
URLS_LUA = BENCH / "wrk" / "urls.lua"
HIDDEN = ("disputed", "misleading", "unverifiable", "opinion")
SORTS = ("slug", "start_date", "end_date", "personnel")
GROUP_BY = ("contributor", "contributor_kind", "type", "category", "mission", "year", "status")
# Common words first (in a third or more of all documents), then rarer ones.
SEARCH_WORDS = (
    *("states", "training", "support", "deployment", "the north", "medical team"),
    *("engineers", "helicopters", "field hospital", "border guards", "naval patrol"),
    *("instructors", "signals company", "demining team", "carabinieri", "airport"),
)


# --- the bench database's keys ----------------------------------------------------------------
@dataclass
class Keys:
    contributors: list[tuple[int, str, int]]  # id, code, rows
    types: list[tuple[int, str, str, int | None]]  # id, slug, category, parent_id
    missions: list[tuple[int, str]]
    max_contribution: int
    years: tuple[int, int]
    contributions: dict[int, str]  # a sample: id -> slug


def read_keys(url: str) -> Keys:
    """The keys of the bench database at `url` (SQLite or PostgreSQL: the same data)."""
    engine = create_engine(url)
    with engine.connect() as conn:
        contributors = conn.execute(
            text(
                "SELECT c.id, c.code, count(*) FROM contribution x JOIN contributor c "
                "ON c.id = x.contributor_id GROUP BY c.id, c.code ORDER BY c.id"
            )
        ).all()
        types = conn.execute(
            text("SELECT id, slug, category, parent_id FROM contribution_type ORDER BY id")
        ).all()
        missions = conn.execute(text("SELECT id, slug FROM mission ORDER BY id")).all()
        top = conn.execute(text("SELECT max(id) FROM contribution")).scalar_one()
        low, high = conn.execute(
            text("SELECT min(start_date), max(start_date) FROM contribution")
        ).one()
        slugs: dict[int, str] = dict(
            conn.execute(text("SELECT id, slug FROM contribution WHERE id % 97 = 0")).all()
        )
    engine.dispose()
    return Keys(
        [tuple(r) for r in contributors],
        [tuple(r) for r in types],
        [tuple(r) for r in missions],
        top,
        (int(str(low)[:4]), int(str(high)[:4])),
        slugs,
    )


def descendants(keys: Keys, type_id: int) -> list[int]:
    found, stack = set(), [type_id]
    while stack:
        current = stack.pop()
        if current not in found:
            found.add(current)
            stack.extend(t[0] for t in keys.types if t[3] == current)
    return sorted(found)


# --- one request of each kind, as the app's URL and Datasette's ------------------------------
@dataclass
class Filter:
    app: dict[str, str]
    table: dict[str, str]  # Datasette's table-page filters
    where: list[str]  # the same as SQL (for ?sql=)


def pick_filters(rng: random.Random, keys: Keys, count: int) -> Filter:
    """`count` different documented filters, values drawn as a dashboard user would pick."""
    f = Filter({}, {}, [])
    for name in rng.sample(
        ["contributor", "type", "category", "mission", "year", "status", "personnel", "to"], count
    ):
        _add_filter(rng, keys, f, name)
    if "status" not in f.app:
        f.table["status__notin"] = ",".join(HIDDEN)
        f.where.append(f"x.status NOT IN {HIDDEN!r}")
    return f


def _add_filter(rng: random.Random, keys: Keys, f: Filter, name: str) -> None:
    if name == "contributor":
        cid, code, _ = rng.choices(keys.contributors, [c[2] for c in keys.contributors])[0]
        f.app["contributor"], f.table["contributor_id"] = code, str(cid)
        f.where.append(f"x.contributor_id = {cid}")
    elif name in ("type", "category"):
        tid, slug, category, _ = rng.choice(keys.types)
        ids = (
            descendants(keys, tid)
            if name == "type"
            else [t[0] for t in keys.types if t[2] == category]
        )
        f.app[name] = slug if name == "type" else category
        f.table["type_id__in"] = ",".join(map(str, ids))
        f.where.append(f"x.type_id IN ({','.join(map(str, ids))})")
    elif name == "mission":
        mid, slug = rng.choice(keys.missions)
        f.app["mission"], f.table["mission_id"] = slug, str(mid)
        f.where.append(f"x.mission_id = {mid}")
    elif name == "year":
        first = rng.randint(*keys.years)
        last = min(keys.years[1], first + rng.randint(0, 4))
        f.app["year"] = ",".join(str(y) for y in range(first, last + 1))
        f.table["start_date__gte"] = f"{first}-01-01"
        f.table["start_date__lt"] = f"{last + 1}-01-01"
        f.where.append(f"x.start_date >= '{first}-01-01' AND x.start_date < '{last + 1}-01-01'")
    else:
        _add_value_filter(rng, f, name)


def _add_value_filter(rng: random.Random, f: Filter, name: str) -> None:
    if name == "status":
        status = rng.choice(["asserted", "corroborated"])
        f.app["status"], f.table["status"] = status, status
        f.where.append(f"x.status = '{status}'")
    elif name == "personnel":
        if rng.random() < 0.5:
            low = rng.choice([10, 50, 100, 500, 1000])
            f.app["personnel_min"], f.table["personnel__gte"] = str(low), str(low)
            f.where.append(f"x.personnel >= {low}")
        else:
            f.app["has_personnel"], f.table["personnel__notnull"] = "true", "1"
            f.where.append("x.personnel IS NOT NULL")
    else:  # to: started by that day (or no start date)
        day = f"{rng.randint(2004, 2020)}-12-31"
        f.app["to"] = day
        # Parenthesized: Datasette joins `_where` to the other filters with a bare AND, so
        # `a AND b AND x IS NULL OR y` would return every row started by that day.
        f.table["_where"] = f"(start_date IS NULL OR start_date <= '{day}')"
        f.where.append(f"(x.start_date IS NULL OR x.start_date <= '{day}')")


def list_request(rng: random.Random, keys: Keys, db: str) -> dict[str, str]:
    f = pick_filters(rng, keys, rng.choice([1, 1, 2, 2, 3]))
    sort = rng.choice(SORTS)
    descending = rng.random() < 0.5
    app = {**f.app, "sort": ("-" if descending else "") + sort}
    table = {**f.table, ("_sort_desc" if descending else "_sort"): sort}
    table.update({"_size": "50", "_labels": "on", "_shape": "array"})
    return {
        "app": "/api/v1/contributions?" + urllib.parse.urlencode(app),
        "datasette": f"/{db}/contribution.json?" + urllib.parse.urlencode(table),
    }


STATS_SQL = {
    "contributor": ("g.code, g.name", "JOIN contributor g ON g.id = x.contributor_id", "g.id"),
    "contributor_kind": ("g.kind", "JOIN contributor g ON g.id = x.contributor_id", "g.kind"),
    "type": ("g.slug, g.name", "JOIN contribution_type g ON g.id = x.type_id", "g.id"),
    "category": ("g.category", "JOIN contribution_type g ON g.id = x.type_id", "g.category"),
    "mission": ("g.slug, g.name", "JOIN mission g ON g.id = x.mission_id", "g.id"),
    "year": ("substr(x.start_date, 1, 4)", "", "substr(x.start_date, 1, 4)"),
    "status": ("x.status", "", "x.status"),
}


def stats_request(rng: random.Random, keys: Keys, db: str) -> dict[str, str]:
    group_by = rng.choice(GROUP_BY)
    f = pick_filters(rng, keys, rng.choice([0, 1]))
    columns, join, key = STATS_SQL[group_by]
    sql = (
        f"SELECT {columns}, count(*) AS count, sum(x.personnel) AS personnel "
        f"FROM contribution x {join} WHERE {' AND '.join(f.where)} "
        f"GROUP BY {key} ORDER BY count DESC"
    )
    return {
        "app": "/api/v1/stats/contributions?"
        + urllib.parse.urlencode({**f.app, "group_by": group_by}),
        "datasette": f"/{db}.json?" + urllib.parse.urlencode({"sql": sql, "_shape": "array"}),
    }


def search_request(rng: random.Random, db: str) -> dict[str, str]:
    words = rng.choice(SEARCH_WORDS)
    sql = (
        "SELECT d.kind, d.record_id, d.title, snippet(search_fts, -1, '<mark>', '</mark>', "
        "'…', 24) AS snippet FROM search_fts JOIN search_document d ON d.id = search_fts.rowid "
        "WHERE search_fts MATCH :q ORDER BY rank LIMIT 50"
    )
    return {
        "app": "/api/v1/search?" + urllib.parse.urlencode({"q": words}),
        "datasette": f"/{db}.json?"
        + urllib.parse.urlencode({"sql": sql, "q": words, "_shape": "array"}),
    }


def make_urls(url: str) -> dict[str, list[dict[str, str]]]:
    rng = random.Random(SEED)
    keys = read_keys(url)
    # Datasette names a database by its file: bench.db is "bench" (PostgreSQL's data is the same).
    name = Path(make_url(url).database or "bench").stem if url.startswith("sqlite") else "bench"
    sample = sorted(keys.contributions)

    def contribution() -> dict[str, str]:
        cid = rng.choice(sample)
        return {
            "app": f"/api/v1/contributions/{keys.contributions[cid]}",
            "datasette": f"/{name}/contribution/{cid}.json?_shape=array",
        }

    def mission() -> dict[str, str]:
        mid, slug = rng.choice(keys.missions)
        return {
            "app": f"/api/v1/missions/{slug}",
            "datasette": f"/{name}/mission/{mid}.json?_shape=array",
        }

    makers: dict[str, Callable[[], dict[str, str]]] = {
        "list": lambda: list_request(rng, keys, name),
        "get contribution": contribution,
        "get mission": mission,
        "stats": lambda: stats_request(rng, keys, name),
        "search": lambda: search_request(rng, name),
    }
    return {kind: [makers[kind]() for _ in range(n)] for kind, n in KINDS.items()}


# --- running --------------------------------------------------------------------------------
def wrk_paths(base: str, paths: list[str], connections: int) -> dict[str, Any]:
    """Every path once through wrk; stopped (SIGINT: wrk prints its summary) once the Lua
    script has written the time of the last answer."""
    listing = BENCH / "results" / f"paths-{os.getpid()}.txt"
    done = BENCH / "results" / f"done-{os.getpid()}.json"
    listing.write_text("\n".join(paths) + "\n")
    done.unlink(missing_ok=True)
    argv = ["taskset", "-c", CLIENT_CORE, "wrk", "-t1", f"-c{connections}", "-d3600s"]
    argv += ["--timeout", "60s", "-s", str(URLS_LUA), base, "--", str(listing), str(done)]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True)
    while not done.exists() and proc.poll() is None:
        time.sleep(0.1)
    time.sleep(0.2)  # the file is written before wrk records that last latency
    proc.send_signal(signal.SIGINT)
    out, _ = proc.communicate(timeout=60)
    data: dict[str, Any] = json.loads(
        next(x for x in out.splitlines() if x.startswith("JSON "))[5:]
    )
    finished = json.loads(done.read_text())
    lat = data["latency_us"]
    return {
        "requests": finished["answered"],
        "rps": round(finished["answered"] / (finished["elapsed_us"] / 1e6), 1),
        "p50_ms": lat["p50"] / 1000,
        "p99_ms": lat["p99"] / 1000,
        "max_ms": lat["max"] / 1000,
        "errors": {k: v for k, v in data["errors"].items() if v},
        "loadavg_1m": round(os.getloadavg()[0], 2),
    }


def measured(server: Server, paths: list[str], connections: int) -> dict[str, Any]:
    """One wrk run of `paths`, sampling the workers' RSS (the largest, in MB) meanwhile."""
    workers = server.worker_pids()
    peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.25):
            peak[0] = max(peak[0], *(rss_mb(p) for p in workers))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        row = wrk_paths(server.base, paths, connections)
    finally:
        done.set()
        sampler.join()
    row["rss_mb_max"] = round(peak[0], 1)
    return row


def servers(args: argparse.Namespace) -> Iterator[tuple[str, Server, str]]:
    """(name, server, which URL of each pair it is sent) for each server asked for."""
    db = Path(args.sqlite).resolve()
    sqlite_env = {"DATABASE_URL": f"sqlite:///{db}", "SEED_ON_START": "false"}
    pg_env = {"DATABASE_URL": args.pg or "", "SEED_ON_START": "false"}
    cli = [str(VENV_BIN / "coalition-kb"), "serve", "--port", str(args.port)]
    made: dict[str, Callable[[], tuple[Server, str]]] = {
        "hello": lambda: (uvicorn("hello", "bench.hello:app", args.port, {}), "hello"),
        "cache-on": lambda: (Server("ckb-cache-on", cli, args.port, sqlite_env, "/healthz"), "app"),
        "cache-off": lambda: (
            Server(
                "ckb-cache-off",
                cli,
                args.port,
                {**sqlite_env, "RESPONSE_CACHE_MB": "0"},
                "/healthz",
            ),
            "app",
        ),
        "datasette": lambda: (datasette(db, args.port), "datasette"),
        "pg-1w": lambda: (pg_server(cli, pg_env, 1, args.port), "app"),
        "pg-2w": lambda: (pg_server(cli, pg_env, 2, args.port), "app"),
    }
    for name in args.servers.split(","):
        server, which = made[name]()
        yield name, server, which


def pg_server(cli: list[str], env: dict[str, str], workers: int, port: int) -> Server:
    env = {**env, "RESPONSE_CACHE_MB": "0"}
    return Server(f"ckb-pg-{workers}w", [*cli, "--workers", str(workers)], port, env, "/healthz")


def datasette(db: Path, port: int) -> Server:
    argv = [str(ensure_datasette()), "serve", str(db), "--port", str(port)]
    argv += ["--setting", "sql_time_limit_ms", "5000", "--setting", "max_returned_rows", "1000"]
    return Server("datasette", argv, port, ready_path=f"/{db.stem}.json")


def sample_urls(urls: dict[str, list[dict[str, str]]], fraction: float) -> dict[str, Any]:
    rng = random.Random(SEED + 1)
    if fraction >= 1:
        return urls
    return {k: rng.sample(v, max(1, round(len(v) * fraction))) for k, v in urls.items()}


# Datasette's row page is the mission's own columns; ours with its lists is 150-180 KB at 1M.
# The like-for-like twin keeps the same URLs and drops the lists (the service then does not
# read them): a kind of its own, not in the mix, which stays the workload.
OWN_ROW = "get mission (own row)"
OWN_ROW_FIELDS = "fields=-contributions_by_type,-lessons,-citations"


def with_own_row(urls: dict[str, list[dict[str, str]]]) -> dict[str, list[dict[str, str]]]:
    """`urls` and, after them, OWN_ROW: each get-mission URL with OWN_ROW_FIELDS."""
    rows = [{**u, "app": f"{u['app']}?{OWN_ROW_FIELDS}"} for u in urls.get("get mission", [])]
    return {**urls, OWN_ROW: rows} if rows else urls


def run_server(
    name: str, server: Server, which: str, urls: dict[str, Any], args: argparse.Namespace
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    everything = [u for kind, items in urls.items() if kind != OWN_ROW for u in items]
    random.Random(SEED + 2).shuffle(everything)
    kinds = set(args.kinds.split(",")) if args.kinds else None
    for connections in (int(c) for c in args.connections.split(",")):
        parts: list[tuple[str, list[dict[str, str]]]] = [("mix", everything)]
        parts += [(kind, items) for kind, items in urls.items()]
        parts = [(k, i) for k, i in parts if kinds is None or k in kinds]
        first_kind = next((k for k, _ in parts if k != "mix"), None)
        for kind, items in parts:
            if kind in ("mix", first_kind) and rows:
                # A fresh start: no run is served from a cache another run filled.
                server.stop()
                server.start()
            paths = ["/"] * len(items) if which == "hello" else [u[which] for u in items]
            log(f"   {name} c={connections} {kind}: {len(paths)} URLs")
            row = {"server": name, "connections": connections, "kind": kind}
            row.update(measured(server, paths, connections))
            log(f"     {row}")
            rows.append(row)
            if which == "hello":
                break
    return rows


def run(args: argparse.Namespace) -> int:
    (BENCH / "results").mkdir(exist_ok=True)
    urls = with_own_row(sample_urls(json.loads(Path(args.urls).read_text()), args.fraction))
    out = Path(args.out or BENCH / "results" / f"dashboard-{datetime.now(UTC):%Y%m%dT%H%M%S}.json")
    report: dict[str, Any] = {"machine": machine(), "settings": vars(args), "rows": []}
    # Every server reads this file as it is: Datasette gets our indexes too (docs/performance.md,
    # "Is the 0017 file fair to Datasette?").
    report["sqlite_revision"] = sqlite_revision(Path(args.sqlite))
    for name, server, which in servers(args):
        with serving(server):
            report["rows"] += run_server(name, server, which, urls, args)
        out.write_text(json.dumps(report, indent=2))
    print(table(report["rows"]))
    log(f"results: {out}")
    return 0


def sqlite_revision(db: Path) -> str | None:
    """The migration the SQLite file is at (None: no such file or no alembic_version)."""
    try:
        conn = sqlite3.connect(f"file:{db.resolve()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return str(row[0]) if row else None


def table(rows: list[dict[str, Any]]) -> str:
    """Markdown: one line per server, concurrency and kind, with the ratio to Datasette."""
    peer = {(r["connections"], r["kind"]): r["rps"] for r in rows if r["server"] == "datasette"}
    lines = [
        "| server | conns | kind | URLs | req/s | p50 ms | p99 ms | p99/p50 | x Datasette "
        "| errors | RSS MB | load avg |",
        "|---|--:|---|--:|--:|--:|--:|--:|--:|---|--:|--:|",
    ]
    for r in rows:
        ds = peer.get((r["connections"], r["kind"]))
        ratio = f"{r['rps'] / ds:.2f}" if ds and r["server"] != "hello" else "n/a"
        lines.append(
            f"| {r['server']} | {r['connections']} | {r['kind']} | {r['requests']:,} "
            f"| {r['rps']:,.1f} | {r['p50_ms']:,.1f} | {r['p99_ms']:,.1f} "
            f"| {r['p99_ms'] / max(r['p50_ms'], 0.001):.1f} | {ratio} | {r['errors'] or ''} "
            f"| {r['rss_mb_max']:.0f} | {r['loadavg_1m']} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("urls", help="draw the URL list (seed 1130) from the bench database")
    make.add_argument(
        "--db-url",
        default="sqlite:///bench/data/bench.db",
        help="the bench database (SQLite or PostgreSQL: the generator writes the same data)",
    )
    make.add_argument("--out", default="bench/data/dashboard-urls.json")
    go = sub.add_parser("run", help="send every URL once to each server")
    go.add_argument("--sqlite", default="bench/data/bench.db")
    go.add_argument("--pg", help="PostgreSQL URL loaded by bench.generate (for pg-1w, pg-2w)")
    go.add_argument("--urls", default="bench/data/dashboard-urls.json")
    go.add_argument("--servers", default="hello,cache-on,cache-off,datasette")
    go.add_argument("--connections", default="8,32")
    go.add_argument("--fraction", type=float, default=1.0, help="send this share of each kind")
    go.add_argument("--kinds", help=f"only these runs, comma-separated (mix, list, ..., {OWN_ROW})")
    go.add_argument("--port", type=int, default=8712)
    go.add_argument("--out")
    go.add_argument("--report", help="print the Markdown table of a results file and stop")
    args = parser.parse_args(argv)
    if args.command == "urls":
        urls = make_urls(args.db_url)
        Path(args.out).write_text(json.dumps(urls, indent=1))
        log(f"{sum(len(v) for v in urls.values())} URLs in {args.out}")
        return 0
    if args.report:
        print(table(json.loads(Path(args.report).read_text())["rows"]))
        return 0
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
