"""A real service for tests that need one: `coalition-kb serve` (uvicorn) in a subprocess on a
free loopback port, with its own DATABASE_URL, plus a small TCP proxy to cut the database."""

import contextlib
import os
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
# How long a starting service may take to migrate, seed and answer /readyz: a deadline for a
# hung start, not a speed check. 60 s was passed on the shared 2-CPU machine at load average
# 12-18 (the seed load alone took over a minute), failing both schemathesis runs at start-up.
STARTUP_SECONDS = 300


def cli() -> list[str]:
    exe = BIN / "coalition-kb"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("coalition-kb")
    return [found] if found else [sys.executable, "-m", "app.cli"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def service_env(database_url: str, **settings: Any) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env["DATABASE_URL"] = database_url
    env.setdefault("LOG_LEVEL", "INFO")
    # Soak, fault and fuzzing servers write fast from one address; the write rate limit has
    # tests of its own (test_security.py), so it is off unless a test sets it.
    env.setdefault("RATE_LIMIT_WRITES_PER_MINUTE", "0")
    for key, value in settings.items():
        env[key.upper()] = str(value)
    return env


def run_cli(
    args: list[str], env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*cli(), *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


def has_keys_command(env: dict[str, str]) -> bool:
    """Whether this build's CLI can make API keys (`coalition-kb keys create`)."""
    result = run_cli(["--help"], env, timeout=60)
    return re.search(r"\bkeys\b", result.stdout) is not None


def create_key(env: dict[str, str], *, name: str, role: str = "admin") -> str | None:
    """An API key made with the CLI, or None when the CLI has no `keys` command."""
    if not has_keys_command(env):
        return None
    result = run_cli(["keys", "create", "--name", name, "--role", role], env)
    assert result.returncode == 0, result.stdout + result.stderr
    match = re.search(r"\bckb_[A-Za-z0-9_\-]+", result.stdout)
    if match:
        return match.group()
    tokens = [t for t in result.stdout.split() if len(t) >= 20]
    assert tokens, f"no key in: {result.stdout!r}"
    return tokens[-1]


class Service:
    def __init__(self, database_url: str, log_path: Path, *, migrate: bool = True, **settings: Any):
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.env = service_env(database_url, **settings)
        self.log_path = log_path
        self.migrate = migrate
        self.process: subprocess.Popen[bytes] | None = None

    def start(
        self, wait_for: str | None = "/readyz", timeout: float = STARTUP_SECONDS
    ) -> "Service":
        args = [*cli(), "serve", "--host", "127.0.0.1", "--port", str(self.port)]
        if not self.migrate:
            args.append("--no-migrate")
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            args, env=self.env, cwd=ROOT, stdout=self._log, stderr=subprocess.STDOUT
        )
        try:
            self.wait_until(wait_for or "/healthz", 200 if wait_for else None, timeout)
        except BaseException:
            self.stop()  # a service that never became ready was left running otherwise
            raise
        return self

    def wait_until(self, path: str, status: int | None, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        last: object = None
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise AssertionError(f"service exited {self.process.returncode}: {self.logs()}")
            try:
                response = httpx.get(self.base_url + path, timeout=5)
                last = response.status_code
                if status is None or response.status_code == status:
                    return
            except httpx.HTTPError as exc:
                last = exc
            time.sleep(0.2)
        raise AssertionError(f"{path} never answered {status} (last: {last}): {self.logs()}")

    def logs(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-5000:]
        except OSError:
            return ""

    def stop(self, timeout: float = 15) -> int | None:
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self._log.close()
        return self.process.returncode

    def __enter__(self) -> "Service":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextlib.contextmanager
def running(database_url: str, log_path: Path, **settings: Any) -> Iterator[Service]:
    service = Service(database_url, log_path, **settings)
    try:
        yield service.start()
    finally:
        service.stop()


class TcpProxy:
    """A loopback TCP proxy, to take a database away without touching the database server.

    `stop()` closes the listening socket and every open connection (the database "goes
    away"); `start()` listens again on the same port (it "comes back").
    """

    def __init__(self, target_host: str, target_port: int, port: int | None = None) -> None:
        self.target = (target_host, target_port)
        self.port = port or free_port()
        self._listener: socket.socket | None = None
        self._conns: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []

    def start(self) -> "TcpProxy":
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        thread = threading.Thread(target=self._accept, args=(listener,), daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                if self._listener is not listener:  # stopped meanwhile
                    client.close()
                    upstream.close()
                    return
                self._conns |= {client, upstream}
            threading.Thread(target=self._pipe, args=(client, upstream), daemon=True).start()

    def _pipe(self, a: socket.socket, b: socket.socket) -> None:
        peers = {a: b, b: a}
        try:
            while True:
                readable, _, _ = select.select([a, b], [], [], 1.0)
                if not readable and (a.fileno() < 0 or b.fileno() < 0):
                    return
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    peers[sock].sendall(data)
        except (OSError, ValueError):
            return
        finally:
            for sock in (a, b):
                with contextlib.suppress(OSError):
                    sock.close()
            with self._lock:
                self._conns -= {a, b}

    def stop(self) -> None:
        """Refuse new connections and cut every open one."""
        with self._lock:
            listener, self._listener = self._listener, None
            conns, self._conns = set(self._conns), set()
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        for sock in conns:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()
