from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_precision import DatePrecision
from ..models.status import Status
from ..models.strength_point_series import StrengthPointSeries
from ..models.tally import Tally

T = TypeVar("T", bound="StrengthPoint")


@_attrs_define
class StrengthPoint:
    """One point of a mission's strength series: flat, so CSV rows are chart rows.

    Attributes:
        approx (bool):
        contributor (None | str): ISO code or organization slug; null for totals.
        contributor_name (None | str):
        date (datetime.date):
        date_label (str):
        date_precision (DatePrecision):
        observation (str): Slug of the strength observation (`/strengths/{slug}`).
        personnel (int):
        series (StrengthPointSeries): `contributor`: one contributor's strength; `total`: a mission-wide figure given by
            a source (not the sum of the contributor rows).
        status (Status):
        tally (Tally):
    """

    approx: bool
    contributor: None | str
    contributor_name: None | str
    date: datetime.date
    date_label: str
    date_precision: DatePrecision
    observation: str
    personnel: int
    series: StrengthPointSeries
    status: Status
    tally: Tally
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approx = self.approx

        contributor: None | str
        contributor = self.contributor

        contributor_name: None | str
        contributor_name = self.contributor_name

        date = self.date.isoformat()

        date_label = self.date_label

        date_precision = self.date_precision.value

        observation = self.observation

        personnel = self.personnel

        series = self.series.value

        status = self.status.value

        tally = self.tally.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approx": approx,
                "contributor": contributor,
                "contributor_name": contributor_name,
                "date": date,
                "date_label": date_label,
                "date_precision": date_precision,
                "observation": observation,
                "personnel": personnel,
                "series": series,
                "status": status,
                "tally": tally,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approx = d.pop("approx")

        def _parse_contributor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contributor = _parse_contributor(d.pop("contributor"))

        def _parse_contributor_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contributor_name = _parse_contributor_name(d.pop("contributor_name"))

        date = datetime.date.fromisoformat(d.pop("date"))

        date_label = d.pop("date_label")

        date_precision = DatePrecision(d.pop("date_precision"))

        observation = d.pop("observation")

        personnel = d.pop("personnel")

        series = StrengthPointSeries(d.pop("series"))

        status = Status(d.pop("status"))

        tally = Tally(d.pop("tally"))

        strength_point = cls(
            approx=approx,
            contributor=contributor,
            contributor_name=contributor_name,
            date=date,
            date_label=date_label,
            date_precision=date_precision,
            observation=observation,
            personnel=personnel,
            series=series,
            status=status,
            tally=tally,
        )

        strength_point.additional_properties = d
        return strength_point

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
