from pydantic import Field

from app.core.refs import Linked, TypeRef


class ContributionTypeRead(Linked):
    RESOURCE = "contribution-types"
    slug: str = Field(examples=["fuel-and-maintenance"])
    name: str
    category: str = Field(examples=["logistics"])
    parent: TypeRef | None
    description: str | None
    version: int


class ContributionTypeDetail(ContributionTypeRead):
    children: list[TypeRef]
    contributions: int = Field(description="Contributions of this type and its sub-types.")
