from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pair_group import PairGroup


T = TypeVar("T", bound="PairStats")


@_attrs_define
class PairStats:
    """
    Attributes:
        amount_rule (str): How the groups' `amounts` are added.
        as_of (datetime.date): The day `personnel` is counted on.
        group_by (list[str]):
        groups (list[PairGroup]):
        personnel_rule (str): How the groups' `personnel` is counted.
        total (int): Contributions matching the filters.
    """

    amount_rule: str
    as_of: datetime.date
    group_by: list[str]
    groups: list[PairGroup]
    personnel_rule: str
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_rule = self.amount_rule

        as_of = self.as_of.isoformat()

        group_by = self.group_by

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        personnel_rule = self.personnel_rule

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_rule": amount_rule,
                "as_of": as_of,
                "group_by": group_by,
                "groups": groups,
                "personnel_rule": personnel_rule,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pair_group import PairGroup  # noqa: PLC0415

        d = dict(src_dict)
        amount_rule = d.pop("amount_rule")

        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        group_by = cast(list[str], d.pop("group_by"))

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = PairGroup.from_dict(groups_item_data)

            groups.append(groups_item)

        personnel_rule = d.pop("personnel_rule")

        total = d.pop("total")

        pair_stats = cls(
            amount_rule=amount_rule,
            as_of=as_of,
            group_by=group_by,
            groups=groups,
            personnel_rule=personnel_rule,
            total=total,
        )

        pair_stats.additional_properties = d
        return pair_stats

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
