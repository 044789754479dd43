from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status import Status

if TYPE_CHECKING:
    from ..models.contributor_ref import ContributorRef


T = TypeVar("T", bound="ContributionBrief")


@_attrs_define
class ContributionBrief:
    """
    Attributes:
        amount (float | None):
        contributor (ContributorRef):
        description (str):
        end_date (datetime.date | None):
        personnel (int | None):
        slug (str):
        start_date (datetime.date | None):
        status (Status):
        unit (None | str):
        url (str):
    """

    amount: float | None
    contributor: ContributorRef
    description: str
    end_date: datetime.date | None
    personnel: int | None
    slug: str
    start_date: datetime.date | None
    status: Status
    unit: None | str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: float | None
        amount = self.amount

        contributor = self.contributor.to_dict()

        description = self.description

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        personnel: int | None
        personnel = self.personnel

        slug = self.slug

        start_date: None | str
        if isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        status = self.status.value

        unit: None | str
        unit = self.unit

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "contributor": contributor,
                "description": description,
                "end_date": end_date,
                "personnel": personnel,
                "slug": slug,
                "start_date": start_date,
                "status": status,
                "unit": unit,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contributor_ref import ContributorRef  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        amount = _parse_amount(d.pop("amount"))

        contributor = ContributorRef.from_dict(d.pop("contributor"))

        description = d.pop("description")

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("end_date"))

        def _parse_personnel(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        personnel = _parse_personnel(d.pop("personnel"))

        slug = d.pop("slug")

        def _parse_start_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        start_date = _parse_start_date(d.pop("start_date"))

        status = Status(d.pop("status"))

        def _parse_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit = _parse_unit(d.pop("unit"))

        url = d.pop("url")

        contribution_brief = cls(
            amount=amount,
            contributor=contributor,
            description=description,
            end_date=end_date,
            personnel=personnel,
            slug=slug,
            start_date=start_date,
            status=status,
            unit=unit,
            url=url,
        )

        contribution_brief.additional_properties = d
        return contribution_brief

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
