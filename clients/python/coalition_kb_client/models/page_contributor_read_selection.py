from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.total_relation_selection import TotalRelationSelection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contributor_read_selection import ContributorReadSelection


T = TypeVar("T", bound="PageContributorReadSelection")


@_attrs_define
class PageContributorReadSelection:
    """
    Attributes:
        items (list[ContributorReadSelection] | Unset):
        limit (int | Unset):
        next_ (None | str | Unset): URL of the next page; null on the last.
        next_cursor (None | str | Unset): Pass as `cursor` for the next page; null on the last.
        total (int | Unset): Rows matching the filters, across all pages: exact up to the server's count limit (10,000
            by default), above it that limit, a lower bound (see `total_relation`).
        total_relation (TotalRelationSelection | Unset):
    """

    items: list[ContributorReadSelection] | Unset = UNSET
    limit: int | Unset = UNSET
    next_: None | str | Unset = UNSET
    next_cursor: None | str | Unset = UNSET
    total: int | Unset = UNSET
    total_relation: TotalRelationSelection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        limit = self.limit

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

        total = self.total

        total_relation: str | Unset = UNSET
        if not isinstance(self.total_relation, Unset):
            total_relation = self.total_relation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if limit is not UNSET:
            field_dict["limit"] = limit
        if next_ is not UNSET:
            field_dict["next"] = next_
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        if total is not UNSET:
            field_dict["total"] = total
        if total_relation is not UNSET:
            field_dict["total_relation"] = total_relation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contributor_read_selection import ContributorReadSelection  # noqa: PLC0415

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[ContributorReadSelection] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = ContributorReadSelection.from_dict(items_item_data)

                items.append(items_item)

        limit = d.pop("limit", UNSET)

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

        total = d.pop("total", UNSET)

        _total_relation = d.pop("total_relation", UNSET)
        total_relation: TotalRelationSelection | Unset
        if isinstance(_total_relation, Unset):
            total_relation = UNSET
        else:
            total_relation = TotalRelationSelection(_total_relation)

        page_contributor_read_selection = cls(
            items=items,
            limit=limit,
            next_=next_,
            next_cursor=next_cursor,
            total=total,
            total_relation=total_relation,
        )

        page_contributor_read_selection.additional_properties = d
        return page_contributor_read_selection

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
