from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContributorCounts")


@_attrs_define
class ContributorCounts:
    """
    Attributes:
        nations (int): Nations with at least one listed contribution.
        organizations (int): Organizations with at least one listed contribution; unnamed groups (organization kind
            `group`, e.g. the article's 'international partners') are not counted unless `include_groups=true`.
    """

    nations: int
    organizations: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nations = self.nations

        organizations = self.organizations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nations": nations,
                "organizations": organizations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nations = d.pop("nations")

        organizations = d.pop("organizations")

        contributor_counts = cls(
            nations=nations,
            organizations=organizations,
        )

        contributor_counts.additional_properties = d
        return contributor_counts

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
