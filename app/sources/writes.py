"""Writes of sources: POST /sources, PUT/PATCH/DELETE /sources/{slug}."""

import functools
from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.writes import Problems
from app.curation.fields import STRICT, IsoDate, Name, Slug
from app.curation.kind import Answer, Bodies, Dependent, Naming, RecordKind, Refs
from app.curation.records import add_routes
from app.models import Citation, Source
from app.models.source import SOURCE_KINDS
from app.sources import service
from app.sources.schemas import SourceDetail

router = APIRouter(tags=["sources"])


class SourceFields(BaseModel):
    model_config = STRICT

    title: Name
    author: str | None = Field(default=None, max_length=300)
    publisher: str | None = Field(default=None, max_length=300)
    url: str | None = Field(default=None, max_length=2000)
    published_date: IsoDate | None = None
    accessed_date: IsoDate | None = None
    reviewed_date: IsoDate | None = Field(
        default=None,
        description="When every claim taken from the source was given a verdict; null while "
        "some are unreviewed (`asserted`).",
    )
    kind: Literal[SOURCE_KINDS]  # type: ignore[valid-type]
    reliability: str | None = Field(default=None, max_length=5000)
    full_text: str | None = Field(
        default=None,
        max_length=900_000,
        description="The document's text, when it may be shipped: every quote citing the "
        "source must then occur in it verbatim.",
    )


class SourceCreate(SourceFields):
    slug: Slug


def _resolve(
    session: Session, data: dict[str, Any], row: Source | None, problems: Problems
) -> dict[str, Any]:
    text = data.get("full_text")
    if row is not None and text is not None:
        # A new text must still hold every quote already taken from the source.
        for key, quote, section in session.execute(
            select(Citation.key, Citation.quote, Citation.section)
            .where(Citation.source_id == row.id)
            .order_by(Citation.key)
        ):
            if quote not in text:
                problems.add("body.full_text", f"does not contain the quote of citation {key!r}")
            elif section is not None and section.strip() not in {
                line.strip() for line in text.splitlines()
            }:
                problems.add("body.full_text", f"lacks the section line of citation {key!r}")
    return dict(data)


CASCADE = (
    "No cascade: a source still cited cannot be deleted; its citations are the evidence of "
    "other records, so re-cite or delete them first."
)


def _dependents(session: Session, row: Source) -> list[Dependent]:
    keys = session.scalars(
        select(Citation.key).where(Citation.source_id == row.id).order_by(Citation.key)
    )
    return [Dependent("citations", key, cascades=False) for key in keys]


KIND = RecordKind(
    Naming("sources", "source", Source, examples=("nato-mission-iraq-topic",)),
    Bodies(SourceCreate, SourceFields, _resolve),
    Answer(SourceDetail, functools.partial(service.get_by_slug, with_text=True), service.detail),
    Refs(None, _dependents, CASCADE),
)
add_routes(router, KIND)
