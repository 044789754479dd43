from logging.config import fileConfig

from alembic import context
from sqlalchemy import Connection

from app.core.config import get_settings
from app.core.db import build_engine
from app.models import Base
from app.search.schema import include_object

config = context.config
if config.config_file_name is not None and config.attributes.get("configure_logging", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things: batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=include_object,
    )


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url") or get_settings().database_url,
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = config.get_main_option("sqlalchemy.url") or get_settings().database_url
    engine = build_engine(url)
    with engine.connect() as conn:
        _configure(conn)
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # SQLite's own procedure for rebuilding a table (lang_altertable.html, "other
            # alterations"): foreign keys off while batch mode copies a table and drops the
            # old one, then `foreign_key_check` before the commit. With them on, dropping the
            # old `citation` (0007) checked every row against the copy's unindexed
            # self-reference: quadratic, still running after 50 minutes at 1M rows.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        with context.begin_transaction():
            context.run_migrations()
            if sqlite:
                _check_foreign_keys(conn)
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()
    engine.dispose()


def _check_foreign_keys(conn: Connection) -> None:
    """Refuse (roll back) a migration that left a row pointing at nothing."""
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"foreign keys broken by the migration: {broken[:5]}")


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
