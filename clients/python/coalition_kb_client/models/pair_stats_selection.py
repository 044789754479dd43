from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pair_group_selection import PairGroupSelection


T = TypeVar("T", bound="PairStatsSelection")


@_attrs_define
class PairStatsSelection:
    """
    Attributes:
        amount_rule (str | Unset): How the groups' `amounts` are added.
        as_of (datetime.date | Unset): The day `personnel` is counted on.
        group_by (list[str] | Unset):
        groups (list[PairGroupSelection] | Unset):
        personnel_rule (str | Unset): How the groups' `personnel` is counted.
        total (int | Unset): Contributions matching the filters.
    """

    amount_rule: str | Unset = UNSET
    as_of: datetime.date | Unset = UNSET
    group_by: list[str] | Unset = UNSET
    groups: list[PairGroupSelection] | Unset = UNSET
    personnel_rule: str | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_rule = self.amount_rule

        as_of: str | Unset = UNSET
        if not isinstance(self.as_of, Unset):
            as_of = self.as_of.isoformat()

        group_by: list[str] | Unset = UNSET
        if not isinstance(self.group_by, Unset):
            group_by = self.group_by

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        personnel_rule = self.personnel_rule

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_rule is not UNSET:
            field_dict["amount_rule"] = amount_rule
        if as_of is not UNSET:
            field_dict["as_of"] = as_of
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if groups is not UNSET:
            field_dict["groups"] = groups
        if personnel_rule is not UNSET:
            field_dict["personnel_rule"] = personnel_rule
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pair_group_selection import PairGroupSelection  # noqa: PLC0415

        d = dict(src_dict)
        amount_rule = d.pop("amount_rule", UNSET)

        _as_of = d.pop("as_of", UNSET)
        as_of: datetime.date | Unset
        if isinstance(_as_of, Unset):
            as_of = UNSET
        else:
            as_of = datetime.date.fromisoformat(_as_of)

        group_by = cast(list[str], d.pop("group_by", UNSET))

        _groups = d.pop("groups", UNSET)
        groups: list[PairGroupSelection] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = PairGroupSelection.from_dict(groups_item_data)

                groups.append(groups_item)

        personnel_rule = d.pop("personnel_rule", UNSET)

        total = d.pop("total", UNSET)

        pair_stats_selection = cls(
            amount_rule=amount_rule,
            as_of=as_of,
            group_by=group_by,
            groups=groups,
            personnel_rule=personnel_rule,
            total=total,
        )

        pair_stats_selection.additional_properties = d
        return pair_stats_selection

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
