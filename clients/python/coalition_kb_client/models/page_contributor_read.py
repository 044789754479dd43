from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.total_relation import TotalRelation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contributor_read import ContributorRead


T = TypeVar("T", bound="PageContributorRead")


@_attrs_define
class PageContributorRead:
    """
    Attributes:
        items (list[ContributorRead]):
        limit (int):
        next_ (None | str): URL of the next page; null on the last.
        next_cursor (None | str): Pass as `cursor` for the next page; null on the last.
        total (int): Rows matching the filters, across all pages: exact up to the server's count limit (10,000 by
            default), above it that limit, a lower bound (see `total_relation`).
        total_relation (TotalRelation | Unset):
    """

    items: list[ContributorRead]
    limit: int
    next_: None | str
    next_cursor: None | str
    total: int
    total_relation: TotalRelation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        limit = self.limit

        next_: None | str
        next_ = self.next_

        next_cursor: None | str
        next_cursor = self.next_cursor

        total = self.total

        total_relation: str | Unset = UNSET
        if not isinstance(self.total_relation, Unset):
            total_relation = self.total_relation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "limit": limit,
                "next": next_,
                "next_cursor": next_cursor,
                "total": total,
            }
        )
        if total_relation is not UNSET:
            field_dict["total_relation"] = total_relation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contributor_read import ContributorRead  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ContributorRead.from_dict(items_item_data)

            items.append(items_item)

        limit = d.pop("limit")

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

        total = d.pop("total")

        _total_relation = d.pop("total_relation", UNSET)
        total_relation: TotalRelation | Unset
        if isinstance(_total_relation, Unset):
            total_relation = UNSET
        else:
            total_relation = TotalRelation(_total_relation)

        page_contributor_read = cls(
            items=items,
            limit=limit,
            next_=next_,
            next_cursor=next_cursor,
            total=total,
            total_relation=total_relation,
        )

        page_contributor_read.additional_properties = d
        return page_contributor_read

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
