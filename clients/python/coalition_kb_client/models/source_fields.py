from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.source_fields_kind import SourceFieldsKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceFields")


@_attrs_define
class SourceFields:
    """
    Attributes:
        kind (SourceFieldsKind):
        title (str):
        accessed_date (datetime.date | None | Unset):
        author (None | str | Unset):
        full_text (None | str | Unset): The document's text, when it may be shipped: every quote citing the source must
            then occur in it verbatim.
        published_date (datetime.date | None | Unset):
        publisher (None | str | Unset):
        reliability (None | str | Unset):
        reviewed_date (datetime.date | None | Unset): When every claim taken from the source was given a verdict; null
            while some are unreviewed (`asserted`).
        url (None | str | Unset):
    """

    kind: SourceFieldsKind
    title: str
    accessed_date: datetime.date | None | Unset = UNSET
    author: None | str | Unset = UNSET
    full_text: None | str | Unset = UNSET
    published_date: datetime.date | None | Unset = UNSET
    publisher: None | str | Unset = UNSET
    reliability: None | str | Unset = UNSET
    reviewed_date: datetime.date | None | Unset = UNSET
    url: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        title = self.title

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

        full_text: None | str | Unset
        if isinstance(self.full_text, Unset):
            full_text = UNSET
        else:
            full_text = self.full_text

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

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "title": title,
            }
        )
        if accessed_date is not UNSET:
            field_dict["accessed_date"] = accessed_date
        if author is not UNSET:
            field_dict["author"] = author
        if full_text is not UNSET:
            field_dict["full_text"] = full_text
        if published_date is not UNSET:
            field_dict["published_date"] = published_date
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if reliability is not UNSET:
            field_dict["reliability"] = reliability
        if reviewed_date is not UNSET:
            field_dict["reviewed_date"] = reviewed_date
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = SourceFieldsKind(d.pop("kind"))

        title = d.pop("title")

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

        def _parse_full_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_text = _parse_full_text(d.pop("full_text", UNSET))

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

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        source_fields = cls(
            kind=kind,
            title=title,
            accessed_date=accessed_date,
            author=author,
            full_text=full_text,
            published_date=published_date,
            publisher=publisher,
            reliability=reliability,
            reviewed_date=reviewed_date,
            url=url,
        )

        return source_fields
