from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.citation_in import CitationIn


T = TypeVar("T", bound="MissionLink")


@_attrs_define
class MissionLink:
    """
    Attributes:
        mission (str): Lower-case words joined by single hyphens.
        citations (list[CitationIn] | None | Unset): Required (at least one) for a new link; not accepted for an
            existing one (add citations to it through /citations).
    """

    mission: str
    citations: list[CitationIn] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        mission = self.mission

        citations: list[dict[str, Any]] | None | Unset
        if isinstance(self.citations, Unset):
            citations = UNSET
        elif isinstance(self.citations, list):
            citations = []
            for citations_type_0_item_data in self.citations:
                citations_type_0_item = citations_type_0_item_data.to_dict()
                citations.append(citations_type_0_item)

        else:
            citations = self.citations

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mission": mission,
            }
        )
        if citations is not UNSET:
            field_dict["citations"] = citations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation_in import CitationIn  # noqa: PLC0415

        d = dict(src_dict)
        mission = d.pop("mission")

        def _parse_citations(data: object) -> list[CitationIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                citations_type_0 = []
                _citations_type_0 = data
                for citations_type_0_item_data in _citations_type_0:
                    citations_type_0_item = CitationIn.from_dict(citations_type_0_item_data)

                    citations_type_0.append(citations_type_0_item)

                return citations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CitationIn] | None | Unset, data)

        citations = _parse_citations(d.pop("citations", UNSET))

        mission_link = cls(
            mission=mission,
            citations=citations,
        )

        return mission_link
