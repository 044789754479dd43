"""What `?facets=` may name on the partner nations list: GROUP BYs over the listed ids
(FacetDim); values are what the list's own filter of that name accepts. The HTML page
(`/kb/nations`) shows them all."""

from typing import Any

from sqlalchemy import Select, case, func, literal, select, true
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from app.core.listing import FacetDim, by_column
from app.models import Contributor

NATO_MEMBER = case(
    (Contributor.nato_accession_date.is_not(None), literal("true")), else_=literal("false")
)

MEMBERSHIP = case(
    (Contributor.nato_accession_date.is_not(None), literal("NATO member")),
    else_=literal("not a member"),
)


class JsonItems(FunctionElement[Any]):
    """The items of a JSON array column as a table of one text column, `value`: SQLite's
    `json_each`, PostgreSQL's `json_array_elements_text` (both read a row's own column)."""

    name = "json_items"
    inherit_cache = True


@compiles(JsonItems, "sqlite")
def _json_each(element: JsonItems, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_each({compiler.process(element.clauses, **kw)})"


@compiles(JsonItems, "postgresql")
def _json_array_elements(element: JsonItems, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_array_elements_text({compiler.process(element.clauses, **kw)})"


def _framework(ids: Select[Any]) -> Select[Any, Any, Any]:
    """Nations per partnership framework. The `framework` filter takes any case, so spellings
    that differ only in case are one value (named by the first spelling); a nation listing one
    twice counts once."""
    items = JsonItems(Contributor.partnership_frameworks).table_valued("value")
    name = func.min(items.c.value)
    return (
        select(name, name, func.count(Contributor.id.distinct()))
        .select_from(Contributor)
        .join(items, true())
        .where(Contributor.id.in_(ids))
        .group_by(func.lower(items.c.value))
    )


NATION_FACETS = [
    FacetDim("nato_member", by_column(NATO_MEMBER, Contributor, MEMBERSHIP)),
    FacetDim("framework", _framework),
]
