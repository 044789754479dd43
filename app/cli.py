"""`coalition-kb serve | migrate | downgrade | seed | check-seed | keys | export | import |
search-terms`."""

import argparse
import sys
from typing import Any

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


def _search_terms(args: argparse.Namespace) -> int:
    from app.core.db import get_engine
    from app.search.topk import promote, promote_frequent

    with get_engine().begin() as conn:
        if args.term:
            terms = [t.lower() for t in args.term]
            for term in terms:
                try:
                    promote(conn, term)
                except ValueError as error:
                    print(error, file=sys.stderr)
                    return 2
        else:
            terms = promote_frequent(conn, args.more_than)
    print(f"kept in rank order: {len(terms)} words" + (f" ({', '.join(terms)})" if terms else ""))
    return 0


def _check_seed(_: argparse.Namespace) -> int:
    from app.seed.check import main

    return main()


def _keys(args: argparse.Namespace) -> int:
    from app.auth import keys
    from app.core.db import get_sessionmaker
    from app.core.errors import AppError

    with get_sessionmaker()() as session:
        try:
            if args.keys_command == "create":
                row, secret = keys.create_key(session, name=args.name, role=args.role)
                session.commit()
                print(secret)
                print(
                    f"key '{row.name}' ({row.role}) created; it is shown once and stored only "
                    "as a hash",
                    file=sys.stderr,
                )
            elif args.keys_command == "list":
                print(
                    f"{'name':<24} {'role':<7} {'prefix':<13} {'created':<20} "
                    f"{'last used':<20} revoked"
                )
                for k in keys.list_keys(session):
                    print(
                        f"{k.name:<24} {k.role:<7} {k.prefix:<13} {_when(k.created_at):<20} "
                        f"{_when(k.last_used_at):<20} {_when(k.revoked_at)}"
                    )
            else:
                keys.revoke_key(session, args.name)
                session.commit()
                print(f"key '{args.name}' revoked", file=sys.stderr)
        except AppError as exc:
            print(f"error: {exc.detail}", file=sys.stderr)
            return 1
    return 0


def _when(value: object) -> str:
    return "-" if value is None else str(value)[:19]


def _export(args: argparse.Namespace) -> int:
    from app.core.db import get_sessionmaker
    from app.transfer.service import document, dumps

    with get_sessionmaker()() as session:
        text = dumps(document(session))
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
    return 0


def _import(args: argparse.Namespace) -> int:
    import json
    import uuid

    from pydantic import ValidationError

    from app.audit.writer import Writer
    from app.auth.keys import CLI_ACTOR, Actor
    from app.core.db import get_sessionmaker
    from app.core.errors import AppError
    from app.transfer.schemas import ExportDocument
    from app.transfer.service import run_import

    with open(args.file, encoding="utf-8") as source:
        raw = json.load(source)
    try:
        doc = ExportDocument.model_validate(raw)
    except ValidationError as exc:
        print(f"error: {args.file} is not in the export format:\n{exc}", file=sys.stderr)
        return 1
    with get_sessionmaker()() as session:
        # The CLI runs with the database's own credentials; the audit log names it "cli".
        writer = Writer(
            session=session, actor=Actor(CLI_ACTOR, "admin"), request_id=uuid.uuid4().hex
        )
        try:
            report = run_import(writer, doc.records(), dry_run=args.dry_run)
        except AppError as exc:
            print(f"error: {exc.detail}", file=sys.stderr)
            for problem in exc.errors or []:
                print(f"  {problem.field}: {problem.reason}", file=sys.stderr)
            return 1
    verb = "would be" if args.dry_run else "were"
    for kind, part in report.kinds.items():
        if part.created or part.changed:
            print(f"{kind}: {len(part.created)} {verb} created, {len(part.changed)} changed")
    print(
        f"{report.created} {verb} created, {report.changed} changed, "
        f"{report.unchanged} unchanged" + (" (dry run: nothing written)" if args.dry_run else "")
    )
    return 0


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from app.core.server import prepare_database
    from app.http.logs import configure_logging

    configure_logging(get_settings())

    def migrate_and_seed() -> None:
        _migrate(argparse.Namespace(revision="head"))
        if get_settings().seed_on_start:
            _seed(argparse.Namespace(if_empty=True))

    if not args.no_migrate:
        # The database may be down: serve anyway (/readyz 503) and migrate once it is up.
        prepare_database(migrate_and_seed)
    target: Any = "app.main:app"
    if args.workers == 1:
        from app.main import app

        # The OpenAPI description takes a second or more to build: build it before taking
        # traffic, so the first visitor of /docs does not wait (workers > 1 build their own).
        app.openapi()
        target = app
    uvicorn.run(
        target,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=get_settings().log_level.lower(),
        log_config=None,  # app.http.logs: JSON lines with request ids
        access_log=False,  # replaced by app.access, which carries the request id
        proxy_headers=True,
        timeout_graceful_shutdown=10,
        timeout_keep_alive=get_settings().keep_alive_seconds,
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="coalition-kb", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    _database_commands(sub)
    _data_commands(sub)
    args = parser.parse_args(argv)
    return int(args.func(args))


def _database_commands(sub: Any) -> None:
    """serve, migrate, downgrade, seed, check-seed."""

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


def _data_commands(sub: Any) -> None:
    """keys, export, import, search-terms."""
    keys = sub.add_parser("keys", help="create, list and revoke API keys")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True)
    create = keys_sub.add_parser("create", help="make a key; printed once, stored as a hash")
    create.add_argument("--name", required=True, help="who holds it (shown in the audit log)")
    create.add_argument("--role", required=True, choices=["reader", "editor", "admin"])
    keys_sub.add_parser("list", help="every key, revoked ones too (never the key itself)")
    revoke = keys_sub.add_parser("revoke", help="stop a key from working")
    revoke.add_argument("name")
    keys.set_defaults(func=_keys)

    export = sub.add_parser("export", help="write the knowledge base as one JSON document")
    export.add_argument("-o", "--output", default="-", help="file to write (default: stdout)")
    export.set_defaults(func=_export)

    imp = sub.add_parser("import", help="upsert a document in the export format, all or nothing")
    imp.add_argument("file")
    imp.add_argument(
        "--dry-run", action="store_true", help="report what would change; write nothing"
    )
    imp.set_defaults(func=_import)

    terms = sub.add_parser(
        "search-terms",
        help="keep the top hits of frequent words in rank order (again), for fast search",
    )
    terms.add_argument(
        "--more-than",
        type=int,
        default=5000,
        help="every word in more than this many documents (default 5000)",
    )
    terms.add_argument("term", nargs="*", help="these words instead")
    terms.set_defaults(func=_search_terms)


if __name__ == "__main__":
    sys.exit(main())
