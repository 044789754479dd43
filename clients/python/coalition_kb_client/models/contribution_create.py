from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.date_precision import DatePrecision
from ..models.unit import Unit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.citation_in import CitationIn


T = TypeVar("T", bound="ContributionCreate")


@_attrs_define
class ContributionCreate:
    """
    Attributes:
        citations (list[CitationIn]): At least one: nothing enters the knowledge base uncited.
        contributor (str): Nation ISO 3166-1 alpha-3 code or organization slug.
        description (str):
        mission (str): Lower-case words joined by single hyphens.
        slug (str): Lower-case words joined by single hyphens.
        type_ (str): Contribution type slug.
        amount (float | None | str | Unset):
        amount_approx (bool | Unset): The source gives the amount as over, about or nearly. Default: False.
        date_precision (DatePrecision | Unset):
        end_date (datetime.date | None | Unset): Not before start_date.
        personnel (int | None | Unset):
        start_date (datetime.date | None | Unset):
        unit (None | Unit | Unset): Required with amount. One of a closed list: an ISO 4217 currency code (AUD, CAD,
            CHF, CZK, DKK, EUR, GBP, HUF, JPY, NOK, PLN, SEK, TRY, USD) or a counted noun (aircraft, armoured-vehicles,
            batteries, battalions, courses, rounds, sorties, tanks, trainees, vehicles, weapons). What was counted is in the
            description.
    """

    citations: list[CitationIn]
    contributor: str
    description: str
    mission: str
    slug: str
    type_: str
    amount: float | None | str | Unset = UNSET
    amount_approx: bool | Unset = False
    date_precision: DatePrecision | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    personnel: int | None | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    unit: None | Unit | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        citations = []
        for citations_item_data in self.citations:
            citations_item = citations_item_data.to_dict()
            citations.append(citations_item)

        contributor = self.contributor

        description = self.description

        mission = self.mission

        slug = self.slug

        type_ = self.type_

        amount: float | None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        amount_approx = self.amount_approx

        date_precision: str | Unset = UNSET
        if not isinstance(self.date_precision, Unset):
            date_precision = self.date_precision.value

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        personnel: int | None | Unset
        if isinstance(self.personnel, Unset):
            personnel = UNSET
        else:
            personnel = self.personnel

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        elif isinstance(self.unit, Unit):
            unit = self.unit.value
        else:
            unit = self.unit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "citations": citations,
                "contributor": contributor,
                "description": description,
                "mission": mission,
                "slug": slug,
                "type": type_,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_approx is not UNSET:
            field_dict["amount_approx"] = amount_approx
        if date_precision is not UNSET:
            field_dict["date_precision"] = date_precision
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if personnel is not UNSET:
            field_dict["personnel"] = personnel
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation_in import CitationIn  # noqa: PLC0415

        d = dict(src_dict)
        citations = []
        _citations = d.pop("citations")
        for citations_item_data in _citations:
            citations_item = CitationIn.from_dict(citations_item_data)

            citations.append(citations_item)

        contributor = d.pop("contributor")

        description = d.pop("description")

        mission = d.pop("mission")

        slug = d.pop("slug")

        type_ = d.pop("type")

        def _parse_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        amount_approx = d.pop("amount_approx", UNSET)

        _date_precision = d.pop("date_precision", UNSET)
        date_precision: DatePrecision | Unset
        if isinstance(_date_precision, Unset):
            date_precision = UNSET
        else:
            date_precision = DatePrecision(_date_precision)

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_personnel(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        personnel = _parse_personnel(d.pop("personnel", UNSET))

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_unit(data: object) -> None | Unit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_type_0 = Unit(data)

                return unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unit | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        contribution_create = cls(
            citations=citations,
            contributor=contributor,
            description=description,
            mission=mission,
            slug=slug,
            type_=type_,
            amount=amount,
            amount_approx=amount_approx,
            date_precision=date_precision,
            end_date=end_date,
            personnel=personnel,
            start_date=start_date,
            unit=unit,
        )

        return contribution_create
