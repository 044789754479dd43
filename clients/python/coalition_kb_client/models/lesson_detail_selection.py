from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_selection import StatusSelection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.citation_read_selection import CitationReadSelection
    from ..models.lesson_mission_read_selection import LessonMissionReadSelection


T = TypeVar("T", bound="LessonDetailSelection")


@_attrs_define
class LessonDetailSelection:
    """
    Attributes:
        category (str | Unset):
        citations (list[CitationReadSelection] | Unset):
        disputed_claims (int | Unset):
        html_url (str | Unset): Its HTML page, for people: the same record, readable.
        kind (str | Unset): lesson, challenge or achievement.
        missions (list[LessonMissionReadSelection] | Unset):
        slug (str | Unset):
        status (StatusSelection | Unset):
        summary (str | Unset):
        title (str | Unset):
        url (str | Unset):
        version (int | Unset):
    """

    category: str | Unset = UNSET
    citations: list[CitationReadSelection] | Unset = UNSET
    disputed_claims: int | Unset = UNSET
    html_url: str | Unset = UNSET
    kind: str | Unset = UNSET
    missions: list[LessonMissionReadSelection] | Unset = UNSET
    slug: str | Unset = UNSET
    status: StatusSelection | Unset = UNSET
    summary: str | Unset = UNSET
    title: str | Unset = UNSET
    url: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        citations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.citations, Unset):
            citations = []
            for citations_item_data in self.citations:
                citations_item = citations_item_data.to_dict()
                citations.append(citations_item)

        disputed_claims = self.disputed_claims

        html_url = self.html_url

        kind = self.kind

        missions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.missions, Unset):
            missions = []
            for missions_item_data in self.missions:
                missions_item = missions_item_data.to_dict()
                missions.append(missions_item)

        slug = self.slug

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        summary = self.summary

        title = self.title

        url = self.url

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if citations is not UNSET:
            field_dict["citations"] = citations
        if disputed_claims is not UNSET:
            field_dict["disputed_claims"] = disputed_claims
        if html_url is not UNSET:
            field_dict["html_url"] = html_url
        if kind is not UNSET:
            field_dict["kind"] = kind
        if missions is not UNSET:
            field_dict["missions"] = missions
        if slug is not UNSET:
            field_dict["slug"] = slug
        if status is not UNSET:
            field_dict["status"] = status
        if summary is not UNSET:
            field_dict["summary"] = summary
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation_read_selection import CitationReadSelection  # noqa: PLC0415
        from ..models.lesson_mission_read_selection import LessonMissionReadSelection  # noqa: PLC0415

        d = dict(src_dict)
        category = d.pop("category", UNSET)

        _citations = d.pop("citations", UNSET)
        citations: list[CitationReadSelection] | Unset = UNSET
        if _citations is not UNSET:
            citations = []
            for citations_item_data in _citations:
                citations_item = CitationReadSelection.from_dict(citations_item_data)

                citations.append(citations_item)

        disputed_claims = d.pop("disputed_claims", UNSET)

        html_url = d.pop("html_url", UNSET)

        kind = d.pop("kind", UNSET)

        _missions = d.pop("missions", UNSET)
        missions: list[LessonMissionReadSelection] | Unset = UNSET
        if _missions is not UNSET:
            missions = []
            for missions_item_data in _missions:
                missions_item = LessonMissionReadSelection.from_dict(missions_item_data)

                missions.append(missions_item)

        slug = d.pop("slug", UNSET)

        _status = d.pop("status", UNSET)
        status: StatusSelection | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StatusSelection(_status)

        summary = d.pop("summary", UNSET)

        title = d.pop("title", UNSET)

        url = d.pop("url", UNSET)

        version = d.pop("version", UNSET)

        lesson_detail_selection = cls(
            category=category,
            citations=citations,
            disputed_claims=disputed_claims,
            html_url=html_url,
            kind=kind,
            missions=missions,
            slug=slug,
            status=status,
            summary=summary,
            title=title,
            url=url,
            version=version,
        )

        lesson_detail_selection.additional_properties = d
        return lesson_detail_selection

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
