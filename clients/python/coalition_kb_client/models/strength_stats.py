from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.strength_interval import StrengthInterval


T = TypeVar("T", bound="StrengthStats")


@_attrs_define
class StrengthStats:
    """
    Attributes:
        carry (str):
        from_ (datetime.date | None): The first day covered (as given, else the first observation's date).
        group_by (str):
        interval (str):
        items (list[StrengthInterval]):
        rule (str): How `personnel` is counted.
        to (datetime.date | None): The last day covered (as given, else the latest observation's date).
    """

    carry: str
    from_: datetime.date | None
    group_by: str
    interval: str
    items: list[StrengthInterval]
    rule: str
    to: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carry = self.carry

        from_: None | str
        if isinstance(self.from_, datetime.date):
            from_ = self.from_.isoformat()
        else:
            from_ = self.from_

        group_by = self.group_by

        interval = self.interval

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        rule = self.rule

        to: None | str
        if isinstance(self.to, datetime.date):
            to = self.to.isoformat()
        else:
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carry": carry,
                "from": from_,
                "group_by": group_by,
                "interval": interval,
                "items": items,
                "rule": rule,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.strength_interval import StrengthInterval  # noqa: PLC0415

        d = dict(src_dict)
        carry = d.pop("carry")

        def _parse_from_(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_type_0 = datetime.date.fromisoformat(data)

                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        from_ = _parse_from_(d.pop("from"))

        group_by = d.pop("group_by")

        interval = d.pop("interval")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = StrengthInterval.from_dict(items_item_data)

            items.append(items_item)

        rule = d.pop("rule")

        def _parse_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_type_0 = datetime.date.fromisoformat(data)

                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        to = _parse_to(d.pop("to"))

        strength_stats = cls(
            carry=carry,
            from_=from_,
            group_by=group_by,
            interval=interval,
            items=items,
            rule=rule,
            to=to,
        )

        strength_stats.additional_properties = d
        return strength_stats

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
