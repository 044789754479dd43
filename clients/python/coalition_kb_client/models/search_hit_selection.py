from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_hit_selection_type import SearchHitSelectionType
from ..models.status_selection import StatusSelection
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchHitSelection")


@_attrs_define
class SearchHitSelection:
    """
    Attributes:
        key (str | Unset): The record's key: a slug, a citation key; for a passage, its source's slug.
        passage (int | None | Unset): For a passage: its paragraph number in the source's full text (from 1).
        snippet (str | Unset): The best-matching fragment, HTML-escaped, each match in `<mark>...</mark>`.
        status (None | StatusSelection | Unset): For cited records and citations: the (derived) status or verdict.
        title (str | Unset):
        type_ (SearchHitSelectionType | Unset): What matched: a record, or a `passage` (paragraph) of a source's full
            text.
        url (str | Unset): Where the record is served.
    """

    key: str | Unset = UNSET
    passage: int | None | Unset = UNSET
    snippet: str | Unset = UNSET
    status: None | StatusSelection | Unset = UNSET
    title: str | Unset = UNSET
    type_: SearchHitSelectionType | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        passage: int | None | Unset
        if isinstance(self.passage, Unset):
            passage = UNSET
        else:
            passage = self.passage

        snippet = self.snippet

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, StatusSelection):
            status = self.status.value
        else:
            status = self.status

        title = self.title

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if passage is not UNSET:
            field_dict["passage"] = passage
        if snippet is not UNSET:
            field_dict["snippet"] = snippet
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        def _parse_passage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        passage = _parse_passage(d.pop("passage", UNSET))

        snippet = d.pop("snippet", UNSET)

        def _parse_status(data: object) -> None | StatusSelection | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = StatusSelection(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatusSelection | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        title = d.pop("title", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: SearchHitSelectionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SearchHitSelectionType(_type_)

        url = d.pop("url", UNSET)

        search_hit_selection = cls(
            key=key,
            passage=passage,
            snippet=snippet,
            status=status,
            title=title,
            type_=type_,
            url=url,
        )

        search_hit_selection.additional_properties = d
        return search_hit_selection

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
