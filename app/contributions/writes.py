"""Writes of contributions: POST /contributions, PUT/PATCH/DELETE /contributions/{slug}."""

from decimal import Decimal
from typing import Annotated, Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema
from sqlalchemy.orm import Session

from app.contributions import service
from app.contributions.schemas import ContributionDetail
from app.core.numbers import MAX_AMOUNT
from app.core.writes import Problems
from app.curation.fields import (
    JSON_INTEGER,
    NATION_OR_ORG,
    IsoDate,
    LongText,
    Slug,
    check_period,
    created,
    reference,
)
from app.curation.kind import Answer, Bodies, Dependent, Naming, RecordKind, Refs
from app.curation.records import add_routes, strength_dependents
from app.models import (
    Contribution,
    ContributionType,
    Contributor,
    Mission,
    StrengthObservation,
)
from app.models.mission import DATE_PRECISIONS
from app.models.units import UNITS, UNITS_DOC

router = APIRouter(tags=["contributions"])


# What lt=MAX_AMOUNT, decimal_places=2 and ge=0 accept, as a number or as a string (exact).
AMOUNT_SCHEMA = {
    "anyOf": [
        {"type": "number", "minimum": 0, "exclusiveMaximum": MAX_AMOUNT, "multipleOf": 0.01},
        {"type": "string", "pattern": r"^[0-9]{1,13}(\.[0-9]{1,2})?$"},
    ],
    "examples": [1500000, "2500000.50"],
}


class ContributionFields(BaseModel):
    # One schema for bodies and exports alike (a Decimal would otherwise be documented as
    # number-or-string in a body and string in an export: two models for generated clients).
    model_config = ConfigDict(extra="forbid", json_schema_mode_override="validation")

    contributor: str = Field(
        min_length=1,
        max_length=100,
        description="Nation ISO 3166-1 alpha-3 code or organization slug.",
        examples=["ITA"],
    )
    mission: Slug
    type: Slug = Field(description="Contribution type slug.")
    start_date: IsoDate | None = None
    end_date: IsoDate | None = Field(default=None, description="Not before start_date.")
    date_precision: Literal[DATE_PRECISIONS] = "day"  # type: ignore[valid-type]
    personnel: Annotated[int, Field(ge=0, le=10_000_000), JSON_INTEGER] | None = None
    amount: Annotated[Decimal, WithJsonSchema(AMOUNT_SCHEMA)] | None = Field(
        default=None, ge=0, lt=MAX_AMOUNT, decimal_places=2
    )
    unit: Literal[UNITS] | None = Field(  # type: ignore[valid-type]
        default=None, description="Required with amount. " + UNITS_DOC
    )
    amount_approx: bool = Field(
        default=False, description="The source gives the amount as over, about or nearly."
    )
    description: LongText = Field(min_length=1)


ContributionCreate = created(ContributionFields)


def _resolve(
    session: Session, data: dict[str, Any], _row: Contribution | None, problems: Problems
) -> dict[str, Any]:
    contributor_id = reference(
        session, problems, "contributor", data["contributor"], Contributor, NATION_OR_ORG
    )
    mission_id = reference(session, problems, "mission", data["mission"], Mission, "mission")
    type_id = reference(
        session, problems, "type", data["type"], ContributionType, "contribution type"
    )
    if data.get("amount") is not None and not data.get("unit"):
        problems.add("body.unit", "required when amount is given")
    if data.get("amount_approx") and data.get("amount") is None:
        problems.add("body.amount_approx", "only with an amount")
    check_period(data, problems)
    values = {k: v for k, v in data.items() if k not in ("contributor", "mission", "type")}
    values.update(contributor_id=contributor_id, mission_id=mission_id, type_id=type_id)
    return values


CASCADE = (
    "`?cascade=true` also deletes the strength observations that measure it (each with its "
    "citations)."
)


def _dependents(session: Session, row: Contribution) -> list[Dependent]:
    return strength_dependents(session, StrengthObservation.contribution_id == row.id)


KIND = RecordKind(
    Naming("contributions", "contribution", Contribution, examples=("hun-ntm-i-t72-tanks",)),
    Bodies(ContributionCreate, ContributionFields, _resolve),
    Answer(ContributionDetail, service.get_by_slug, service.detail, disputed=True),
    Refs("contribution_id", _dependents, CASCADE),
)
add_routes(router, KIND)
