from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PersonnelOn")


@_attrs_define
class PersonnelOn:
    """Personnel on one day by the stated rule (docs/data.md, "Summing personnel").

    Attributes:
        as_of (datetime.date | None): The day; null when the knowledge base holds no strength observation.
        contributors (int): Contributor-mission pairs counted in `total`.
        oldest_observation (datetime.date | None): Date of the oldest observation counted: how stale the sum may be.
        rule (str):
        total (int | None): Sum over contributors of each one's latest observation on or before `as_of` in each mission;
            null when no observation qualifies.
    """

    as_of: datetime.date | None
    contributors: int
    oldest_observation: datetime.date | None
    rule: str
    total: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of: None | str
        if isinstance(self.as_of, datetime.date):
            as_of = self.as_of.isoformat()
        else:
            as_of = self.as_of

        contributors = self.contributors

        oldest_observation: None | str
        if isinstance(self.oldest_observation, datetime.date):
            oldest_observation = self.oldest_observation.isoformat()
        else:
            oldest_observation = self.oldest_observation

        rule = self.rule

        total: int | None
        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "contributors": contributors,
                "oldest_observation": oldest_observation,
                "rule": rule,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_as_of(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                as_of_type_0 = datetime.date.fromisoformat(data)

                return as_of_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        as_of = _parse_as_of(d.pop("as_of"))

        contributors = d.pop("contributors")

        def _parse_oldest_observation(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                oldest_observation_type_0 = datetime.date.fromisoformat(data)

                return oldest_observation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        oldest_observation = _parse_oldest_observation(d.pop("oldest_observation"))

        rule = d.pop("rule")

        def _parse_total(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total = _parse_total(d.pop("total"))

        personnel_on = cls(
            as_of=as_of,
            contributors=contributors,
            oldest_observation=oldest_observation,
            rule=rule,
            total=total,
        )

        personnel_on.additional_properties = d
        return personnel_on

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
