"""Rate limits per client IP, counted by the `limits` library in a storage the workers share.

Two limits (settings `RATE_LIMIT_*`, 0 turns one off):

* writes: every request under /api with a method other than GET, HEAD or OPTIONS counts one;
  over the limit is a 429 with Retry-After.
* failed authentication: a 401 answered to a request that carried an `Authorization` header
  counts one (the middleware does this itself); once a client is over, every request of it
  that carries credentials is a 429 until the window frees a place, so guessing keys is slow.
  Code that refuses credentials without a 401 calls `record_auth_failure(ip)`;
  `auth_retry_after(ip)` tells whether a client is currently locked out.

Each limit is a moving window of BURST hits in 60 * BURST / PER_MINUTE seconds: the same burst
and the same long-run rate as the token bucket it replaced, and Retry-After is the time until
the oldest hit leaves the window. The counts live in `RATE_LIMIT_STORAGE`: `memory://` (one
process) by default; `redis://host:6379/0` (or any other storage URI `limits` reads) makes
every worker and replica spend one budget per client (docs/security.md).
"""

import logging
import math
import threading
import time
from collections.abc import Callable

from limits import RateLimitItemPerSecond
from limits.storage import MemoryStorage, Storage, storage_from_string
from limits.strategies import MovingWindowRateLimiter

from app.core.config import Settings, get_settings

logger = logging.getLogger("app.ratelimit")
# Keys in a shared storage: `<prefix>:<namespace>/<limit>/<client>/...`.
NAMESPACE = "coalition-kb"


class RateLimiter:
    """One limit: `burst` hits per client in any window of 60 * burst / per_minute seconds."""

    def __init__(
        self, strategy: MovingWindowRateLimiter, name: str, per_minute: int, burst: int
    ) -> None:
        self.enabled = per_minute > 0
        seconds = max(1, math.ceil(60 * burst / per_minute)) if self.enabled else 1
        self.item = RateLimitItemPerSecond(burst, seconds, namespace=NAMESPACE)
        self.strategy = strategy
        self.name = name

    def hit(self, key: str) -> float:
        """Count one hit for `key`; 0 if allowed, else seconds to wait."""
        if not self.enabled or self.strategy.hit(self.item, self.name, key):
            return 0.0
        return self._wait(key)

    def retry_after(self, key: str) -> float:
        """0 if `key` may hit now, else seconds until it may."""
        if not self.enabled or self.strategy.test(self.item, self.name, key):
            return 0.0
        return self._wait(key)

    def _wait(self, key: str) -> float:
        reset = self.strategy.get_window_stats(self.item, self.name, key).reset_time
        return max(reset - time.time(), 1e-3)


class Limits:
    def __init__(self, settings: Settings, storage: Storage | None = None) -> None:
        self.storage = storage or storage_from_string(settings.rate_limit_storage)
        # Memory answers in microseconds; a network storage is asked from a worker thread so
        # that a slow answer does not stall the event loop.
        self.in_process = isinstance(self.storage, MemoryStorage)
        strategy = MovingWindowRateLimiter(self.storage)
        self.writes = RateLimiter(
            strategy,
            "writes",
            settings.rate_limit_writes_per_minute,
            settings.rate_limit_writes_burst,
        )
        self.auth_failures = RateLimiter(
            strategy,
            "auth-failures",
            settings.rate_limit_auth_failures_per_minute,
            settings.rate_limit_auth_failures_burst,
        )

    async def call(self, ask: Callable[[str], float], key: str) -> float:
        if self.in_process:
            return ask(key)
        from anyio import to_thread

        try:
            return await to_thread.run_sync(ask, key)
        except Exception as exc:
            # Fail open: an outage of the shared storage must not take the API down with it.
            logger.warning("rate limit storage unavailable: %s", type(exc).__name__)
            return 0.0


_limits: Limits | None = None
_limits_lock = threading.Lock()


def limits() -> Limits:
    global _limits
    if _limits is None:
        with _limits_lock:
            if _limits is None:
                _limits = Limits(get_settings())
    return _limits


def reset_limits() -> None:
    """Limits from the current settings (each app built by create_app gets these): empty
    counts in memory; a shared storage keeps what the other workers counted."""
    global _limits
    with _limits_lock:
        _limits = Limits(get_settings())


def record_auth_failure(client_ip: str) -> None:
    """Count a failed authentication by `client_ip` (the middleware already counts 401s)."""
    limits().auth_failures.hit(client_ip)


def auth_retry_after(client_ip: str) -> int:
    """0 if `client_ip` may try credentials now, else whole seconds to wait (for Retry-After)."""
    return math.ceil(limits().auth_failures.retry_after(client_ip))
