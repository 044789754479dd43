"""The thread pool cannot stall behind the database slots (app/core/db.py, `db_slot`), through
the real service (uvicorn in a subprocess, `tests/live.py`), on both engines.

A sync route runs its steps (the session dependency, the route, the response's validation) as
separate calls into anyio's thread pool, taking a thread token for each. When a request waited
for its database slot inside one of those threads, requests waiting for a slot could hold
every token while the requests holding the slots waited for a token for their next step:
nothing moved until the waiters gave up after QUERY_TIMEOUT_MS with a 503 (8 distinct cold
requests on the default 7 threads at 1M: 78 of 90 answers were 503, docs/performance.md). Now
the wait runs in a thread of its own limiter.

The service here has 2 threads and 1 database slot, and gets 12 distinct requests at once
(3 clients a thread more than it has threads and slots together), each a legitimately slow
one: a stats answer with a row-level filter over a generated database of 30,000
contributions (`bench.generate --scale 0.03`), which ranks the amounts from the rows (tens of
milliseconds each, more on a loaded machine). Every request must answer 200. The slot wait is
QUERY_TIMEOUT_MS = 60 s, far more than the 12 requests' work (about 1-2 s at a load of 15);
with the old wait (in a route thread) the requests stall and answer 503 after it, which is how
this test fails (checked by reverting `db_slot`, docs/performance.md). Nothing is timed.
"""

import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from tests.conftest import BACKENDS, TempDatabases
from tests.live import ROOT, Service

REQUESTS = 12
QUERY_TIMEOUT_MS = 60_000


@pytest.fixture(params=BACKENDS)
def generated_url(request: pytest.FixtureRequest, databases: TempDatabases) -> str:
    url = databases.new(request.param)
    result = subprocess.run(
        [sys.executable, "-m", "bench.generate", "--url", url, "--scale", "0.03"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return url


def test_more_slow_requests_than_threads_all_answer(generated_url: str, tmp_path: Path) -> None:
    service = Service(
        generated_url,
        tmp_path / "service.log",
        seed_on_start="false",
        worker_threads=2,
        db_max_concurrency=1,
        query_timeout_ms=QUERY_TIMEOUT_MS,
    ).start()
    # Distinct URLs (no answer is served from the response cache), each a row-level filter:
    # the amounts are ranked from the rows, not read from the summaries.
    group_bys = ("contributor", "type", "mission", "year")
    urls = [
        f"/api/v1/stats/contributions?group_by={group_bys[i % 4]}"
        f"&year={','.join(str(y) for y in range(2000 + i // 4, 2006 + i // 4))}"
        for i in range(REQUESTS)
    ]
    assert len(set(urls)) == REQUESTS
    start = threading.Barrier(REQUESTS)
    answers: dict[str, int | str] = {}

    def send(url: str) -> None:
        # The client waits longer than the service may: a stalled service answers 503 after
        # QUERY_TIMEOUT_MS, and that answer is what the assertion reports.
        with httpx.Client(base_url=service.base_url, timeout=QUERY_TIMEOUT_MS / 1000 * 4) as c:
            start.wait()
            try:
                response = c.get(url)
                answers[url] = response.status_code
                if response.status_code != 200:
                    answers[url] = f"{response.status_code}: {response.text[:200]}"
            except httpx.HTTPError as exc:
                answers[url] = repr(exc)

    threads = [threading.Thread(target=send, args=(url,)) for url in urls]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        service.stop()
    assert answers == dict.fromkeys(urls, 200)
    assert "Traceback" not in service.logs()
