"""Process-level tuning done once per worker at startup."""

import ctypes
import ctypes.util
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


# glibc's mallopt parameters.
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8


def tune_allocator() -> None:
    """glibc (the Linux images): two malloc arenas instead of eight per core, and blocks of
    128 KiB and more (a mission's answer is 150 KB) mapped and unmapped on their own rather than
    carved from the heap, whose holes are rarely given back: the usual causes of a threaded
    worker's growth (275-282 MB over 3,000 distinct dashboard URLs in issue 17; measured in
    docs/performance.md). Elsewhere: nothing to do."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return
    mallopt(M_ARENA_MAX, 2)
    mallopt(M_MMAP_THRESHOLD, 128 * 1024)


@asynccontextmanager
async def lifespan(_app: Any) -> AsyncIterator[None]:
    from app.core.limits import size_thread_pool

    size_thread_pool()
    tune_allocator()
    freeze_startup_objects()
    yield
