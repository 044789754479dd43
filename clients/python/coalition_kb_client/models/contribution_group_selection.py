from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contribution_brief_selection import ContributionBriefSelection
    from ..models.type_ref_selection import TypeRefSelection


T = TypeVar("T", bound="ContributionGroupSelection")


@_attrs_define
class ContributionGroupSelection:
    """
    Attributes:
        contributions (list[ContributionBriefSelection] | Unset): The first contributions of this type (at most 20);
            `more` lists them all.
        count (int | Unset): All contributions of this type to the mission.
        more (str | Unset): URL of the full, paginated list.
        personnel (int | None | Unset): Sum of the personnel figures given, if any.
        type_ (TypeRefSelection | Unset):
    """

    contributions: list[ContributionBriefSelection] | Unset = UNSET
    count: int | Unset = UNSET
    more: str | Unset = UNSET
    personnel: int | None | Unset = UNSET
    type_: TypeRefSelection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contributions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contributions, Unset):
            contributions = []
            for contributions_item_data in self.contributions:
                contributions_item = contributions_item_data.to_dict()
                contributions.append(contributions_item)

        count = self.count

        more = self.more

        personnel: int | None | Unset
        if isinstance(self.personnel, Unset):
            personnel = UNSET
        else:
            personnel = self.personnel

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contributions is not UNSET:
            field_dict["contributions"] = contributions
        if count is not UNSET:
            field_dict["count"] = count
        if more is not UNSET:
            field_dict["more"] = more
        if personnel is not UNSET:
            field_dict["personnel"] = personnel
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contribution_brief_selection import ContributionBriefSelection  # noqa: PLC0415
        from ..models.type_ref_selection import TypeRefSelection  # noqa: PLC0415

        d = dict(src_dict)
        _contributions = d.pop("contributions", UNSET)
        contributions: list[ContributionBriefSelection] | Unset = UNSET
        if _contributions is not UNSET:
            contributions = []
            for contributions_item_data in _contributions:
                contributions_item = ContributionBriefSelection.from_dict(contributions_item_data)

                contributions.append(contributions_item)

        count = d.pop("count", UNSET)

        more = d.pop("more", UNSET)

        def _parse_personnel(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        personnel = _parse_personnel(d.pop("personnel", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: TypeRefSelection | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TypeRefSelection.from_dict(_type_)

        contribution_group_selection = cls(
            contributions=contributions,
            count=count,
            more=more,
            personnel=personnel,
            type_=type_,
        )

        contribution_group_selection.additional_properties = d
        return contribution_group_selection

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
