"""Serving: start even when the database is down.

`prepare_database()` migrates and seeds before serving. If the database cannot be reached it
does not give up the process: it logs, serves anyway (`/readyz` says 503 meanwhile) and keeps
trying in the background, so the service becomes ready on its own once the database is up.

A request uvicorn's HTTP parser refuses (a URL over 64 KiB, broken framing) gets uvicorn's own
plain-text 400: answering it as a problem needed a subclass of a private uvicorn class, which
could not be pickled for `--workers N` (docs/architecture.md).
"""

import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy.exc import OperationalError

from app.core.config import get_settings

logger = logging.getLogger("app.server")


def prepare_database(step: Callable[[], None]) -> bool:
    """Run `step` (migrate and seed); True if it ran now. If the database is unreachable,
    retry it in a background thread until it succeeds and return False."""
    try:
        step()
        return True
    except OperationalError as exc:
        logger.warning(
            "database unreachable at startup; serving anyway, /readyz is 503 until it is "
            "up and migrated",
            exc_info=exc,
        )
    interval = get_settings().startup_retry_seconds

    def retry() -> None:
        while True:
            time.sleep(interval)
            try:
                step()
            except OperationalError:
                continue
            except Exception as exc:
                logger.error("startup migration failed", exc_info=exc)
                return
            logger.info("database reachable: migrated and seeded")
            return

    threading.Thread(target=retry, name="startup-migrate", daemon=True).start()
    return False
