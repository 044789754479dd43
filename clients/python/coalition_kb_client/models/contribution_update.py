from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.date_precision import DatePrecision
from ..models.unit import Unit
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContributionUpdate")


@_attrs_define
class ContributionUpdate:
    """PATCH: any of ContributionFields's fields.

    Attributes:
        amount (float | None | str | Unset):
        amount_approx (bool | Unset): The source gives the amount as over, about or nearly.
        contributor (str | Unset): Nation ISO 3166-1 alpha-3 code or organization slug.
        date_precision (DatePrecision | Unset):
        description (str | Unset):
        end_date (datetime.date | None | Unset): Not before start_date.
        mission (str | Unset): Lower-case words joined by single hyphens.
        personnel (int | None | Unset):
        start_date (datetime.date | None | Unset):
        type_ (str | Unset): Contribution type slug.
        unit (None | Unit | Unset): Required with amount. One of a closed list: an ISO 4217 currency code (AUD, CAD,
            CHF, CZK, DKK, EUR, GBP, HUF, JPY, NOK, PLN, SEK, TRY, USD) or a counted noun (aircraft, armoured-vehicles,
            batteries, battalions, courses, rounds, sorties, tanks, trainees, vehicles, weapons). What was counted is in the
            description.
    """

    amount: float | None | str | Unset = UNSET
    amount_approx: bool | Unset = UNSET
    contributor: str | Unset = UNSET
    date_precision: DatePrecision | Unset = UNSET
    description: str | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    mission: str | Unset = UNSET
    personnel: int | None | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    type_: str | Unset = UNSET
    unit: None | Unit | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount: float | None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        amount_approx = self.amount_approx

        contributor = self.contributor

        date_precision: str | Unset = UNSET
        if not isinstance(self.date_precision, Unset):
            date_precision = self.date_precision.value

        description = self.description

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        mission = self.mission

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

        type_ = self.type_

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        elif isinstance(self.unit, Unit):
            unit = self.unit.value
        else:
            unit = self.unit

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_approx is not UNSET:
            field_dict["amount_approx"] = amount_approx
        if contributor is not UNSET:
            field_dict["contributor"] = contributor
        if date_precision is not UNSET:
            field_dict["date_precision"] = date_precision
        if description is not UNSET:
            field_dict["description"] = description
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if mission is not UNSET:
            field_dict["mission"] = mission
        if personnel is not UNSET:
            field_dict["personnel"] = personnel
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        amount_approx = d.pop("amount_approx", UNSET)

        contributor = d.pop("contributor", UNSET)

        _date_precision = d.pop("date_precision", UNSET)
        date_precision: DatePrecision | Unset
        if isinstance(_date_precision, Unset):
            date_precision = UNSET
        else:
            date_precision = DatePrecision(_date_precision)

        description = d.pop("description", UNSET)

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

        mission = d.pop("mission", UNSET)

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

        type_ = d.pop("type", UNSET)

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

        contribution_update = cls(
            amount=amount,
            amount_approx=amount_approx,
            contributor=contributor,
            date_precision=date_precision,
            description=description,
            end_date=end_date,
            mission=mission,
            personnel=personnel,
            start_date=start_date,
            type_=type_,
            unit=unit,
        )

        return contribution_update
