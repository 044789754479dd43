from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_selection import StatusSelection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.citation_read_selection import CitationReadSelection
    from ..models.mission_ref_selection import MissionRefSelection


T = TypeVar("T", bound="LessonMissionReadSelection")


@_attrs_define
class LessonMissionReadSelection:
    """
    Attributes:
        citations (list[CitationReadSelection] | Unset):
        mission (MissionRefSelection | Unset):
        status (StatusSelection | Unset):
    """

    citations: list[CitationReadSelection] | Unset = UNSET
    mission: MissionRefSelection | Unset = UNSET
    status: StatusSelection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        citations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.citations, Unset):
            citations = []
            for citations_item_data in self.citations:
                citations_item = citations_item_data.to_dict()
                citations.append(citations_item)

        mission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mission, Unset):
            mission = self.mission.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if citations is not UNSET:
            field_dict["citations"] = citations
        if mission is not UNSET:
            field_dict["mission"] = mission
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation_read_selection import CitationReadSelection  # noqa: PLC0415
        from ..models.mission_ref_selection import MissionRefSelection  # noqa: PLC0415

        d = dict(src_dict)
        _citations = d.pop("citations", UNSET)
        citations: list[CitationReadSelection] | Unset = UNSET
        if _citations is not UNSET:
            citations = []
            for citations_item_data in _citations:
                citations_item = CitationReadSelection.from_dict(citations_item_data)

                citations.append(citations_item)

        _mission = d.pop("mission", UNSET)
        mission: MissionRefSelection | Unset
        if isinstance(_mission, Unset):
            mission = UNSET
        else:
            mission = MissionRefSelection.from_dict(_mission)

        _status = d.pop("status", UNSET)
        status: StatusSelection | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StatusSelection(_status)

        lesson_mission_read_selection = cls(
            citations=citations,
            mission=mission,
            status=status,
        )

        lesson_mission_read_selection.additional_properties = d
        return lesson_mission_read_selection

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
