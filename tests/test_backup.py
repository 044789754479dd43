"""The native backup and restore paths of docs/backup.md, run for real on both engines."""

import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy import create_engine, func, inspect, select, table
from sqlalchemy.engine import make_url

from app.core.migrations import current_revision, head_revision
from tests.conftest import TempDatabases, reset_caches


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            counts = {
                n: int(conn.execute(select(func.count()).select_from(table(n))).scalar_one())
                for n in inspect(engine).get_table_names()
            }
            counts["revision"] = hash(current_revision(conn))
        return counts
    finally:
        engine.dispose()


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def test_native_backup_and_restore(
    seeded_url: str, backend: str, databases: TempDatabases, tmp_path: Path
) -> None:
    reset_caches()  # no pooled connection of ours holds the database open
    before = _counts(seeded_url)
    assert before["mission"] > 0 and before["citation"] > 0
    restored: list[str] = []
    if backend == "sqlite":
        source = make_url(seeded_url).database
        assert source
        online = tmp_path / "online.db"
        sqlite3.connect(source).backup(sqlite3.connect(online))  # the Python one-liner
        vacuumed = tmp_path / "vacuumed.db"
        sqlite3.connect(source).execute(f"VACUUM INTO '{vacuumed}'")
        copies = [online, vacuumed]
        if shutil.which("sqlite3"):
            shell = tmp_path / "shell.db"
            subprocess.run(["sqlite3", source, f".backup '{shell}'"], check=True)
            copies.append(shell)
        for copy in copies:
            check = sqlite3.connect(copy).execute("PRAGMA integrity_check").fetchone()
            assert check == ("ok",)
            restored.append(f"sqlite:///{copy}")
    else:
        dump = tmp_path / "ckb.dump"
        subprocess.run(
            ["pg_dump", "--format=custom", "--no-owner", f"--file={dump}", _libpq(seeded_url)],
            check=True,
        )
        target = databases.new("postgresql")
        subprocess.run(
            ["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={_libpq(target)}", dump],
            check=True,
        )
        restored.append(target)
    for url in restored:
        after = _counts(url)
        assert after == before, url
        engine = create_engine(url)
        with engine.connect() as conn:
            assert current_revision(conn) == head_revision()
        engine.dispose()
