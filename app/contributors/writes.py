"""Writes of nations (/partner-nations/{iso3}) and organizations (/organizations/{slug})."""

import functools
from collections.abc import Callable
from typing import Any, Literal

from fastapi import APIRouter, Response
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
    Slug,
    check_iso3,
)
from app.curation.records import (
    Dependent,
    RecordKind,
    add_routes,
    contribution_dependents,
    detail_renderer,
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


class OrganizationCreate(OrganizationFields):
    slug: Slug
    citations: Citations


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


def _render(kind: str) -> Callable[[Session, str, Response], BaseModel]:
    def get(session: Session, key: str) -> Contributor:
        return service.get_by_code(session, code=contributor_key(key, kind), kind=kind)

    return detail_renderer(get, functools.partial(service.detail, include_disputed=True))


CASCADE = (
    "`?cascade=true` also deletes its contributions and strength observations (with their "
    "citations); missions it "
    "leads must be given another lead first."
)
NATIONS = RecordKind(
    resource="partner-nations",
    export_kind="nations",
    noun="nation",
    model=Contributor,
    key_attr="code",
    key_field="iso3",
    create_schema=NationCreate,
    replace_schema=NationFields,
    response_model=ContributorDetail,
    resolve=_nation,
    render=_render("nation"),
    dependents=_dependents,
    citation_column="contributor_id",
    fixed={"kind": "nation"},
    normalize_key=str.upper,
    check_key=_check_nation_key,
    key_path="iso3",
    key_examples=("ITA",),
    cascade_doc=CASCADE,
)
ORGANIZATIONS = RecordKind(
    resource="organizations",
    export_kind="organizations",
    noun="organization",
    model=Contributor,
    key_attr="code",
    create_schema=OrganizationCreate,
    replace_schema=OrganizationFields,
    response_model=ContributorDetail,
    resolve=_organization,
    render=_render("organization"),
    dependents=_dependents,
    citation_column="contributor_id",
    fixed={"kind": "organization"},
    check_key=_check_organization_key,
    key_examples=("nato",),
    cascade_doc=CASCADE,
)
add_routes(router, NATIONS)
add_routes(router, ORGANIZATIONS)
