from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount_sum_selection import AmountSumSelection


T = TypeVar("T", bound="PairGroupSelection")


@_attrs_define
class PairGroupSelection:
    """One pair of keys: the first dimension's (`key`) and the second's (`key2`).

    Attributes:
        amounts (list[AmountSumSelection] | Unset):
        count (int | Unset): Contributions in the group.
        key (int | None | str | Unset):
        key2 (int | None | str | Unset): The second dimension's key; null: not known (no start date, for year).
        label (None | str | Unset):
        label2 (None | str | Unset):
        personnel (int | None | Unset): Personnel on `as_of` by `personnel_rule` (null when none counts).
        personnel_reported (int | Unset): Contributions whose own (undated) `personnel` field is set: a count of
            records, not a strength.
    """

    amounts: list[AmountSumSelection] | Unset = UNSET
    count: int | Unset = UNSET
    key: int | None | str | Unset = UNSET
    key2: int | None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    label2: None | str | Unset = UNSET
    personnel: int | None | Unset = UNSET
    personnel_reported: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.amounts, Unset):
            amounts = []
            for amounts_item_data in self.amounts:
                amounts_item = amounts_item_data.to_dict()
                amounts.append(amounts_item)

        count = self.count

        key: int | None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        key2: int | None | str | Unset
        if isinstance(self.key2, Unset):
            key2 = UNSET
        else:
            key2 = self.key2

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        label2: None | str | Unset
        if isinstance(self.label2, Unset):
            label2 = UNSET
        else:
            label2 = self.label2

        personnel: int | None | Unset
        if isinstance(self.personnel, Unset):
            personnel = UNSET
        else:
            personnel = self.personnel

        personnel_reported = self.personnel_reported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amounts is not UNSET:
            field_dict["amounts"] = amounts
        if count is not UNSET:
            field_dict["count"] = count
        if key is not UNSET:
            field_dict["key"] = key
        if key2 is not UNSET:
            field_dict["key2"] = key2
        if label is not UNSET:
            field_dict["label"] = label
        if label2 is not UNSET:
            field_dict["label2"] = label2
        if personnel is not UNSET:
            field_dict["personnel"] = personnel
        if personnel_reported is not UNSET:
            field_dict["personnel_reported"] = personnel_reported

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount_sum_selection import AmountSumSelection  # noqa: PLC0415

        d = dict(src_dict)
        _amounts = d.pop("amounts", UNSET)
        amounts: list[AmountSumSelection] | Unset = UNSET
        if _amounts is not UNSET:
            amounts = []
            for amounts_item_data in _amounts:
                amounts_item = AmountSumSelection.from_dict(amounts_item_data)

                amounts.append(amounts_item)

        count = d.pop("count", UNSET)

        def _parse_key(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

        def _parse_key2(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        key2 = _parse_key2(d.pop("key2", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_label2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label2 = _parse_label2(d.pop("label2", UNSET))

        def _parse_personnel(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        personnel = _parse_personnel(d.pop("personnel", UNSET))

        personnel_reported = d.pop("personnel_reported", UNSET)

        pair_group_selection = cls(
            amounts=amounts,
            count=count,
            key=key,
            key2=key2,
            label=label,
            label2=label2,
            personnel=personnel,
            personnel_reported=personnel_reported,
        )

        pair_group_selection.additional_properties = d
        return pair_group_selection

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
