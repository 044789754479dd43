"""Settings, read once from the environment (and `.env`)."""

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[2]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = Field(
        default=f"sqlite:///{PROJECT_ROOT / 'data' / 'coalition-kb.db'}",
        description="SQLAlchemy URL: sqlite:///path or postgresql+psycopg://user@host/db",
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    # Hardening (docs/security.md). Logs are JSON lines; tracebacks only when asked for.
    log_format: Literal["json", "text"] = "json"
    log_tracebacks: bool = False
    # Request bodies: larger ones are refused with 413 before they are read; JSON nested
    # deeper than this is refused with 400 before it is parsed.
    max_body_bytes: int = Field(default=1024 * 1024, ge=1024)
    max_json_depth: int = Field(default=32, ge=2)
    # Rate limits per client IP (0 turns a limit off): writes (any method but GET/HEAD/OPTIONS
    # under /api) and failed authentication (401 to a request that sent credentials), each
    # BURST hits in a moving window of 60 * BURST / PER_MINUTE seconds. A client over either
    # gets 429 with Retry-After. Counted in `rate_limit_storage` (app/http/ratelimit.py).
    rate_limit_writes_per_minute: int = Field(default=120, ge=0)
    rate_limit_writes_burst: int = Field(default=30, ge=1)
    rate_limit_auth_failures_per_minute: int = Field(default=10, ge=0)
    rate_limit_auth_failures_burst: int = Field(default=5, ge=1)
    # Where the counts live, as a `limits` storage URI: memory:// counts per process; with
    # redis://host:6379/0 every worker and replica spends one budget per client.
    rate_limit_storage: str = "memory://"
    # How long an idle HTTP keep-alive connection stays open. Longer than the idle timeout of
    # the load balancers and proxies in front (60 s for AWS ALB and nginx's upstream pool):
    # uvicorn's default of 5 s closes connections those still consider open, and a request
    # sent on one as it closes is lost ("Server disconnected without sending a response",
    # a 502 behind a proxy; found by the outage test, docs/architecture.md).
    keep_alive_seconds: int = Field(default=65, ge=1, le=3600)
    # Seconds between attempts to migrate when `serve` starts with the database down.
    startup_retry_seconds: float = Field(default=2.0, gt=0)
    # Comma-separated in the environment; "*" lets any origin read.
    cors_origins: Annotated[list[str], NoDecode] = ["*"]
    # Origins a browser may write from (POST, PUT, PATCH, DELETE); none by default.
    cors_write_origins: Annotated[list[str], NoDecode] = []
    # Sent with every GET of the API; "no-cache" lets caches keep a copy but revalidate it
    # (a cheap 304) before each use, so no one is served data older than the last write.
    cache_control: str = "public, no-cache"
    default_page_size: int = Field(default=50, ge=1)
    # 1000: Grafana Infinity's default page size, which a dashboard should not have to change.
    max_page_size: int = Field(default=1000, ge=1)
    # Lists and search count matching rows exactly up to this many, then answer "at least
    # this many" (`total_relation: gte`): an exact count of a million rows costs more than the
    # page (docs/performance.md).
    count_limit: int = Field(default=10_000, ge=1)
    seed_on_start: bool = True
    db_pool_size: int = Field(default=10, ge=1)
    # Rendered GET answers kept per worker, keyed by the data version (app/http/cache.py);
    # 0 turns the cache off.
    response_cache_mb: int = Field(default=32, ge=0)
    # Parts of HTML pages kept per worker and database, keyed by the data version (the
    # article's marked text and claims: app/pages/fragments.py); 0 renders them every time.
    page_fragments_mb: int = Field(default=8, ge=0)
    # No pile-up (app/core/limits.py, docs/performance.md): database sessions open at once per
    # worker (0: by the cores, cores + 1 on SQLite, 2 x cores + 2 on PostgreSQL); how long a
    # read's statement may run, and a request may wait for a session, before a 503 (0: no
    # limit); threads that run sync routes (0: the sessions + 4; anyio's default is 40).
    db_max_concurrency: int = Field(default=0, ge=0)
    query_timeout_ms: int = Field(default=10_000, ge=0)
    worker_threads: int = Field(default=0, ge=0)
    # How long a SQLite writer waits on a lock before the request fails with 503.
    sqlite_busy_timeout_ms: int = Field(default=5000, ge=0)
    # Reads are public unless this is set; writes always need a key.
    require_key_for_reads: bool = False
    # POST /import may carry the whole knowledge base: its own, larger limit.
    max_import_bytes: int = Field(default=20 * 1024 * 1024, ge=1024)

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_log_level(cls, value: object) -> object:
        # LOG_LEVEL=warning is as clear as WARNING.
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("cors_origins", "cors_write_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [item.strip() for item in value.split(",") if item.strip()]
        return value

    @field_validator("database_url")
    @classmethod
    def _prefer_psycopg3(cls, value: str) -> str:
        # psycopg 3 is the driver we ship; a bare postgresql:// would ask for psycopg2.
        for prefix in ("postgresql://", "postgres://"):
            if value.startswith(prefix):
                return "postgresql+psycopg://" + value[len(prefix) :]
        return value

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


@lru_cache
def get_settings() -> Settings:
    return Settings()
