from pydantic import BaseModel, ConfigDict, Field, computed_field

from app.core.refs import API, TypeRef


class ContributionTypeRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    slug: str = Field(examples=["fuel-and-maintenance"])
    name: str
    category: str = Field(examples=["logistics"])
    parent: TypeRef | None
    description: str | None
    version: int

    @computed_field  # type: ignore[prop-decorator]
    @property
    def url(self) -> str:
        return f"{API}/contribution-types/{self.slug}"


class ContributionTypeDetail(ContributionTypeRead):
    children: list[TypeRef]
    contributions: int = Field(description="Contributions of this type and its sub-types.")
