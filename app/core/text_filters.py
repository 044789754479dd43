"""Name filters: a prefix, any case (`name_prefix=uni` finds United Kingdom and United States).

A LIKE pattern with the user's `%` and `_` escaped, so they match themselves; lower() on both
sides, the same on SQLite and PostgreSQL (ASCII case folding on SQLite)."""

from typing import Annotated, Any

from fastapi import Query
from sqlalchemy import Select, func

NamePrefix = Annotated[
    str | None,
    Query(
        min_length=1,
        max_length=100,
        pattern=r"^[^\x00-\x1f]+$",
        description="Names starting with this, any case (`%` and `_` are plain characters).",
        examples=["uni"],
    ),
]


def name_starts(stmt: Select[Any], column: Any, prefix: str | None) -> Select[Any]:
    if prefix is None:
        return stmt
    escaped = prefix.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return stmt.where(func.lower(column).like(escaped + "%", escape="\\"))
