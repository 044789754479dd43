from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StrengthInterval")


@_attrs_define
class StrengthInterval:
    """One group's strength in one interval: flat, so CSV rows are chart rows.

    Attributes:
        approx (bool): Some figure counted is approximate (about, some...).
        carried (bool): Some figure counted was observed before this interval (carried forward).
        contributors (int): Contributor-mission pairs counted in `personnel`.
        end (datetime.date): Its last day.
        key (None | str): The group: contributor code (ISO code or organization slug) or mission slug; null with
            `group_by=total`.
        label (None | str):
        observed_from (datetime.date): Date of the oldest observation counted.
        observed_to (datetime.date): Date of the latest observation counted.
        period (str): The interval: `2005`, `2005-Q1` or `2005-01`.
        personnel (int): Personnel by the rule in `rule`.
        start (datetime.date): Its first day (a time axis for charts).
    """

    approx: bool
    carried: bool
    contributors: int
    end: datetime.date
    key: None | str
    label: None | str
    observed_from: datetime.date
    observed_to: datetime.date
    period: str
    personnel: int
    start: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approx = self.approx

        carried = self.carried

        contributors = self.contributors

        end = self.end.isoformat()

        key: None | str
        key = self.key

        label: None | str
        label = self.label

        observed_from = self.observed_from.isoformat()

        observed_to = self.observed_to.isoformat()

        period = self.period

        personnel = self.personnel

        start = self.start.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approx": approx,
                "carried": carried,
                "contributors": contributors,
                "end": end,
                "key": key,
                "label": label,
                "observed_from": observed_from,
                "observed_to": observed_to,
                "period": period,
                "personnel": personnel,
                "start": start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approx = d.pop("approx")

        carried = d.pop("carried")

        contributors = d.pop("contributors")

        end = datetime.date.fromisoformat(d.pop("end"))

        def _parse_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        key = _parse_key(d.pop("key"))

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        observed_from = datetime.date.fromisoformat(d.pop("observed_from"))

        observed_to = datetime.date.fromisoformat(d.pop("observed_to"))

        period = d.pop("period")

        personnel = d.pop("personnel")

        start = datetime.date.fromisoformat(d.pop("start"))

        strength_interval = cls(
            approx=approx,
            carried=carried,
            contributors=contributors,
            end=end,
            key=key,
            label=label,
            observed_from=observed_from,
            observed_to=observed_to,
            period=period,
            personnel=personnel,
            start=start,
        )

        strength_interval.additional_properties = d
        return strength_interval

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
