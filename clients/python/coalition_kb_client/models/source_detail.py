from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.report_card import ReportCard


T = TypeVar("T", bound="SourceDetail")


@_attrs_define
class SourceDetail:
    """
    Attributes:
        accessed_date (datetime.date | None):
        author (None | str):
        claims (str): URL of the source's claims.
        full_text (None | str): The text of a document shipped with the project.
        has_full_text (bool):
        href (str):
        kind (str): article, official, dataset or other.
        published_date (datetime.date | None):
        publisher (None | str):
        reliability (None | str): How far to trust it, and why.
        report_card (ReportCard): How the source's claims fared when checked against others: claims per verdict.
        reviewed_date (datetime.date | None): When every claim taken from it was given a verdict; null if not reviewed.
        slug (str):
        title (str):
        url (None | str):
        version (int):
    """

    accessed_date: datetime.date | None
    author: None | str
    claims: str
    full_text: None | str
    has_full_text: bool
    href: str
    kind: str
    published_date: datetime.date | None
    publisher: None | str
    reliability: None | str
    report_card: ReportCard
    reviewed_date: datetime.date | None
    slug: str
    title: str
    url: None | str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accessed_date: None | str
        if isinstance(self.accessed_date, datetime.date):
            accessed_date = self.accessed_date.isoformat()
        else:
            accessed_date = self.accessed_date

        author: None | str
        author = self.author

        claims = self.claims

        full_text: None | str
        full_text = self.full_text

        has_full_text = self.has_full_text

        href = self.href

        kind = self.kind

        published_date: None | str
        if isinstance(self.published_date, datetime.date):
            published_date = self.published_date.isoformat()
        else:
            published_date = self.published_date

        publisher: None | str
        publisher = self.publisher

        reliability: None | str
        reliability = self.reliability

        report_card = self.report_card.to_dict()

        reviewed_date: None | str
        if isinstance(self.reviewed_date, datetime.date):
            reviewed_date = self.reviewed_date.isoformat()
        else:
            reviewed_date = self.reviewed_date

        slug = self.slug

        title = self.title

        url: None | str
        url = self.url

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessed_date": accessed_date,
                "author": author,
                "claims": claims,
                "full_text": full_text,
                "has_full_text": has_full_text,
                "href": href,
                "kind": kind,
                "published_date": published_date,
                "publisher": publisher,
                "reliability": reliability,
                "report_card": report_card,
                "reviewed_date": reviewed_date,
                "slug": slug,
                "title": title,
                "url": url,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_card import ReportCard  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_accessed_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accessed_date_type_0 = datetime.date.fromisoformat(data)

                return accessed_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        accessed_date = _parse_accessed_date(d.pop("accessed_date"))

        def _parse_author(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        author = _parse_author(d.pop("author"))

        claims = d.pop("claims")

        def _parse_full_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        full_text = _parse_full_text(d.pop("full_text"))

        has_full_text = d.pop("has_full_text")

        href = d.pop("href")

        kind = d.pop("kind")

        def _parse_published_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_date_type_0 = datetime.date.fromisoformat(data)

                return published_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        published_date = _parse_published_date(d.pop("published_date"))

        def _parse_publisher(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        publisher = _parse_publisher(d.pop("publisher"))

        def _parse_reliability(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reliability = _parse_reliability(d.pop("reliability"))

        report_card = ReportCard.from_dict(d.pop("report_card"))

        def _parse_reviewed_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_date_type_0 = datetime.date.fromisoformat(data)

                return reviewed_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        reviewed_date = _parse_reviewed_date(d.pop("reviewed_date"))

        slug = d.pop("slug")

        title = d.pop("title")

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        version = d.pop("version")

        source_detail = cls(
            accessed_date=accessed_date,
            author=author,
            claims=claims,
            full_text=full_text,
            has_full_text=has_full_text,
            href=href,
            kind=kind,
            published_date=published_date,
            publisher=publisher,
            reliability=reliability,
            report_card=report_card,
            reviewed_date=reviewed_date,
            slug=slug,
            title=title,
            url=url,
            version=version,
        )

        source_detail.additional_properties = d
        return source_detail

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
