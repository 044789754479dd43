"""The benchmark runner: one worker on core 0, wrk on core 1, warm-up then measure.

    python -m bench.run --sqlite bench/data/bench.db --sqlite-plan bench/data/bench-plan.json \
        --pg postgresql+psycopg://postgres@127.0.0.1/ckb_bench --pg-plan bench/data/pg-plan.json

Each server (the hello-world app, the service on SQLite and on PostgreSQL, Datasette) is
started with `taskset -c 0`, the load generator (wrk, 1 thread) with `taskset -c 1`. Every
endpoint gets a warm-up run, then a measured run at 32 connections (stats: 1 connection, a
latency measurement). The whole set runs `--runs` times (machines are noisy); every run is
printed as a table of ratios (against hello-world and against Datasette) and all runs are
written as JSON under bench/results/.

Also measured: the worker's resident memory under load (max of /proc/PID/status VmRSS sampled
during each measured run), the CPU time per request (worker, plus the PostgreSQL backends of
the benchmark database), and, on PostgreSQL, one worker against two for the list.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
VENV_BIN = Path(sys.executable).parent
DATASETTE_VENV = BENCH / ".venv-datasette"
LUA = BENCH / "wrk" / "report.lua"
SERVER_CORE = "0"
CLIENT_CORE = "1"
CLK_TCK = os.sysconf("SC_CLK_TCK")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- processes --------------------------------------------------------------------------------
def cpu_seconds(pid: int) -> float:
    """utime + stime of one process, in seconds (0 if it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


@dataclass
class Server:
    name: str
    argv: list[str]
    port: int
    env: dict[str, str] = field(default_factory=dict)
    ready_path: str = "/"
    proc: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        env = {**os.environ, **self.env}
        logfile = open(BENCH / "results" / f"server-{self.name}.log", "ab")  # noqa: SIM115
        self.proc = subprocess.Popen(
            ["taskset", "-c", SERVER_CORE, *self.argv],
            env=env,
            cwd=ROOT,
            stdout=logfile,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.time() + 90
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited; see bench/results/server-{self.name}.log")
            with contextlib.suppress(OSError):
                if http_get(self.base + self.ready_path, timeout=2)[0] < 500:
                    # Two workers: wait until both have started answering.
                    time.sleep(1.0)
                    return
            time.sleep(0.3)
        raise RuntimeError(f"{self.name} did not start")

    def worker_pids(self) -> list[int]:
        assert self.proc is not None
        kids = children(self.proc.pid)
        # uvicorn --workers N: a supervisor and N children; one worker: the process itself.
        # (taskset execs, so the Popen pid is the server's.)
        workers = [k for k in kids if "resource_tracker" not in _cmdline(k)]
        return workers or [self.proc.pid]

    def stop(self) -> None:
        if self.proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self.proc = None


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


@contextlib.contextmanager
def serving(server: Server) -> Iterator[Server]:
    log(f"-- starting {server.name}")
    server.start()
    try:
        yield server
    finally:
        server.stop()


def http_get(url: str, timeout: float = 30) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


# --- PostgreSQL backends (their CPU counts against the request) --------------------------------
def pg_backend_pids(pg_url: str | None) -> list[int]:
    if not pg_url:
        return []
    import psycopg

    parsed = make_url(pg_url)
    conninfo = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            (parsed.database,),
        ).fetchall()
    return [r[0] for r in rows]


# --- wrk --------------------------------------------------------------------------------------
def wrk(url: str, connections: int, seconds: float) -> dict[str, Any]:
    argv = [
        "taskset",
        "-c",
        CLIENT_CORE,
        "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{max(1, round(seconds))}s",
        "--timeout",
        "10s",
        "-s",
        str(LUA),
        url,
    ]
    out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
    line = next(x for x in out.splitlines() if x.startswith("JSON "))
    data: dict[str, Any] = json.loads(line[5:])
    data["rps"] = data["requests"] / (data["duration_us"] / 1e6)
    return data


@dataclass
class Measure:
    name: str
    url: str
    connections: int
    kind: str  # "throughput" or "latency"


def measure(
    server: Server, m: Measure, args: argparse.Namespace, pg_url: str | None = None
) -> dict[str, Any]:
    try:
        status, body = http_get(m.url)
    except OSError as error:  # the server is still busy with a previous run's backlog
        log(f"   {m.name}: {error} -> n/a")
        return {"name": m.name, "url": m.url, "na": f"probe failed: {error}"}
    if status != 200:
        # A 503 is the service's documented answer to overload (app/core/limits.py: every
        # database slot taken, or a read past QUERY_TIMEOUT_MS): say which, from its detail.
        na = f"HTTP {status}: {_detail(body)}"
        log(f"   {m.name}: {na} -> n/a")
        return {"name": m.name, "url": m.url, "na": na}
    wrk(m.url, m.connections, args.warmup)
    # wrk stops when the warm-up ends, the server does not: its last requests would still run
    # into the measured seconds (a cold search at 4 connections on a loaded core took longer
    # than a whole run). One answer of the same URL comes after them.
    http_get(m.url, timeout=120)
    workers = server.worker_pids()
    backends = pg_backend_pids(pg_url)
    cpu0 = {p: cpu_seconds(p) for p in workers + backends}
    samples: list[float] = []
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.25):
            samples.append(sum(rss_mb(p) for p in workers) / len(workers))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    result = wrk(m.url, m.connections, args.duration)
    done.set()
    sampler.join()
    backends_after = pg_backend_pids(pg_url)
    worker_cpu = sum(cpu_seconds(p) - cpu0[p] for p in workers)
    # A backend that ended during the run takes its CPU time with it: clamp, never negative.
    db_cpu = sum(
        max(0.0, cpu_seconds(p) - cpu0.get(p, 0.0)) if Path(f"/proc/{p}").exists() else 0.0
        for p in set(backends) | set(backends_after)
    )
    errors = sum(result["errors"].values())
    lat = result["latency_us"]
    row = {
        "name": m.name,
        "url": m.url,
        "connections": m.connections,
        "kind": m.kind,
        "rps": round(result["rps"], 1),
        "p50_ms": lat["p50"] / 1000,
        "p90_ms": lat["p90"] / 1000,
        "p99_ms": lat["p99"] / 1000,
        "max_ms": lat["max"] / 1000,
        "p99_over_p50": round(lat["p99"] / max(lat["p50"], 1), 2),
        "errors": result["errors"],
        "requests": result["requests"],
        "bytes_per_response": round(result["bytes"] / max(result["requests"], 1)),
        "rss_mb_max": round(max(samples or [rss_mb(workers[0])]), 1),
        "workers": len(workers),
        "worker_cpu_ms_per_req": round(1000 * worker_cpu / max(result["requests"], 1), 3),
        "db_cpu_ms_per_req": round(1000 * db_cpu / max(result["requests"], 1), 3),
        "response_bytes": len(body),
        # Other work on the machine during the run (1-minute load average at its end).
        "loadavg_1m": round(os.getloadavg()[0], 2),
    }
    log(
        f"   {m.name:<28} {row['rps']:>9.0f} req/s  p50 {row['p50_ms']:7.2f} ms  "
        f"p99 {row['p99_ms']:7.2f} ms  rss {row['rss_mb_max']:.0f} MB"
        + (f"  ERRORS {result['errors']}" if errors else "")
    )
    if errors:
        row["invalid"] = "errors during the measured run"
    if not result["requests"]:
        # Not "0 req/s": no request finished within the run, each took longer than it.
        row["na"] = f"no answer within the {args.duration:g} s run: each request took longer"
        log(f"   {m.name}: {row['na']} -> n/a")
    return row


def _detail(body: bytes) -> str:
    try:
        return str(json.loads(body).get("detail", ""))[:120]
    except (ValueError, AttributeError):
        return body[:120].decode("utf-8", "replace")


# --- the plan: which URLs ---------------------------------------------------------------------
def deep_cursor_url(first_url: str, pages: int) -> tuple[str, int]:
    """Walk `pages` pages by cursor from the first; returns the URL of the page reached."""
    url = first_url
    walked = 0
    for _ in range(pages):
        status, body = http_get(url)
        if status != 200:
            raise RuntimeError(f"walking {url}: HTTP {status}")
        nxt = json.loads(body)["next"]
        if nxt is None:
            break
        url = nxt
        walked += 1
    return url, walked


def app_measures(
    base: str, plan: dict[str, Any], args: argparse.Namespace, connections: int | None = None
) -> list[Measure]:
    api = base + "/api/v1"
    q = urllib.parse.urlencode
    first = f"{api}/contributions?" + q(
        {"contributor": plan["contributor_code"], "type": plan["type_slug"]}
    )
    deep, walked = deep_cursor_url(first, args.deep_pages)
    c = connections or args.connections
    return [
        Measure("get mission", f"{api}/missions/{plan['mission_slug']}", c, "throughput"),
        Measure(
            "get contribution", f"{api}/contributions/{plan['contribution_slug']}", c, "throughput"
        ),
        Measure("list 50, first page", first, c, "throughput"),
        Measure(f"list 50, {walked} pages deep", deep, c, "throughput"),
        Measure("search common", f"{api}/search?" + q({"q": plan["common_term"]}), c, "throughput"),
        Measure("search rare", f"{api}/search?" + q({"q": plan["rare_term"]}), c, "throughput"),
        Measure(
            "stats by contributor",
            f"{api}/stats/contributions?group_by=contributor",
            1,
            "latency",
        ),
        Measure("stats by year", f"{api}/stats/contributions?group_by=year", 1, "latency"),
    ]


def datasette_measures(base: str, db: str, plan: dict[str, Any], c: int) -> list[Measure]:
    q = urllib.parse.urlencode
    return [
        Measure(
            "datasette get contribution",
            f"{base}/{db}/contribution/{plan['contribution_id']}.json?_shape=array",
            c,
            "throughput",
        ),
        Measure(
            "datasette list 50",
            f"{base}/{db}/contribution.json?"
            + q(
                {
                    "contributor_id": plan["contributor_id"],
                    "type_id": plan["type_id"],
                    "_sort": "slug",
                    "_size": 50,
                    "_labels": "on",
                    "_shape": "array",
                }
            ),
            c,
            "throughput",
        ),
    ]


# --- servers ----------------------------------------------------------------------------------
def uvicorn(name: str, target: str, port: int, env: dict[str, str], workers: int = 1) -> Server:
    argv = [
        str(VENV_BIN / "uvicorn"),
        target,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--no-access-log",
        "--log-level",
        "warning",
    ]
    ready = "/" if target == "bench.hello:app" else "/healthz"
    return Server(name, argv, port, env, ready_path=ready)


def ensure_datasette() -> Path:
    exe = DATASETTE_VENV / "bin" / "datasette"
    if not exe.exists():
        log("-- installing Datasette into bench/.venv-datasette (kept apart from the app)")
        subprocess.run([sys.executable, "-m", "venv", str(DATASETTE_VENV)], check=True)
        subprocess.run(
            [str(DATASETTE_VENV / "bin" / "pip"), "install", "--quiet", "datasette"], check=True
        )
    return exe


def machine() -> dict[str, Any]:
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    mem_gb = 0.0
    with contextlib.suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gb = int(line.split()[1]) / 1024 / 1024
    versions = {}
    for pkg in ("fastapi", "starlette", "uvicorn", "sqlalchemy", "pydantic", "psycopg"):
        with contextlib.suppress(Exception):
            from importlib.metadata import version

            versions[pkg] = version(pkg)
    with contextlib.suppress(Exception):
        out = subprocess.run(
            [str(DATASETTE_VENV / "bin" / "datasette"), "--version"], capture_output=True, text=True
        )
        versions["datasette"] = out.stdout.strip().split()[-1]
    with contextlib.suppress(Exception):
        versions["wrk"] = subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout[:40]
    return {
        "nproc": os.cpu_count(),
        "cpu": model,
        "ram_gb": round(mem_gb, 1),
        "python": platform.python_version(),
        "kernel": platform.release(),
        "loadavg_at_start": os.getloadavg(),
        "versions": versions,
    }


# --- one run ----------------------------------------------------------------------------------
class SavedGroups(dict[str, Any]):
    """Writes the whole report each time a group's results are in: a crash loses one group."""

    def __init__(self, save: Any) -> None:
        super().__init__()
        self._save = save

    def __setitem__(self, key: str, value: Any) -> None:
        super().__setitem__(key, value)
        self._save()


def one_run(args: argparse.Namespace, run_no: int, save: Any = None) -> dict[str, Any]:
    results: dict[str, Any] = {"run": run_no, "started": now(), "finished": "(running)"}
    groups = results["groups"] = SavedGroups(lambda: save(results) if save else None)

    with serving(uvicorn("hello", "bench.hello:app", args.port, {})) as s:
        groups["hello"] = [
            measure(s, Measure("hello world", s.base + "/", args.connections, "throughput"), args)
        ]

    if args.sqlite:
        sqlite_url = f"sqlite:///{Path(args.sqlite).resolve()}"
        plan = json.loads(Path(args.sqlite_plan).read_text())
        for label, cache in (("sqlite", None), ("sqlite uncached", "0")):
            if cache is not None and args.no_uncached:
                continue
            env = {"DATABASE_URL": sqlite_url, "SEED_ON_START": "false"}
            if cache is not None:
                env["RESPONSE_CACHE_MB"] = cache
            conns = args.uncached_connections if cache is not None else None
            with serving(uvicorn(label.replace(" ", "-"), "app.main:app", args.port, env)) as s:
                groups[label] = [
                    measure(s, m, args) for m in app_measures(s.base, plan, args, conns)
                ]
        if not args.no_datasette:
            exe = ensure_datasette()
            db = Path(args.sqlite).stem
            ds = Server(
                "datasette",
                [str(exe), "serve", str(Path(args.sqlite).resolve()), "--port", str(args.port)],
                args.port,
                ready_path=f"/{db}.json",
            )
            with serving(ds) as s:
                groups["datasette"] = [
                    measure(s, m, args)
                    for m in datasette_measures(s.base, db, plan, args.connections)
                ]

    if args.pg:
        plan = json.loads(Path(args.pg_plan).read_text())
        env = {"DATABASE_URL": args.pg, "SEED_ON_START": "false"}
        with serving(uvicorn("postgresql", "app.main:app", args.port, env)) as s:
            groups["postgresql"] = [
                measure(s, m, args, args.pg) for m in app_measures(s.base, plan, args)
            ]
        if not args.no_uncached:
            env_u = {**env, "RESPONSE_CACHE_MB": "0"}
            with serving(uvicorn("postgresql-uncached", "app.main:app", args.port, env_u)) as s:
                groups["postgresql uncached"] = [
                    measure(s, m, args, args.pg)
                    for m in app_measures(s.base, plan, args, args.uncached_connections)
                ]
        # Scale-out: the same list with one and with two workers (both on core 0).
        scale: list[dict[str, Any]] = []
        for variant, extra in (("cached", {}), ("uncached", {"RESPONSE_CACHE_MB": "0"})):
            if variant == "uncached" and args.no_uncached:
                continue
            for workers in (1, 2):
                name = f"postgresql-{workers}w-{variant}"
                srv = uvicorn(name, "app.main:app", args.port, {**env, **extra}, workers)
                with serving(srv) as s:
                    m = app_measures(s.base, plan, args)[2]
                    m.name = f"list, {workers} worker(s), {variant}"
                    scale.append(measure(s, m, args, args.pg))
        groups["postgresql scale-out"] = scale
    results["finished"] = now()
    return results


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --- report -----------------------------------------------------------------------------------
def ratio(a: float | None, b: float | None) -> str:
    if not a or not b:
        return "n/a"
    return f"{a / b:.2f}"


def table(run: dict[str, Any]) -> str:
    groups = run["groups"]
    hello = groups["hello"][0].get("rps")
    ds = {r["name"]: r for r in groups.get("datasette", [])}
    ds_get = ds.get("datasette get contribution", {}).get("rps")
    ds_list = ds.get("datasette list 50", {}).get("rps")
    lines = [
        f"run {run['run']} ({run['started']} .. {run['finished']})",
        f"{'server / endpoint':<44} {'conns':>5} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'p99/p50':>7} {'x hello':>7} {'x DS':>6} {'RSS MB':>6} {'CPU ms/req':>10}",
    ]
    for group, rows in groups.items():
        for r in rows:
            label = f"{group}: {r['name']}"[:44]
            if "na" in r:
                lines.append(f"{label:<44} {'n/a (' + r['na'] + ')':>20}")
                continue
            peer = None
            if "list" in r["name"] and "datasette" not in r["name"]:
                peer = ds_list
            elif r["name"].startswith("get contribution"):
                peer = ds_get
            cpu = r["worker_cpu_ms_per_req"] + r["db_cpu_ms_per_req"]
            lines.append(
                f"{label:<44} {r['connections']:>5} {r['rps']:>8.0f} {r['p50_ms']:>8.2f} "
                f"{r['p99_ms']:>8.2f} {r['p99_over_p50']:>7.2f} {ratio(r['rps'], hello):>7} "
                f"{ratio(r['rps'], peer):>6} {r['rss_mb_max']:>6.0f} {cpu:>10.3f}"
                + ("  INVALID" if r.get("invalid") else "")
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sqlite", help="SQLite file made by bench.generate")
    parser.add_argument("--sqlite-plan", help="its plan JSON")
    parser.add_argument("--pg", help="PostgreSQL URL loaded by bench.generate")
    parser.add_argument("--pg-plan", help="its plan JSON")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--duration", type=float, default=10, help="seconds measured")
    parser.add_argument("--warmup", type=float, default=3, help="seconds of warm-up")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--deep-pages", type=int, default=100)
    parser.add_argument("--port", type=int, default=8711)
    parser.add_argument("--no-datasette", action="store_true")
    parser.add_argument("--no-uncached", action="store_true", help="skip the cache-off servers")
    parser.add_argument(
        "--uncached-connections",
        type=int,
        default=4,
        help="connections for the cache-off servers (at 32 their backlog outlives a run)",
    )
    parser.add_argument("--out", help="JSON results file (default bench/results/<time>.json)")
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        parser.error("wrk is missing: apt-get install -y wrk")
    (BENCH / "results").mkdir(exist_ok=True)
    out = Path(args.out or BENCH / "results" / f"run-{datetime.now(UTC):%Y%m%dT%H%M%S}.json")
    report: dict[str, Any] = {
        "machine": machine(),
        "settings": {
            k: v for k, v in vars(args).items() if k not in ("out",) and not k.startswith("_")
        },
        "runs": [],
    }
    for n in range(1, args.runs + 1):

        def save(partial: dict[str, Any], n: int = n) -> None:
            runs = [*report["runs"][: n - 1], partial]
            out.write_text(json.dumps({**report, "runs": runs}, indent=2))

        report["runs"].append(one_run(args, n, save))
        out.write_text(json.dumps(report, indent=2))
        print(table(report["runs"][-1]) + "\n", flush=True)
    log(f"results: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
