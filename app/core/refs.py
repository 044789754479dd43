"""Small embedded references: what a record says about the records it points at."""

from pydantic import BaseModel, ConfigDict, computed_field

API = "/api/v1"
# Where the HTML pages (app/pages) serve the records: each record's `html_url`.
KB = "/kb"
HTML_URL_DOC = "Its HTML page, for people: the same record, readable."


class Ref(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class ContributorRef(Ref):
    code: str
    name: str
    kind: str

    @computed_field  # type: ignore[prop-decorator]
    @property
    def url(self) -> str:
        if self.kind == "nation":
            return f"{API}/partner-nations/{self.code}"
        return f"{API}/organizations/{self.code}"


class MissionRef(Ref):
    slug: str
    acronym: str | None
    name: str

    @computed_field  # type: ignore[prop-decorator]
    @property
    def url(self) -> str:
        return f"{API}/missions/{self.slug}"


class TypeRef(Ref):
    slug: str
    name: str
    category: str

    @computed_field  # type: ignore[prop-decorator]
    @property
    def url(self) -> str:
        return f"{API}/contribution-types/{self.slug}"


class SourceRef(Ref):
    slug: str
    title: str
    kind: str
    url: str | None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def href(self) -> str:
        return f"{API}/sources/{self.slug}"


class LessonRef(Ref):
    slug: str
    title: str
    kind: str
    category: str

    @computed_field  # type: ignore[prop-decorator]
    @property
    def url(self) -> str:
        return f"{API}/lessons/{self.slug}"
