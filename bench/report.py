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
        "x Datasette | RSS MB | CPU ms/req (worker + db) |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for group, rows in groups.items():
        for r in rows:
            if "na" in r:
                lines.append(f"| {group} | {r['name']} | | n/a ({r['na']}) | | | | | | | |")
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
                f"{r['worker_cpu_ms_per_req']:.3f} + {r['db_cpu_ms_per_req']:.3f} |"
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
        print(run_table(run) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
