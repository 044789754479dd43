from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contribution_brief import ContributionBrief
    from ..models.type_ref import TypeRef


T = TypeVar("T", bound="ContributionGroup")


@_attrs_define
class ContributionGroup:
    """
    Attributes:
        contributions (list[ContributionBrief]): The first contributions of this type (at most 20); `more` lists them
            all.
        count (int): All contributions of this type to the mission.
        more (str): URL of the full, paginated list.
        personnel (int | None): Sum of the personnel figures given, if any.
        type_ (TypeRef):
    """

    contributions: list[ContributionBrief]
    count: int
    more: str
    personnel: int | None
    type_: TypeRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contributions = []
        for contributions_item_data in self.contributions:
            contributions_item = contributions_item_data.to_dict()
            contributions.append(contributions_item)

        count = self.count

        more = self.more

        personnel: int | None
        personnel = self.personnel

        type_ = self.type_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contributions": contributions,
                "count": count,
                "more": more,
                "personnel": personnel,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contribution_brief import ContributionBrief  # noqa: PLC0415
        from ..models.type_ref import TypeRef  # noqa: PLC0415

        d = dict(src_dict)
        contributions = []
        _contributions = d.pop("contributions")
        for contributions_item_data in _contributions:
            contributions_item = ContributionBrief.from_dict(contributions_item_data)

            contributions.append(contributions_item)

        count = d.pop("count")

        more = d.pop("more")

        def _parse_personnel(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        personnel = _parse_personnel(d.pop("personnel"))

        type_ = TypeRef.from_dict(d.pop("type"))

        contribution_group = cls(
            contributions=contributions,
            count=count,
            more=more,
            personnel=personnel,
            type_=type_,
        )

        contribution_group.additional_properties = d
        return contribution_group

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
