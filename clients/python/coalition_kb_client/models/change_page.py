from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.change_read import ChangeRead


T = TypeVar("T", bound="ChangePage")


@_attrs_define
class ChangePage:
    """
    Attributes:
        data_version (int): The version these pages run up to: once `next_cursor` is null, poll again with `since` set
            to it.
        items (list[ChangeRead]):
        next_ (None | str): The next page's URL; null on the last.
        next_cursor (None | str): The next page's `cursor`; null on the last.
        since (int): The data version asked for.
    """

    data_version: int
    items: list[ChangeRead]
    next_: None | str
    next_cursor: None | str
    since: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_version = self.data_version

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        next_: None | str
        next_ = self.next_

        next_cursor: None | str
        next_cursor = self.next_cursor

        since = self.since

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_version": data_version,
                "items": items,
                "next": next_,
                "next_cursor": next_cursor,
                "since": since,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_read import ChangeRead  # noqa: PLC0415

        d = dict(src_dict)
        data_version = d.pop("data_version")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ChangeRead.from_dict(items_item_data)

            items.append(items_item)

        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_ = _parse_next_(d.pop("next"))

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        since = d.pop("since")

        change_page = cls(
            data_version=data_version,
            items=items,
            next_=next_,
            next_cursor=next_cursor,
            since=since,
        )

        change_page.additional_properties = d
        return change_page

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
