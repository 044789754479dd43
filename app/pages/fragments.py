"""Parts of a page rendered once per data version and kept in the worker (issue 15).

The article page shows its source's text with every claimed passage marked, and every claim
with its verdict, note and correction: a few hundred claims, about 400 KB of HTML, built from
one query. None of it depends on the request. So the page keeps that part, per database
engine, keyed by the data version it was read at (`kb_state.data_version`, which every write
bumps in its own transaction, whoever the writer: migration 0006) and the source: a later
request of the same data version reuses it; any write makes a new key, and the old one ages
out. The data version is the one the page's validators already read for its ETag, before
the fragment's own statements, so a kept fragment is never older than the version it is
filed under.

This is not the response cache (app/http/cache.py, `RESPONSE_CACHE_MB`): that one replays a
whole answer; this one keeps a part, and the page's other queries (the source, its report
card, the ETag) still run on every request. It works with the response cache off. It adds to
the answer's read set the tables the fragment was read from, so the response cache still
invalidates a page built from a kept fragment when one of them changes. Memory is bounded:
`PAGE_FRAGMENTS_MB` per engine (default 8), least recently used out first; 0 keeps nothing
(every request renders its fragments, as `bench.pages` measures too).
"""

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any
from weakref import WeakKeyDictionary

from app.core.config import get_settings
from app.core.readset import add_read, recording


class _Kept:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        # key: (value, its size in bytes, the tables it was read from)
        self.entries: OrderedDict[Hashable, tuple[Any, int, frozenset[str] | None]] = OrderedDict()
        self.size = 0


_by_engine: "WeakKeyDictionary[Any, _Kept]" = WeakKeyDictionary()
_engines_lock = threading.Lock()


def _kept(engine: Any) -> _Kept:
    with _engines_lock:
        kept = _by_engine.get(engine)
        if kept is None:
            kept = _by_engine[engine] = _Kept()
        return kept


def kept(
    engine: Any,
    key: Hashable,
    render: Callable[[], tuple[Any, int]],
) -> Any:
    """The fragment filed under `key` (which must hold the data version) on `engine`, or
    `render()`'s (value, its size in bytes), filed. Rendering runs outside the lock: two
    requests may both render a missing fragment; the second filing wins, with the same data.
    A fragment over half the budget is rendered every time."""
    budget = get_settings().page_fragments_mb << 20
    if not budget:
        return render()[0]
    store = _kept(engine)
    with store.lock:
        found = store.entries.get(key)
        if found is not None:
            store.entries.move_to_end(key)
    if found is not None:
        value, _, tables = found
        # Its statements do not run again: the answer still depends on their tables (an
        # empty set would mean none were recorded: then on every table).
        add_read(tables or None)
        return value
    with recording() as read:
        value, size = render()
    if size > budget // 2:
        return value
    tables = None if read.tables is None else frozenset(read.tables)
    with store.lock:
        old = store.entries.pop(key, None)
        if old is not None:
            store.size -= old[1]
        store.entries[key] = (value, size, tables)
        store.size += size
        while store.size > budget and store.entries:
            _, (_, dropped, _) = store.entries.popitem(last=False)
            store.size -= dropped
    return value
