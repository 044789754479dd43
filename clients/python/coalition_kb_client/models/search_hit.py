from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_hit_type import SearchHitType
from ..models.status import Status

T = TypeVar("T", bound="SearchHit")


@_attrs_define
class SearchHit:
    """
    Attributes:
        key (str): The record's key: a slug, a citation key; for a passage, its source's slug.
        passage (int | None): For a passage: its paragraph number in the source's full text (from 1).
        snippet (str): The best-matching fragment, HTML-escaped, each match in `<mark>...</mark>`.
        status (None | Status): For cited records and citations: the (derived) status or verdict.
        title (str):
        type_ (SearchHitType): What matched: a record, or a `passage` (paragraph) of a source's full text.
        url (str): Where the record is served.
    """

    key: str
    passage: int | None
    snippet: str
    status: None | Status
    title: str
    type_: SearchHitType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        passage: int | None
        passage = self.passage

        snippet = self.snippet

        status: None | str
        if isinstance(self.status, Status):
            status = self.status.value
        else:
            status = self.status

        title = self.title

        type_ = self.type_.value

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "passage": passage,
                "snippet": snippet,
                "status": status,
                "title": title,
                "type": type_,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        def _parse_passage(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        passage = _parse_passage(d.pop("passage"))

        snippet = d.pop("snippet")

        def _parse_status(data: object) -> None | Status:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = Status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Status, data)

        status = _parse_status(d.pop("status"))

        title = d.pop("title")

        type_ = SearchHitType(d.pop("type"))

        url = d.pop("url")

        search_hit = cls(
            key=key,
            passage=passage,
            snippet=snippet,
            status=status,
            title=title,
            type_=type_,
            url=url,
        )

        search_hit.additional_properties = d
        return search_hit

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
