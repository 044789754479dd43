from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StrengthIntervalSelection")


@_attrs_define
class StrengthIntervalSelection:
    """One group's strength in one interval: flat, so CSV rows are chart rows.

    Attributes:
        approx (bool | Unset): Some figure counted is approximate (about, some...).
        carried (bool | Unset): Some figure counted was observed before this interval (carried forward).
        contributors (int | Unset): Contributor-mission pairs counted in `personnel`.
        end (datetime.date | Unset): Its last day.
        key (None | str | Unset): The group: contributor code (ISO code or organization slug) or mission slug; null with
            `group_by=total`.
        label (None | str | Unset):
        observed_from (datetime.date | Unset): Date of the oldest observation counted.
        observed_to (datetime.date | Unset): Date of the latest observation counted.
        period (str | Unset): The interval: `2005`, `2005-Q1` or `2005-01`.
        personnel (int | Unset): Personnel by the rule in `rule`.
        start (datetime.date | Unset): Its first day (a time axis for charts).
    """

    approx: bool | Unset = UNSET
    carried: bool | Unset = UNSET
    contributors: int | Unset = UNSET
    end: datetime.date | Unset = UNSET
    key: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    observed_from: datetime.date | Unset = UNSET
    observed_to: datetime.date | Unset = UNSET
    period: str | Unset = UNSET
    personnel: int | Unset = UNSET
    start: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approx = self.approx

        carried = self.carried

        contributors = self.contributors

        end: str | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.isoformat()

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        observed_from: str | Unset = UNSET
        if not isinstance(self.observed_from, Unset):
            observed_from = self.observed_from.isoformat()

        observed_to: str | Unset = UNSET
        if not isinstance(self.observed_to, Unset):
            observed_to = self.observed_to.isoformat()

        period = self.period

        personnel = self.personnel

        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if approx is not UNSET:
            field_dict["approx"] = approx
        if carried is not UNSET:
            field_dict["carried"] = carried
        if contributors is not UNSET:
            field_dict["contributors"] = contributors
        if end is not UNSET:
            field_dict["end"] = end
        if key is not UNSET:
            field_dict["key"] = key
        if label is not UNSET:
            field_dict["label"] = label
        if observed_from is not UNSET:
            field_dict["observed_from"] = observed_from
        if observed_to is not UNSET:
            field_dict["observed_to"] = observed_to
        if period is not UNSET:
            field_dict["period"] = period
        if personnel is not UNSET:
            field_dict["personnel"] = personnel
        if start is not UNSET:
            field_dict["start"] = start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approx = d.pop("approx", UNSET)

        carried = d.pop("carried", UNSET)

        contributors = d.pop("contributors", UNSET)

        _end = d.pop("end", UNSET)
        end: datetime.date | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = datetime.date.fromisoformat(_end)

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        _observed_from = d.pop("observed_from", UNSET)
        observed_from: datetime.date | Unset
        if isinstance(_observed_from, Unset):
            observed_from = UNSET
        else:
            observed_from = datetime.date.fromisoformat(_observed_from)

        _observed_to = d.pop("observed_to", UNSET)
        observed_to: datetime.date | Unset
        if isinstance(_observed_to, Unset):
            observed_to = UNSET
        else:
            observed_to = datetime.date.fromisoformat(_observed_to)

        period = d.pop("period", UNSET)

        personnel = d.pop("personnel", UNSET)

        _start = d.pop("start", UNSET)
        start: datetime.date | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = datetime.date.fromisoformat(_start)

        strength_interval_selection = cls(
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

        strength_interval_selection.additional_properties = d
        return strength_interval_selection

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
