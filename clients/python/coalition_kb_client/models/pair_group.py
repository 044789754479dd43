from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.amount_sum import AmountSum


T = TypeVar("T", bound="PairGroup")


@_attrs_define
class PairGroup:
    """One pair of keys: the first dimension's (`key`) and the second's (`key2`).

    Attributes:
        amounts (list[AmountSum]):
        count (int): Contributions in the group.
        key (int | None | str):
        key2 (int | None | str): The second dimension's key; null: not known (no start date, for year).
        label (None | str):
        label2 (None | str):
        personnel (int | None): Personnel on `as_of` by `personnel_rule` (null when none counts).
        personnel_reported (int): Contributions whose own (undated) `personnel` field is set: a count of records, not a
            strength.
    """

    amounts: list[AmountSum]
    count: int
    key: int | None | str
    key2: int | None | str
    label: None | str
    label2: None | str
    personnel: int | None
    personnel_reported: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amounts = []
        for amounts_item_data in self.amounts:
            amounts_item = amounts_item_data.to_dict()
            amounts.append(amounts_item)

        count = self.count

        key: int | None | str
        key = self.key

        key2: int | None | str
        key2 = self.key2

        label: None | str
        label = self.label

        label2: None | str
        label2 = self.label2

        personnel: int | None
        personnel = self.personnel

        personnel_reported = self.personnel_reported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amounts": amounts,
                "count": count,
                "key": key,
                "key2": key2,
                "label": label,
                "label2": label2,
                "personnel": personnel,
                "personnel_reported": personnel_reported,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount_sum import AmountSum  # noqa: PLC0415

        d = dict(src_dict)
        amounts = []
        _amounts = d.pop("amounts")
        for amounts_item_data in _amounts:
            amounts_item = AmountSum.from_dict(amounts_item_data)

            amounts.append(amounts_item)

        count = d.pop("count")

        def _parse_key(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        key = _parse_key(d.pop("key"))

        def _parse_key2(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        key2 = _parse_key2(d.pop("key2"))

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        def _parse_label2(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label2 = _parse_label2(d.pop("label2"))

        def _parse_personnel(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        personnel = _parse_personnel(d.pop("personnel"))

        personnel_reported = d.pop("personnel_reported")

        pair_group = cls(
            amounts=amounts,
            count=count,
            key=key,
            key2=key2,
            label=label,
            label2=label2,
            personnel=personnel,
            personnel_reported=personnel_reported,
        )

        pair_group.additional_properties = d
        return pair_group

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
