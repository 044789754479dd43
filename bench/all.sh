#!/usr/bin/env bash
# The whole benchmark, as reported in docs/performance.md:
#   bench/all.sh            1M contributions (scale 1.0), two runs
#   SCALE=0.02 RUNS=1 DURATION=3 bench/all.sh      a quick try
# Needs: make install; wrk (apt-get install -y wrk); PostgreSQL on 127.0.0.1 as postgres
# (PG_URL to change). Datasette is installed on first use into bench/.venv-datasette.
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${SCALE:-1.0}
RUNS=${RUNS:-2}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-3}
PG_URL=${PG_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/ckb_bench}
OUT=bench/results/$(date -u +%Y%m%dT%H%M%S)
mkdir -p "$OUT" bench/data
PY=.venv/bin/python
echo "== load SQLite (scale $SCALE)"
/usr/bin/time -f "%e s wall, %U s user" $PY -m bench.generate --url "sqlite:///$PWD/bench/data/bench.db" \
  --scale "$SCALE" --plan bench/data/sqlite-plan.json 2>&1 | tee "$OUT/load-sqlite.log"
echo "== load PostgreSQL (scale $SCALE)"
/usr/bin/time -f "%e s wall, %U s user" $PY -m bench.generate --url "$PG_URL" \
  --scale "$SCALE" --plan bench/data/pg-plan.json 2>&1 | tee "$OUT/load-postgresql.log"
echo "== explain"
$PY -m bench.explain --url "sqlite:///$PWD/bench/data/bench.db" --plan bench/data/sqlite-plan.json \
  > "$OUT/explain-sqlite.md"
$PY -m bench.explain --url "$PG_URL" --plan bench/data/pg-plan.json > "$OUT/explain-postgresql.md"
echo "== run"
$PY -m bench.run --sqlite bench/data/bench.db --sqlite-plan bench/data/sqlite-plan.json \
  --pg "$PG_URL" --pg-plan bench/data/pg-plan.json --runs "$RUNS" --duration "$DURATION" \
  --warmup "$WARMUP" --out "$OUT/results.json" | tee "$OUT/tables.txt"
echo "results in $OUT"
