"""claim verdicts: misleading, unverifiable, opinion; a source's review date

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 04:00:00.000000

A citation's status becomes a verdict (schema.org ClaimReview is the anchor, docs/data.md):
`asserted` is kept for claims nobody has reviewed; `corroborated`, `disputed`, `misleading`,
`unverifiable` and `opinion` are verdicts. Every verdict but `opinion` carries a note;
`disputed` and `misleading` ones name the citation correcting them (`corrected_by_id`).
`source.reviewed_date` says when every claim of a source was given a verdict.

On SQLite the CHECK constraints of `citation` change by SQLite's documented edit of the
table's SQL (no copy of the table, so its triggers and foreign keys stay as they are).

Downgrading keeps every row: `misleading` becomes `disputed` (it has a note and a correction),
`unverifiable` and `opinion` become `asserted`, on citations and on the records' derived
statuses alike.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW = ("asserted", "corroborated", "disputed", "misleading", "unverifiable", "opinion")
OLD = ("asserted", "corroborated", "disputed")
NEW_CHECKS = {
    "status": f"status IN {NEW!r}",
    "note_for_status": "status NOT IN ('corroborated', 'disputed', 'misleading', 'unverifiable') "
    "OR note IS NOT NULL",
    "correction_only_if_disputed": "corrected_by_id IS NULL OR status IN ('disputed', 'misleading')",
}
OLD_CHECKS = {
    "status": f"status IN {OLD!r}",
    "note_for_status": "status = 'asserted' OR note IS NOT NULL",
    "correction_only_if_disputed": "corrected_by_id IS NULL OR status = 'disputed'",
}
CLAIMED_TABLES = ("mission", "contribution", "lesson", "lesson_mission")


def _replace_checks(old: dict[str, str], new: dict[str, str]) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        for name, sql in new.items():
            op.drop_constraint(op.f(f"ck_citation_{name}"), "citation", type_="check")
            op.create_check_constraint(op.f(f"ck_citation_{name}"), "citation", sql)
        return
    # SQLite's documented procedure for changing a CHECK constraint without copying the table
    # (https://sqlite.org/lang_altertable.html#otheralter): edit the table's SQL in the schema.
    # A rebuild would drop the table's triggers and trip the foreign keys pointing at it.
    table_sql = bind.execute(
        sa.text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'citation'")
    ).scalar_one()
    for name, sql in old.items():
        before = f"CONSTRAINT ck_citation_{name} CHECK ({sql})"
        assert before in table_sql, f"citation has no CHECK {before}"
        table_sql = table_sql.replace(before, f"CONSTRAINT ck_citation_{name} CHECK ({new[name]})")
    version = bind.execute(sa.text("PRAGMA schema_version")).scalar_one()
    bind.execute(sa.text("PRAGMA writable_schema = ON"))
    bind.execute(
        sa.text("UPDATE sqlite_master SET sql = :sql WHERE type = 'table' AND name = 'citation'"),
        {"sql": table_sql},
    )
    bind.execute(sa.text(f"PRAGMA schema_version = {int(version) + 1}"))
    bind.execute(sa.text("PRAGMA writable_schema = OFF"))
    assert bind.execute(sa.text("PRAGMA integrity_check")).scalar_one() == "ok"


def upgrade() -> None:
    op.add_column("source", sa.Column("reviewed_date", sa.Date(), nullable=True))
    _replace_checks(OLD_CHECKS, NEW_CHECKS)


def downgrade() -> None:
    op.execute(
        "UPDATE citation SET status = CASE status WHEN 'misleading' THEN 'disputed' "
        "ELSE 'asserted' END WHERE status IN ('misleading', 'unverifiable', 'opinion')"
    )
    for table in CLAIMED_TABLES:
        op.execute(
            f"UPDATE {table} SET status = CASE status WHEN 'misleading' THEN 'disputed' "  # noqa: S608
            "ELSE 'asserted' END WHERE status IN ('misleading', 'unverifiable', 'opinion')"
        )
    _replace_checks(NEW_CHECKS, OLD_CHECKS)
    if op.get_bind().dialect.name == "sqlite":
        # SQLite 3.35+ drops a column in place (no trigger or index names it).
        op.execute("ALTER TABLE source DROP COLUMN reviewed_date")
    else:
        op.drop_column("source", "reviewed_date")
