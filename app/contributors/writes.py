"""Writes of nations (/partner-nations/{iso3}) and organizations (/organizations/{slug})."""

from collections.abc import Callable
from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.contributors import service
from app.contributors.schemas import ContributorDetail
from app.core.filters import contributor_key
from app.core.types import ISO3_ANY_CASE_PATTERN
from app.core.writes import Problems
from app.curation.fields import (
    STRICT,
    Citations,
    IsoDate,
    LongText,
    Name,
    check_iso3,
    created,
)
from app.curation.kind import Answer, Bodies, Dependent, Naming, RecordKind, Refs
from app.curation.records import (
    add_routes,
    contribution_dependents,
    referencing,
    strength_dependents,
)
from app.models import Contribution, Contributor, Mission, StrengthObservation
from app.models.contributor import ORGANIZATION_KINDS

router = APIRouter(tags=["contributors"])


class OrganizationFields(BaseModel):
    model_config = STRICT

    name: Name
    acronym: str | None = Field(default=None, max_length=40)
    kind: Literal[ORGANIZATION_KINDS]  # type: ignore[valid-type]
    description: LongText | None = None


OrganizationCreate = created(OrganizationFields)


class NationFields(BaseModel):
    model_config = STRICT

    name: Name
    nato_accession_date: IsoDate | None = Field(default=None, description="Null if not a member.")
    partnership_frameworks: list[Name] = Field(default_factory=list, max_length=30)
    description: LongText | None = None


class NationCreate(NationFields):
    iso3: str = Field(
        pattern=ISO3_ANY_CASE_PATTERN,
        description="ISO 3166-1 alpha-3 code.",
        examples=["ITA"],
    )
    citations: Citations


def _organization(
    _session: Session, data: dict[str, Any], _row: Contributor | None, _problems: Problems
) -> dict[str, Any]:
    return {
        "name": data["name"],
        "acronym": data.get("acronym"),
        "organization_kind": data["kind"],
        "description": data.get("description"),
        "nato_accession_date": None,
        "partnership_frameworks": [],
    }


def _nation(
    _session: Session, data: dict[str, Any], _row: Contributor | None, _problems: Problems
) -> dict[str, Any]:
    return {
        "name": data["name"],
        "acronym": None,
        "organization_kind": None,
        "nato_accession_date": data.get("nato_accession_date"),
        "partnership_frameworks": list(data.get("partnership_frameworks") or []),
        "description": data.get("description"),
    }


def _check_nation_key(_session: Session, key: str, problems: Problems) -> None:
    check_iso3(key, "body.iso3", problems)


def _check_organization_key(session: Session, key: str, problems: Problems) -> None:
    # `?contributor=ita` must not be ambiguous between a nation and an organization.
    if session.scalar(select(Contributor.id).where(Contributor.code == key.upper())):
        problems.add("body.slug", f"the code of nation {key.upper()!r}; choose another slug")


def _dependents(session: Session, row: Contributor) -> list[Dependent]:
    deps = contribution_dependents(session, Contribution.contributor_id == row.id)
    led = Mission.lead_organization_id == row.id
    deps += referencing(session, Mission, "missions", led, cascades=False)
    deps += strength_dependents(session, StrengthObservation.contributor_id == row.id)
    return deps


def _getter(kind: str) -> Callable[..., Contributor]:
    def get(session: Session, slug: str) -> Contributor:
        return service.get_by_code(session, code=contributor_key(slug, kind), kind=kind)

    return get


CASCADE = (
    "`?cascade=true` also deletes its contributions and strength observations (with their "
    "citations); missions it "
    "leads must be given another lead first."
)
REFS = Refs("contributor_id", _dependents, CASCADE)
NATIONS = RecordKind(
    Naming(
        "partner-nations",
        "nation",
        Contributor,
        examples=("ITA",),
        column="code",
        body_field="iso3",
        path_param="iso3",
        normalize=str.upper,
        fixed={"kind": "nation"},
        export_kind="nations",
    ),
    Bodies(NationCreate, NationFields, _nation, check_key=_check_nation_key),
    Answer(ContributorDetail, _getter("nation"), service.detail, disputed=True),
    REFS,
)
ORGANIZATIONS = RecordKind(
    Naming(
        "organizations",
        "organization",
        Contributor,
        examples=("nato",),
        column="code",
        fixed={"kind": "organization"},
    ),
    Bodies(OrganizationCreate, OrganizationFields, _organization, _check_organization_key),
    Answer(ContributorDetail, _getter("organization"), service.detail, disputed=True),
    REFS,
)
add_routes(router, NATIONS)
add_routes(router, ORGANIZATIONS)
