"""Field types and checks shared by the write schemas."""

from copy import copy
from datetime import date
from typing import Annotated, Any, get_args

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, create_model
from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from app.citations.curation import CitationIn
from app.core.filters import key_cases
from app.core.types import SLUG_PATTERN
from app.core.writes import Problems
from app.models import Contributor
from app.seed.bundle import is_iso3

Slug = Annotated[
    str,
    Field(
        min_length=1,
        max_length=100,
        pattern=SLUG_PATTERN,
        description="Lower-case words joined by single hyphens.",
        examples=["ntm-i"],
    ),
]
Name = Annotated[str, Field(min_length=1, max_length=300)]


def _iso_date_only(value: Any) -> Any:
    # Pydantic's lax mode reads a number as seconds since 1970 (0 -> 1970-01-01); a date in a
    # body is a "YYYY-MM-DD" string, as the schema says, and anything else is refused.
    if isinstance(value, str | date) or value is None:
        return value
    raise ValueError("a date is a string in the form YYYY-MM-DD")


IsoDate = Annotated[date, BeforeValidator(_iso_date_only)]


def _json_integer(value: Any) -> Any:
    # Lax mode would read "12" (a string) or true as a count; JSON Schema's integer is a
    # number without a fraction, which 12.0 is, so numbers go on to the int check.
    if isinstance(value, str | bool):
        raise ValueError("a count is a JSON number without a fraction")
    return value


# Last in an Annotated, after the bounds: Annotated[int, Field(ge=0), JSON_INTEGER]. (Wrapped
# the other way round, pydantic writes the bounds into the schema as unknown `ge`/`le` keys.)
JSON_INTEGER = BeforeValidator(_json_integer)
LongText = Annotated[str, Field(max_length=20_000)]
Citations = Annotated[
    list[CitationIn],
    Field(
        min_length=1,
        max_length=100,
        description="At least one: nothing enters the knowledge base uncited.",
    ),
]
STRICT = ConfigDict(extra="forbid")


def partial(model: type[BaseModel], name: str) -> type[BaseModel]:
    """The PATCH schema of a PUT schema: every field optional, the same constraints."""
    fields: dict[str, Any] = {}
    for field_name, info in model.model_fields.items():
        optional = copy(info)
        optional.default, optional.default_factory = None, None
        # Left out means "unchanged" (the default is never read: the PATCH is applied with
        # exclude_unset). Null means "clear", so only a field that may be null takes null:
        # `"title": null` is refused by the schema itself, not after the merge.
        annotation: Any = info.annotation
        if info.is_required() or not _nullable(annotation):
            optional.json_schema_extra = _drop_default
        fields[field_name] = (annotation, optional)
    return create_model(
        name, __config__=STRICT, __doc__=f"PATCH: any of {model.__name__}'s fields.", **fields
    )


def created(model: type[BaseModel]) -> type[BaseModel]:
    """The POST schema of a record that must be cited, from its PUT schema: its fields, then
    the new record's `slug` and its `citations` (MissionFields: MissionCreate)."""
    name = model.__name__.removesuffix("Fields") + "Create"
    return create_model(
        name,
        __base__=model,
        __module__=model.__module__,
        slug=(Slug, ...),
        citations=(Citations, ...),
    )


def _nullable(annotation: Any) -> bool:
    return type(None) in get_args(annotation)


def _drop_default(schema: dict[str, Any]) -> None:
    schema.pop("default", None)


# How a write names a contributor it cannot find by its key.
NATION_OR_ORG = "nation or organization"


def reference(
    session: Session, problems: Problems, field: str, value: str | None, model: Any, noun: str
) -> int | None:
    """The id of the record of `model` whose natural key the body's `field` gives (a
    contributor's code in any case, else a slug); None when not given, or a problem naming
    the field when there is no such record."""
    if value is None:
        return None
    if model is Contributor:
        where: ColumnElement[bool] = Contributor.code.in_(key_cases(value))
        if noun == "organization":
            where = and_(Contributor.code == value, Contributor.kind == "organization")
    else:
        where = model.slug == value
    found: int | None = session.scalar(select(model.id).where(where))
    if found is None:
        problems.add(f"body.{field}", f"no {noun} {value!r}")
    return found


def check_iso3(value: str | None, field: str, problems: Problems) -> None:
    if value is not None and not is_iso3(value):
        problems.add(field, f"{value!r} is not an ISO 3166-1 alpha-3 code")


def check_period(data: dict[str, Any], problems: Problems) -> None:
    start: date | None = data.get("start_date")
    end: date | None = data.get("end_date")
    if start is not None and end is not None and end < start:
        problems.add("body.end_date", f"{end.isoformat()} is before start_date {start.isoformat()}")
