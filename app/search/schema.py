"""The search index's tables, as the queries see them.

They are built by migration 0004 and written only by database triggers, so they live in a
metadata of their own: Alembic's autogenerate and the drift test must not try to create or
drop them (`include_object`).
"""

from typing import Any

from sqlalchemy import Column, Integer, MetaData, String, Table, Text

from app.models.contribution import EXPRESSION_INDEXES

PREFIX = "search_"

search_metadata = MetaData()

search_document = Table(
    "search_document",
    search_metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("record_id", Integer, nullable=False),
    # Paragraph number for a passage of a source's full text; 0 for whole records.
    Column("part", Integer, nullable=False),
    Column("status", String(20)),
    Column("title", Text, nullable=False),
    Column("body", Text, nullable=False),
)


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic hook: leave the trigger-maintained search objects out of comparisons, and the
    list's expression indexes (SQLite's reflection cannot read them; tests/test_migrations.py
    checks them by name on both engines instead)."""
    if type_ == "index" and name in EXPRESSION_INDEXES:
        return False
    if type_ == "table" and name is not None and name.startswith(PREFIX):
        return False
    table = getattr(obj, "table", None)
    table_name = getattr(table, "name", None)
    return not (isinstance(table_name, str) and table_name.startswith(PREFIX))
