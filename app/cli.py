"""`coalition-kb serve | migrate | downgrade | seed | check-seed`."""

import argparse
import sys

from app.core.config import get_settings


def _migrate(args: argparse.Namespace) -> int:
    from app.core.migrations import upgrade

    upgrade(revision=args.revision)
    print(f"database at {args.revision}")
    return 0


def _downgrade(args: argparse.Namespace) -> int:
    from app.core.migrations import downgrade

    downgrade(revision=args.revision)
    print(f"database at {args.revision}")
    return 0


def _seed(args: argparse.Namespace) -> int:
    from app.core.db import get_sessionmaker
    from app.seed.loader import is_empty, load_seed

    with get_sessionmaker()() as session:
        if args.if_empty and not is_empty(session):
            print("database already holds data; seed skipped")
            return 0
        stats = load_seed(session)
        session.commit()
    print("seed loaded: " + ", ".join(f"{k} {v}" for k, v in sorted(stats.items())))
    return 0


def _check_seed(_: argparse.Namespace) -> int:
    from app.seed.check import main

    return main()


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from app.core.logs import configure_logging
    from app.core.server import http_protocol, prepare_database

    configure_logging(get_settings())

    def migrate_and_seed() -> None:
        _migrate(argparse.Namespace(revision="head"))
        if get_settings().seed_on_start:
            _seed(argparse.Namespace(if_empty=True))

    if not args.no_migrate:
        # The database may be down: serve anyway (/readyz 503) and migrate once it is up.
        prepare_database(migrate_and_seed)
    uvicorn.run(
        "app.main:app",
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=get_settings().log_level.lower(),
        log_config=None,  # app.core.logs: JSON lines with request ids
        access_log=False,  # replaced by app.access, which carries the request id
        http=http_protocol(),
        proxy_headers=True,
        timeout_graceful_shutdown=10,
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="coalition-kb", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="migrate, seed an empty database, and serve the API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument(
        "--no-migrate",
        action="store_true",
        help="skip migrate and seed (another process runs them)",
    )
    serve.set_defaults(func=_serve)

    migrate = sub.add_parser("migrate", help="upgrade the schema (alembic upgrade)")
    migrate.add_argument("--revision", default="head")
    migrate.set_defaults(func=_migrate)

    down = sub.add_parser("downgrade", help="downgrade the schema (alembic downgrade)")
    down.add_argument("--revision", default="base")
    down.set_defaults(func=_downgrade)

    seed = sub.add_parser("seed", help="load the seed data (idempotent)")
    seed.add_argument("--if-empty", action="store_true", help="only into an empty database")
    seed.set_defaults(func=_seed)

    check = sub.add_parser("check-seed", help="validate the seed files; no database needed")
    check.set_defaults(func=_check_seed)

    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
