"""End-to-end fixtures: the real service, started the way a user starts it.

`coalition-kb serve` runs in a subprocess on a free port with a temporary SQLite database, a
copy of the test process's seeded template: what `make run` makes of an empty one. The tests here talk to it over HTTP
only: with a browser (test_docs_browser.py), with Spectral (test_openapi_lint.py) and with a
generated client (test_generated_client.py).

Outside CI a missing tool (Chromium, node) skips its test with the command that installs it;
under CI (CI=true) it fails, so CI cannot pass without running them.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.conftest import TempDatabases
from tests.live import STARTUP_SECONDS

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("ARTIFACTS_DIR", ROOT / "artifacts"))
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}

_artifacts_written: list[Path] = []


def require_tool(ok: bool, what: str, install: str) -> None:
    """Skip outside CI, fail in CI, when a tool the test needs is missing."""
    if ok:
        return
    message = f"{what} is missing; install it with: {install}"
    if IN_CI:
        pytest.fail(message + " (CI=true: this test must run, so it fails rather than skips)")
    pytest.skip(message)


def artifact(name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    _artifacts_written.append(path)
    return path


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    existing = [p for p in _artifacts_written if p.exists()]
    if existing:
        terminalreporter.section("end-to-end artifacts")
        for path in existing:
            terminalreporter.write_line(str(path))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve_command() -> list[str]:
    script = Path(sys.executable).parent / "coalition-kb"
    if script.exists():
        return [str(script), "serve"]
    return [sys.executable, "-m", "app.cli", "serve"]


@dataclass(frozen=True)
class LiveServer:
    base_url: str
    log: Path


@pytest.fixture(scope="session")
def live_server(
    tmp_path_factory: pytest.TempPathFactory, databases: TempDatabases
) -> Iterator[LiveServer]:
    """`coalition-kb serve` on a free port with a SQLite database of its own: a copy of the
    test process's seeded template (tests/conftest.py), what `serve` makes of an empty one
    (migrated, the seed loaded) without a migration and a seed load in the service."""
    tmp = tmp_path_factory.mktemp("live")
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": databases.copy("sqlite"),
        "SEED_ON_START": "true",
        "LOG_LEVEL": "WARNING",
    }
    log = tmp / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [*_serve_command(), "--host", "127.0.0.1", "--port", str(port)],
            cwd=tmp,  # no stray .env from the work tree
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if proc.poll() is not None:
                pytest.fail(f"the service exited with {proc.returncode}:\n{log.read_text()}")
            try:
                if httpx.get(f"{base_url}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"not ready in {STARTUP_SECONDS} s:\n{log.read_text()}")
            time.sleep(0.25)
        yield LiveServer(base_url=base_url, log=log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def which(name: str) -> str | None:
    return shutil.which(name)
