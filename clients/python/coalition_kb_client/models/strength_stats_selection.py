from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.strength_interval_selection import StrengthIntervalSelection


T = TypeVar("T", bound="StrengthStatsSelection")


@_attrs_define
class StrengthStatsSelection:
    """
    Attributes:
        carry (str | Unset):
        from_ (datetime.date | None | Unset): The first day covered (as given, else the first observation's date).
        group_by (str | Unset):
        interval (str | Unset):
        items (list[StrengthIntervalSelection] | Unset):
        rule (str | Unset): How `personnel` is counted.
        to (datetime.date | None | Unset): The last day covered (as given, else the latest observation's date).
    """

    carry: str | Unset = UNSET
    from_: datetime.date | None | Unset = UNSET
    group_by: str | Unset = UNSET
    interval: str | Unset = UNSET
    items: list[StrengthIntervalSelection] | Unset = UNSET
    rule: str | Unset = UNSET
    to: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carry = self.carry

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, datetime.date):
            from_ = self.from_.isoformat()
        else:
            from_ = self.from_

        group_by = self.group_by

        interval = self.interval

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        rule = self.rule

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, datetime.date):
            to = self.to.isoformat()
        else:
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if carry is not UNSET:
            field_dict["carry"] = carry
        if from_ is not UNSET:
            field_dict["from"] = from_
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if interval is not UNSET:
            field_dict["interval"] = interval
        if items is not UNSET:
            field_dict["items"] = items
        if rule is not UNSET:
            field_dict["rule"] = rule
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.strength_interval_selection import StrengthIntervalSelection  # noqa: PLC0415

        d = dict(src_dict)
        carry = d.pop("carry", UNSET)

        def _parse_from_(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_type_0 = datetime.date.fromisoformat(data)

                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        group_by = d.pop("group_by", UNSET)

        interval = d.pop("interval", UNSET)

        _items = d.pop("items", UNSET)
        items: list[StrengthIntervalSelection] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = StrengthIntervalSelection.from_dict(items_item_data)

                items.append(items_item)

        rule = d.pop("rule", UNSET)

        def _parse_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_type_0 = datetime.date.fromisoformat(data)

                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        strength_stats_selection = cls(
            carry=carry,
            from_=from_,
            group_by=group_by,
            interval=interval,
            items=items,
            rule=rule,
            to=to,
        )

        strength_stats_selection.additional_properties = d
        return strength_stats_selection

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
