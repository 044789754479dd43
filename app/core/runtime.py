"""Process-level tuning done once per worker at startup."""

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

_frozen = False


def freeze_startup_objects() -> None:
    """Move everything alive after startup (modules, the app, routes, schemas, SQLAlchemy's
    mappers: hundreds of thousands of objects) out of the garbage collector's reach.

    They live as long as the process, yet every full collection walked them all: under load
    that was a pause of about 90 ms every few seconds, seen as a p99 of ~95 ms against a p50
    of 4 ms on every endpoint, cached or not (docs/performance.md). Frozen, a full collection
    only walks what requests allocate. Once per process: objects frozen are never collected,
    so a process that builds many apps (the tests) freezes only the first one's."""
    global _frozen
    if _frozen:
        return
    gc.collect()
    gc.freeze()
    _frozen = True


@asynccontextmanager
async def lifespan(_app: Any) -> AsyncIterator[None]:
    from app.core.limits import size_thread_pool

    size_thread_pool()
    freeze_startup_objects()
    yield
