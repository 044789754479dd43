from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.change_read_selection import ChangeReadSelection


T = TypeVar("T", bound="ChangePageSelection")


@_attrs_define
class ChangePageSelection:
    """
    Attributes:
        data_version (int | Unset): The version these pages run up to: once `next_cursor` is null, poll again with
            `since` set to it.
        items (list[ChangeReadSelection] | Unset):
        next_ (None | str | Unset): The next page's URL; null on the last.
        next_cursor (None | str | Unset): The next page's `cursor`; null on the last.
        since (int | Unset): The data version asked for.
    """

    data_version: int | Unset = UNSET
    items: list[ChangeReadSelection] | Unset = UNSET
    next_: None | str | Unset = UNSET
    next_cursor: None | str | Unset = UNSET
    since: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_version = self.data_version

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        since = self.since

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_version is not UNSET:
            field_dict["data_version"] = data_version
        if items is not UNSET:
            field_dict["items"] = items
        if next_ is not UNSET:
            field_dict["next"] = next_
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        if since is not UNSET:
            field_dict["since"] = since

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_read_selection import ChangeReadSelection  # noqa: PLC0415

        d = dict(src_dict)
        data_version = d.pop("data_version", UNSET)

        _items = d.pop("items", UNSET)
        items: list[ChangeReadSelection] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = ChangeReadSelection.from_dict(items_item_data)

                items.append(items_item)

        def _parse_next_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        since = d.pop("since", UNSET)

        change_page_selection = cls(
            data_version=data_version,
            items=items,
            next_=next_,
            next_cursor=next_cursor,
            since=since,
        )

        change_page_selection.additional_properties = d
        return change_page_selection

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
