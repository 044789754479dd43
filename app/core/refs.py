"""Small embedded references: what a record says about the records it points at."""

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import BaseModel, ConfigDict, computed_field

API = "/api/v1"
# Where the HTML pages (app/pages) serve the records: each record's `html_url`.
KB = "/kb"
HTML_URL_DOC = "Its HTML page, for people: the same record, readable."


def contributor_url(kind: str, code: str) -> str:
    """A nation is served at /partner-nations/{code}, an organization at /organizations/{code}."""
    return f"{API}/{'partner-nations' if kind == 'nation' else 'organizations'}/{code}"


class Stored(BaseModel):
    """The answer's shape of a stored record, or of a part of one: read from the record's
    attributes (an ORM object, a row) as well as from a dict."""

    model_config = ConfigDict(from_attributes=True)


class Linked(Stored):
    """A record served at `/api/v1/{RESOURCE}/{slug}`: its `url`."""

    RESOURCE: ClassVar[str]
    if TYPE_CHECKING:
        slug: str

    @computed_field  # type: ignore[prop-decorator]
    @property
    def url(self) -> str:
        return f"{API}/{self.RESOURCE}/{self.slug}"


class WithPage(Stored):
    """A record with an HTML page at `/kb/{RESOURCE}/{slug}`: its `html_url`."""

    RESOURCE: ClassVar[str]
    if TYPE_CHECKING:
        slug: str

    @computed_field(description=HTML_URL_DOC)  # type: ignore[prop-decorator]
    @property
    def html_url(self) -> str:
        return f"{KB}/{self.RESOURCE}/{self.slug}"


class LinkedWithPage(WithPage, Linked):
    """Both: `url`, then `html_url` (bases are read right to left)."""


class Ref(Stored):
    """A record as another one names it."""


class ContributorRef(Ref):
    code: str
    name: str
    kind: str

    @computed_field  # type: ignore[prop-decorator]
    @property
    def url(self) -> str:
        return contributor_url(self.kind, self.code)


class MissionRef(Ref, Linked):
    RESOURCE = "missions"
    slug: str
    acronym: str | None
    name: str


class TypeRef(Ref, Linked):
    RESOURCE = "contribution-types"
    slug: str
    name: str
    category: str


class SourceRef(Ref):
    slug: str
    title: str
    kind: str
    url: str | None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def href(self) -> str:
        return f"{API}/sources/{self.slug}"


class LessonRef(Ref, Linked):
    RESOURCE = "lessons"
    slug: str
    title: str
    kind: str
    category: str


# The same references as plain JSON values, for answers built as dicts and serialized once
# (app/http/routes.py, `RecordView.answer_data`): each in its schema's field order, its
# computed fields last, as Pydantic writes them (tests/test_record_answers.py holds them to it).
def contributor_ref(code: str, name: str, kind: str) -> dict[str, Any]:
    return {"code": code, "name": name, "kind": kind, "url": contributor_url(kind, code)}


def mission_ref(slug: str, acronym: str | None, name: str) -> dict[str, Any]:
    return {"slug": slug, "acronym": acronym, "name": name, "url": f"{API}/missions/{slug}"}


def type_ref(slug: str, name: str, category: str) -> dict[str, Any]:
    url = f"{API}/contribution-types/{slug}"
    return {"slug": slug, "name": name, "category": category, "url": url}


def source_ref(slug: str, title: str, kind: str, url: str | None) -> dict[str, Any]:
    return {"slug": slug, "title": title, "kind": kind, "url": url, "href": f"{API}/sources/{slug}"}
