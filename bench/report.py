"""Markdown tables (for docs/performance.md) from a results JSON written by bench.run.

python -m bench.report bench/results/<time>/results.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def _ratio(a: float | None, b: float | None) -> str:
    return "n/a" if not a or not b else f"{a / b:.2f}"


def run_table(run: dict[str, Any]) -> str:
    groups = run["groups"]
    hello = groups["hello"][0].get("rps")
    ds = {r["name"]: r.get("rps") for r in groups.get("datasette", [])}
    lines = [
        f"Run {run['run']} ({run['started']} to {run['finished']}); hello world: "
        f"{hello:,.0f} req/s.\n",
        "| server | endpoint | conns | req/s | p50 ms | p99 ms | p99/p50 | x hello | "
        "x Datasette | RSS MB | CPU ms/req (worker + db) | load avg |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for group, rows in groups.items():
        for r in rows:
            if "na" in r:
                lines.append(f"| {group} | {r['name']} | | n/a ({r['na']}) | | | | | | | | |")
                continue
            peer = None
            if group != "datasette":
                if "list" in r["name"]:
                    peer = ds.get("datasette list 50")
                elif r["name"].startswith("get contribution"):
                    peer = ds.get("datasette get contribution")
            flag = " (errors)" if r.get("invalid") else ""
            lines.append(
                f"| {group} | {r['name']}{flag} | {r['connections']} | {r['rps']:,.0f} | "
                f"{r['p50_ms']:.2f} | {r['p99_ms']:.2f} | {r['p99_over_p50']:.1f} | "
                f"{_ratio(r['rps'], hello)} | {_ratio(r['rps'], peer)} | {r['rss_mb_max']:.0f} | "
                f"{r['worker_cpu_ms_per_req']:.3f} + {r['db_cpu_ms_per_req']:.3f} | "
                f"{r.get('loadavg_1m', '')} |"
            )
    return "\n".join(lines)


def _find(groups: dict[str, Any], group: str, prefix: str) -> dict[str, Any] | None:
    for r in groups.get(group, []):
        if r["name"].startswith(prefix) and "na" not in r:
            if not r.get("requests"):  # nothing completed within the run: as slow as it gets
                return {**r, "rps": 0.0, "p50_ms": float("inf"), "p99_over_p50": float("inf")}
            return r
    return None


def _verdicts(run: dict[str, Any], group: str) -> list[tuple[str, str, bool | None]]:
    """(target, value, met) for one server group of one run."""
    g = run["groups"]
    hello = g["hello"][0]["rps"]
    ds_list = (_find(g, "datasette", "datasette list") or {}).get("rps")
    out: list[tuple[str, str, bool | None]] = []

    def add(target: str, value: float | None, ok: bool | None, fmt: str = "{:.2f}") -> None:
        out.append((target, "n/a" if value is None else fmt.format(value), ok))

    for name in ("get mission", "get contribution"):
        r = _find(g, group, name)
        v = r["rps"] / hello if r else None
        add(f"{name} >= 0.5 x hello", v, None if v is None else v >= 0.5)
    first = _find(g, group, "list 50, first")
    deep = None
    for r in g.get(group, []):
        if r["name"].startswith("list 50,") and "deep" in r["name"] and "na" not in r:
            deep = r
    for label, r in (("first page", first), ("deep page", deep)):
        v = r["rps"] / hello if r else None
        add(f"list ({label}) >= 0.25 x hello", v, None if v is None else v >= 0.25)
        w = r["rps"] / ds_list if r and ds_list else None
        add(f"list ({label}) >= 2 x Datasette", w, None if w is None else w >= 2)
    if first and deep and first["rps"]:
        v = deep["rps"] / first["rps"]
        add("deep page / first page, req/s (noise-bound)", v, abs(v - 1) <= 0.10)
        c1 = first["worker_cpu_ms_per_req"] + first["db_cpu_ms_per_req"]
        c2 = deep["worker_cpu_ms_per_req"] + deep["db_cpu_ms_per_req"]
        add("deep page / first page, CPU per request", c2 / c1, abs(c2 / c1 - 1) <= 0.10)
    for name in ("stats by contributor", "stats by year"):
        r = _find(g, group, name)
        add(
            f"{name} p50 <= 100 ms",
            r and r["p50_ms"],
            None if not r else r["p50_ms"] <= 100,
            "{:.2f} ms",
        )
    for name in ("search common", "search rare"):
        r = _find(g, group, name)
        add(
            f"{name} p50 <= 20 ms",
            r and r["p50_ms"],
            None if not r else r["p50_ms"] <= 20,
            "{:.2f} ms",
        )
    rows = [r for r in g.get(group, []) if "na" not in r and r.get("requests")]
    if rows:
        worst = max(rows, key=lambda r: r["p99_over_p50"])
        out.append(
            (
                "p99 <= 4 x p50, every endpoint",
                f"worst {worst['p99_over_p50']:.1f} ({worst['name']})",
                worst["p99_over_p50"] <= 4,
            )
        )
        rss = max(r["rss_mb_max"] for r in rows)
        add("RSS per worker <= 150 MB", rss, rss <= 150, "{:.0f} MB")
    return out


def targets_table(report: dict[str, Any]) -> str:
    runs = [r for r in report["runs"] if r.get("finished") != "(running)"]
    groups = [
        grp
        for grp in ("sqlite", "postgresql", "sqlite uncached", "postgresql uncached")
        if grp in runs[0]["groups"]
    ]
    lines = []
    for grp in groups:
        per_run = [_verdicts(run, grp) for run in runs]
        head = " | ".join(f"run {run['run']}" for run in runs)
        lines += [
            f"**{grp}**\n",
            f"| target | {head} | met |",
            "|---|" + "--:|" * len(runs) + "---|",
        ]
        for i, (target, _, _) in enumerate(per_run[0]):
            values = " | ".join(p[i][1] for p in per_run)
            oks = [p[i][2] for p in per_run]
            met = (
                "n/a"
                if all(o is None for o in oks)
                else "yes"
                if all(o for o in oks)
                else "no"
                if not any(o for o in oks)
                else "in one run of two"
            )
            lines.append(f"| {target} | {values} | {met} |")
        lines.append("")
    scale = [run["groups"].get("postgresql scale-out", []) for run in runs]
    if any(scale):
        lines += [
            "**PostgreSQL scale-out (list, first page)**\n",
            "| run | variant | 1 worker req/s | 2 workers req/s | x | CPU ms/req 1w | 2w | "
            "change | met (>= 1.5x, or CPU within 10%) |",
            "|---|---|--:|--:|--:|--:|--:|--:|---|",
        ]
        for run, rows in zip(runs, scale, strict=True):
            by = {r["name"]: r for r in rows if "na" not in r}
            for variant in ("cached", "uncached"):
                one = by.get(f"list, 1 worker(s), {variant}")
                two = by.get(f"list, 2 worker(s), {variant}")
                if not one or not two:
                    continue
                c1 = one["worker_cpu_ms_per_req"] + one["db_cpu_ms_per_req"]
                c2 = two["worker_cpu_ms_per_req"] + two["db_cpu_ms_per_req"]
                x = two["rps"] / one["rps"]
                change = c2 / c1 - 1
                ok = x >= 1.5 or abs(change) <= 0.10
                lines.append(
                    f"| {run['run']} | {variant} | {one['rps']:,.0f} | {two['rps']:,.0f} | "
                    f"{x:.2f} | {c1:.3f} | {c2:.3f} | {change:+.0%} | {'yes' if ok else 'no'} |"
                )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    report = json.loads(Path(args[0]).read_text())
    m = report["machine"]
    print(
        f"Machine: {m['nproc']} CPUs ({m['cpu']}), {m['ram_gb']} GB RAM, Python {m['python']}, "
        f"kernel {m['kernel']}; load average at start {m['loadavg_at_start']}.\n"
        f"Versions: {m['versions']}\n"
    )
    for run in report["runs"]:
        if run.get("finished") != "(running)":
            print(run_table(run) + "\n")
    print("## Targets\n")
    print(targets_table(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
