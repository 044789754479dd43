from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.organization_create_kind import OrganizationCreateKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.citation_in import CitationIn


T = TypeVar("T", bound="OrganizationCreate")


@_attrs_define
class OrganizationCreate:
    """
    Attributes:
        citations (list[CitationIn]): At least one: nothing enters the knowledge base uncited.
        kind (OrganizationCreateKind):
        name (str):
        slug (str): Lower-case words joined by single hyphens.
        acronym (None | str | Unset):
        description (None | str | Unset):
    """

    citations: list[CitationIn]
    kind: OrganizationCreateKind
    name: str
    slug: str
    acronym: None | str | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        citations = []
        for citations_item_data in self.citations:
            citations_item = citations_item_data.to_dict()
            citations.append(citations_item)

        kind = self.kind.value

        name = self.name

        slug = self.slug

        acronym: None | str | Unset
        if isinstance(self.acronym, Unset):
            acronym = UNSET
        else:
            acronym = self.acronym

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "citations": citations,
                "kind": kind,
                "name": name,
                "slug": slug,
            }
        )
        if acronym is not UNSET:
            field_dict["acronym"] = acronym
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation_in import CitationIn  # noqa: PLC0415

        d = dict(src_dict)
        citations = []
        _citations = d.pop("citations")
        for citations_item_data in _citations:
            citations_item = CitationIn.from_dict(citations_item_data)

            citations.append(citations_item)

        kind = OrganizationCreateKind(d.pop("kind"))

        name = d.pop("name")

        slug = d.pop("slug")

        def _parse_acronym(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        acronym = _parse_acronym(d.pop("acronym", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        organization_create = cls(
            citations=citations,
            kind=kind,
            name=name,
            slug=slug,
            acronym=acronym,
            description=description,
        )

        return organization_create
