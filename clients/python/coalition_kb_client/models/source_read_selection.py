from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceReadSelection")


@_attrs_define
class SourceReadSelection:
    """
    Attributes:
        accessed_date (datetime.date | None | Unset):
        author (None | str | Unset):
        href (str | Unset):
        html_url (str | Unset): Its HTML page, for people: the same record, readable.
        kind (str | Unset): article, official, dataset or other.
        published_date (datetime.date | None | Unset):
        publisher (None | str | Unset):
        reliability (None | str | Unset): How far to trust it, and why.
        reviewed_date (datetime.date | None | Unset): When every claim taken from it was given a verdict; null if not
            reviewed.
        slug (str | Unset):
        title (str | Unset):
        url (None | str | Unset):
        version (int | Unset):
    """

    accessed_date: datetime.date | None | Unset = UNSET
    author: None | str | Unset = UNSET
    href: str | Unset = UNSET
    html_url: str | Unset = UNSET
    kind: str | Unset = UNSET
    published_date: datetime.date | None | Unset = UNSET
    publisher: None | str | Unset = UNSET
    reliability: None | str | Unset = UNSET
    reviewed_date: datetime.date | None | Unset = UNSET
    slug: str | Unset = UNSET
    title: str | Unset = UNSET
    url: None | str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accessed_date: None | str | Unset
        if isinstance(self.accessed_date, Unset):
            accessed_date = UNSET
        elif isinstance(self.accessed_date, datetime.date):
            accessed_date = self.accessed_date.isoformat()
        else:
            accessed_date = self.accessed_date

        author: None | str | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        href = self.href

        html_url = self.html_url

        kind = self.kind

        published_date: None | str | Unset
        if isinstance(self.published_date, Unset):
            published_date = UNSET
        elif isinstance(self.published_date, datetime.date):
            published_date = self.published_date.isoformat()
        else:
            published_date = self.published_date

        publisher: None | str | Unset
        if isinstance(self.publisher, Unset):
            publisher = UNSET
        else:
            publisher = self.publisher

        reliability: None | str | Unset
        if isinstance(self.reliability, Unset):
            reliability = UNSET
        else:
            reliability = self.reliability

        reviewed_date: None | str | Unset
        if isinstance(self.reviewed_date, Unset):
            reviewed_date = UNSET
        elif isinstance(self.reviewed_date, datetime.date):
            reviewed_date = self.reviewed_date.isoformat()
        else:
            reviewed_date = self.reviewed_date

        slug = self.slug

        title = self.title

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accessed_date is not UNSET:
            field_dict["accessed_date"] = accessed_date
        if author is not UNSET:
            field_dict["author"] = author
        if href is not UNSET:
            field_dict["href"] = href
        if html_url is not UNSET:
            field_dict["html_url"] = html_url
        if kind is not UNSET:
            field_dict["kind"] = kind
        if published_date is not UNSET:
            field_dict["published_date"] = published_date
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if reliability is not UNSET:
            field_dict["reliability"] = reliability
        if reviewed_date is not UNSET:
            field_dict["reviewed_date"] = reviewed_date
        if slug is not UNSET:
            field_dict["slug"] = slug
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_accessed_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accessed_date_type_0 = datetime.date.fromisoformat(data)

                return accessed_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        accessed_date = _parse_accessed_date(d.pop("accessed_date", UNSET))

        def _parse_author(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author = _parse_author(d.pop("author", UNSET))

        href = d.pop("href", UNSET)

        html_url = d.pop("html_url", UNSET)

        kind = d.pop("kind", UNSET)

        def _parse_published_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_date_type_0 = datetime.date.fromisoformat(data)

                return published_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        published_date = _parse_published_date(d.pop("published_date", UNSET))

        def _parse_publisher(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher = _parse_publisher(d.pop("publisher", UNSET))

        def _parse_reliability(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reliability = _parse_reliability(d.pop("reliability", UNSET))

        def _parse_reviewed_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_date_type_0 = datetime.date.fromisoformat(data)

                return reviewed_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        reviewed_date = _parse_reviewed_date(d.pop("reviewed_date", UNSET))

        slug = d.pop("slug", UNSET)

        title = d.pop("title", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        version = d.pop("version", UNSET)

        source_read_selection = cls(
            accessed_date=accessed_date,
            author=author,
            href=href,
            html_url=html_url,
            kind=kind,
            published_date=published_date,
            publisher=publisher,
            reliability=reliability,
            reviewed_date=reviewed_date,
            slug=slug,
            title=title,
            url=url,
            version=version,
        )

        source_read_selection.additional_properties = d
        return source_read_selection

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
