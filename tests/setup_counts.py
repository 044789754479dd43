"""Counts the setup work of a test run: databases migrated, seeds loaded, apps built.

Set SETUP_COUNTS_FILE to a path and each test process (each pytest-xdist worker) appends one
JSON line with its counts when it finishes; docs/testing.md reports the figures. Servers the
tests start in subprocesses (schemathesis, faults, deploy) are not counted.
"""

import json
import os
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

COUNTS: Counter[str] = Counter()


def _counting(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        COUNTS[name] += 1
        return function(*args, **kwargs)

    wrapper.__wrapped__ = function  # type: ignore[attr-defined]
    return wrapper


def _install() -> None:
    import app.core.migrations
    import app.main
    import app.seed.loader

    app.main.create_app = _counting("create_app", app.main.create_app)  # type: ignore[method-assign]
    app.core.migrations.upgrade = _counting("upgrade", app.core.migrations.upgrade)  # type: ignore[method-assign]
    app.seed.loader.load_seed = _counting("load_seed", app.seed.loader.load_seed)  # type: ignore[method-assign]


_install()


def pytest_sessionfinish(session: pytest.Session) -> None:
    path = os.environ.get("SETUP_COUNTS_FILE")
    if not path:
        return
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps({"worker": worker, **COUNTS}) + "\n")
