"""README's PostgreSQL deployment, run as README writes it: `migrate`, `seed --if-empty`, then
`serve --no-migrate --host 0.0.0.0 --workers N`, and every worker answers.

The benchmark and the other live tests start one process; `--workers N > 1` crashed at start
(a protocol class defined inside a function cannot be pickled for the worker processes) and
nothing noticed. The commands are read from README.md, so the test follows README, not a copy.
"""

import json
import re
import shlex
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from tests.conftest import TempDatabases
from tests.live import ROOT, STARTUP_SECONDS, cli, free_port, service_env


def readme_deploy_commands() -> list[list[str]]:
    """The coalition-kb commands of README's PostgreSQL block, in order."""
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## PostgreSQL", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "README's PostgreSQL section has no ```sh block"
    commands = []
    for line in block.group(1).splitlines():
        words = shlex.split(line.split("#", 1)[0])
        if words and words[0].endswith("coalition-kb"):
            commands.append(words[1:])
    assert [c[0] for c in commands] == ["migrate", "seed", "serve"], commands
    return commands


@pytest.mark.parametrize("workers", [2, 4])
def test_readme_deployment_serves_from_every_worker(
    workers: int, databases: TempDatabases, tmp_path: Path
) -> None:
    migrate, seed, serve = readme_deploy_commands()
    assert "--workers" in serve and "--no-migrate" in serve
    serve[serve.index("--workers") + 1] = str(workers)
    port = free_port()
    env = service_env(databases.new("postgresql"))
    for command in (migrate, seed):
        done = subprocess.run(
            [*cli(), *command], env=env, cwd=ROOT, capture_output=True, text=True, timeout=180
        )
        assert done.returncode == 0, done.stdout + done.stderr
    log_path = tmp_path / "serve.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [*cli(), *serve, "--port", str(port)],
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            assert process.poll() is None, log_path.read_text()[-3000:]
            try:
                if httpx.get(base + "/readyz", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, log_path.read_text()[-3000:]
            time.sleep(0.2)

        def fetch(_: int) -> int:
            # A new connection each time, so the kernel hands it to any worker.
            response = httpx.get(base + "/api/v1/missions/ntm-i", timeout=30)
            assert response.json()["slug"] == "ntm-i"
            return response.status_code

        pids: set[int] = set()
        with ThreadPoolExecutor(16) as pool:
            for _ in range(20):
                assert set(pool.map(fetch, range(64))) == {200}
                pids = _serving_pids(log_path)
                if len(pids) == workers:
                    break
        assert len(pids) == workers, f"requests answered by {len(pids)} of {workers} workers"
    finally:
        process.terminate()
        process.wait(30)
    assert process.returncode == 0, log_path.read_text()[-3000:]


def _serving_pids(log_path: Path) -> set[int]:
    """Process ids of the access-log lines of answered API requests."""
    pids = set()
    for line in log_path.read_text().splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if entry.get("logger") == "app.access" and entry.get("path") == "/api/v1/missions/ntm-i":
            pids.add(entry["pid"])
    return pids


def test_an_idle_keep_alive_connection_outlives_a_proxy_s_idle_timeout(tmp_path: Path) -> None:
    """A proxy or load balancer reuses its pooled connections until its own idle timeout
    (60 s for nginx and AWS ALB). uvicorn's default closed them after 5 s, and a request sent
    as the server closed one was dropped without an answer (the outage test's one
    RemoteProtocolError). `serve` keeps them open KEEP_ALIVE_SECONDS (65): here a connection
    idle 6 s, past the old default, still answers, and one idle past a shorter setting is
    closed by the server, so the setting is what decides."""
    import socket

    from tests.live import Service

    def read_response(conn: socket.socket) -> bytes:
        """One whole response (headers, then Content-Length bytes), or b"" if closed."""
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return data
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))  # type: ignore[union-attr]
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                break
            body += chunk
        return head + b"\r\n\r\n" + body

    def idle_then_reuse(service: Service, idle: float) -> bytes:
        request = b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n"
        with socket.create_connection(("127.0.0.1", service.port), timeout=10) as conn:
            conn.sendall(request)
            assert read_response(conn).startswith(b"HTTP/1.1 200")
            time.sleep(idle)
            try:
                conn.sendall(request)
                return read_response(conn)
            except ConnectionError:
                return b""

    db = f"sqlite:///{tmp_path / 'kb.db'}"
    service = Service(db, tmp_path / "default.log").start(wait_for="/healthz")
    try:
        assert idle_then_reuse(service, 6).startswith(b"HTTP/1.1 200")
    finally:
        service.stop()
    service = Service(db, tmp_path / "short.log", keep_alive_seconds=1)
    service.start(wait_for="/healthz")
    try:
        assert idle_then_reuse(service, 2) == b""  # closed by the server after 1 s idle
    finally:
        service.stop()
