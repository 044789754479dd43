"""Token buckets per client IP, in process memory.

Two limits (settings `RATE_LIMIT_*`, 0 turns one off):

* writes: every request under /api with a method other than GET, HEAD or OPTIONS takes a
  token; none left is a 429 with Retry-After.
* failed authentication: a 401 answered to a request that carried an `Authorization` header
  takes a token (the middleware does this itself); once a client has none left, every
  request of it that carries credentials is a 429 until the bucket refills, so guessing keys
  is slow. Code that refuses credentials without a 401 calls `record_auth_failure(ip)`;
  `auth_retry_after(ip)` tells whether a client is currently locked out.

The buckets live in one process: with N workers or N replicas a client gets N times the
rate. A shared limiter (Redis, the proxy in front) is the answer when that matters.
"""

import math
import threading
import time
from dataclasses import dataclass, field

from app.core.config import Settings, get_settings

_MAX_TRACKED = 10_000


@dataclass
class TokenBucket:
    capacity: float
    per_second: float
    tokens: float
    updated: float = field(default_factory=time.monotonic)

    def _refill(self, now: float) -> None:
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.per_second)
        self.updated = now

    def take(self, now: float) -> float:
        """Take a token; 0 if there was one, else the seconds until there will be."""
        self._refill(now)
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.per_second

    def wait(self, now: float) -> float:
        """Seconds until a token is available (0 if one is), without taking it."""
        self._refill(now)
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.per_second


class RateLimiter:
    def __init__(self, per_minute: int, burst: int) -> None:
        self.enabled = per_minute > 0
        self.per_second = per_minute / 60
        self.burst = burst
        self._buckets: dict[str, TokenBucket] = {}
        self._lock = threading.Lock()

    def _bucket(self, key: str, now: float) -> TokenBucket:
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= _MAX_TRACKED:
                self._prune(now)
            bucket = TokenBucket(self.burst, self.per_second, self.burst, now)
            self._buckets[key] = bucket
        return bucket

    def _prune(self, now: float) -> None:
        # Full buckets carry no information: forget them. If every bucket is in use
        # (a flood from many addresses), forget the oldest half.
        for key, bucket in list(self._buckets.items()):
            bucket._refill(now)
            if bucket.tokens >= bucket.capacity:
                del self._buckets[key]
        if len(self._buckets) >= _MAX_TRACKED:
            oldest = sorted(self._buckets, key=lambda k: self._buckets[k].updated)
            for key in oldest[: len(oldest) // 2]:
                del self._buckets[key]

    def hit(self, key: str) -> float:
        """Spend a token for `key`; 0 if allowed, else seconds to wait."""
        if not self.enabled:
            return 0.0
        now = time.monotonic()
        with self._lock:
            return self._bucket(key, now).take(now)

    def retry_after(self, key: str) -> float:
        """0 if `key` has a token left, else seconds until it will."""
        if not self.enabled:
            return 0.0
        now = time.monotonic()
        with self._lock:
            bucket = self._buckets.get(key)
            return 0.0 if bucket is None else bucket.wait(now)


class Limits:
    def __init__(self, settings: Settings) -> None:
        self.writes = RateLimiter(
            settings.rate_limit_writes_per_minute, settings.rate_limit_writes_burst
        )
        self.auth_failures = RateLimiter(
            settings.rate_limit_auth_failures_per_minute, settings.rate_limit_auth_failures_burst
        )


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
    """Fresh buckets from the current settings (each app built by create_app gets these)."""
    global _limits
    with _limits_lock:
        _limits = Limits(get_settings())


def record_auth_failure(client_ip: str) -> None:
    """Count a failed authentication by `client_ip` (the middleware already counts 401s)."""
    limits().auth_failures.hit(client_ip)


def auth_retry_after(client_ip: str) -> int:
    """0 if `client_ip` may try credentials now, else whole seconds to wait (for Retry-After)."""
    return math.ceil(limits().auth_failures.retry_after(client_ip))
