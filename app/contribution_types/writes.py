"""Writes of contribution types: POST /contribution-types, PUT/PATCH/DELETE /{slug}."""

from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.contribution_types import service
from app.contribution_types.schemas import ContributionTypeDetail
from app.core.db import pairs
from app.core.writes import Problems
from app.curation.fields import STRICT, LongText, Name, Slug, reference
from app.curation.kind import Answer, Bodies, Dependent, Naming, RecordKind, Refs
from app.curation.records import add_routes, contribution_dependents, referencing
from app.models import Contribution, ContributionType
from app.models.contribution_type import CATEGORIES

router = APIRouter(tags=["contribution types"])


class ContributionTypeFields(BaseModel):
    model_config = STRICT

    name: Name
    category: Literal[CATEGORIES]  # type: ignore[valid-type]
    parent: Slug | None = Field(default=None, description="Slug of the broader type.")
    description: LongText | None = None


class ContributionTypeCreate(ContributionTypeFields):
    slug: Slug


def _resolve(
    session: Session, data: dict[str, Any], row: ContributionType | None, problems: Problems
) -> dict[str, Any]:
    parent_id = None
    if data.get("parent") is not None:
        parents = pairs(session.execute(select(ContributionType.id, ContributionType.parent_id)))
        parent_id = reference(
            session, problems, "parent", data["parent"], ContributionType, "contribution type"
        )
        if parent_id is not None and row is not None:
            # Walk up from the new parent: meeting this type again would make a loop.
            node: int | None = parent_id
            while node is not None:
                if node == row.id:
                    problems.add("body.parent", "would make the type its own ancestor")
                    break
                node = parents.get(node)
    return {
        "name": data["name"],
        "category": data["category"],
        "parent_id": parent_id,
        "description": data.get("description"),
    }


CASCADE = (
    "`?cascade=true` also deletes the contributions of this type (with their citations); "
    "sub-types must be moved or deleted first."
)


def _dependents(session: Session, row: ContributionType) -> list[Dependent]:
    deps = contribution_dependents(session, Contribution.type_id == row.id)
    children = ContributionType.parent_id == row.id
    deps += referencing(session, ContributionType, "contribution-types", children, cascades=False)
    return deps


KIND = RecordKind(
    Naming("contribution-types", "contribution type", ContributionType, examples=("logistics",)),
    Bodies(ContributionTypeCreate, ContributionTypeFields, _resolve),
    Answer(ContributionTypeDetail, service.get_by_slug, service.detail),
    Refs(None, _dependents, CASCADE),
)
add_routes(router, KIND)
