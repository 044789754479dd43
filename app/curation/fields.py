"""Field types and checks shared by the write schemas."""

from copy import copy
from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, create_model

from app.citations.curation import CitationIn
from app.core.writes import Problems
from app.seed.bundle import is_iso3

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
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
        annotation: Any = info.annotation
        fields[field_name] = (annotation | None, optional)
    return create_model(
        name, __config__=STRICT, __doc__=f"PATCH: any of {model.__name__}'s fields.", **fields
    )


def check_iso3(value: str | None, field: str, problems: Problems) -> None:
    if value is not None and not is_iso3(value):
        problems.add(field, f"{value!r} is not an ISO 3166-1 alpha-3 code")


def check_period(data: dict[str, Any], problems: Problems) -> None:
    start: date | None = data.get("start_date")
    end: date | None = data.get("end_date")
    if start is not None and end is not None and end < start:
        problems.add("body.end_date", f"{end.isoformat()} is before start_date {start.isoformat()}")
