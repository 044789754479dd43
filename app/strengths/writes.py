"""Writes of strength observations: POST /strengths, PUT/PATCH/DELETE /strengths/{slug}."""

from typing import Annotated, Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field, StrictBool
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.writes import Problems
from app.curation.fields import (
    JSON_INTEGER,
    NATION_OR_ORG,
    IsoDate,
    LongText,
    Slug,
    created,
    reference,
)
from app.curation.kind import Answer, Bodies, Naming, RecordKind, Refs
from app.curation.records import add_routes
from app.models import TALLIES, Contribution, Contributor, Mission, StrengthObservation
from app.models.mission import DATE_PRECISIONS
from app.seed.bundle import precision_problem
from app.strengths import service
from app.strengths.schemas import TALLY_NOTE, StrengthDetail

router = APIRouter(tags=["strength"])


class StrengthFields(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_mode_override="validation")

    mission: Slug
    contributor: str | None = Field(
        default=None,
        min_length=1,
        max_length=100,
        description="Nation ISO 3166-1 alpha-3 code or organization slug; null for a "
        "mission-wide total.",
        examples=["GBR"],
    )
    contribution: Slug | None = Field(
        default=None,
        description="The contribution it measures: the same contributor and mission.",
    )
    date: IsoDate = Field(
        description="With date_precision month, the 1st of the month; with year, 1 January."
    )
    date_precision: Literal[DATE_PRECISIONS] = "day"  # type: ignore[valid-type]
    personnel: Annotated[int, Field(ge=0, le=10_000_000), JSON_INTEGER]
    approx: StrictBool = Field(default=False, description="The source says about, some, ...")
    tally: Literal[TALLIES] = Field(description=TALLY_NOTE)  # type: ignore[valid-type]
    note: LongText | None = None


StrengthCreate = created(StrengthFields)


def _resolve(
    session: Session, data: dict[str, Any], _row: StrengthObservation | None, problems: Problems
) -> dict[str, Any]:
    contributor = data.get("contributor")
    contributor_id = reference(
        session, problems, "contributor", contributor, Contributor, NATION_OR_ORG
    )
    mission_id = reference(session, problems, "mission", data["mission"], Mission, "mission")
    contribution_id = None
    if data.get("contribution") is not None:
        found = session.execute(
            select(Contribution.id, Contribution.contributor_id, Contribution.mission_id).where(
                Contribution.slug == data["contribution"]
            )
        ).first()
        if found is None:
            problems.add("body.contribution", f"no contribution {data['contribution']!r}")
        else:
            contribution_id = found.id
            if (found.contributor_id, found.mission_id) != (contributor_id, mission_id):
                problems.add(
                    "body.contribution",
                    "a contribution of another contributor or mission than this observation's",
                )
    problem = precision_problem(data["date"], data.get("date_precision", "day"))
    if problem:
        problems.add("body.date", problem)
    return {
        "mission_id": mission_id,
        "contributor_id": contributor_id,
        "contribution_id": contribution_id,
        "observed_on": data["date"],
        "date_precision": data.get("date_precision", "day"),
        "personnel": data["personnel"],
        "approx": data.get("approx", False),
        "tally": data["tally"],
        "note": data.get("note"),
    }


EXAMPLE = "gbr-mnf-i-2005-01-17-wire"
KIND = RecordKind(
    Naming("strengths", "strength observation", StrengthObservation, examples=(EXAMPLE,)),
    Bodies(StrengthCreate, StrengthFields, _resolve),
    Answer(StrengthDetail, service.get_by_slug, service.detail, disputed=True),
    Refs("strength_id"),
)
add_routes(router, KIND)
