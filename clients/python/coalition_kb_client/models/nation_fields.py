from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NationFields")


@_attrs_define
class NationFields:
    """
    Attributes:
        name (str):
        description (None | str | Unset):
        nato_accession_date (datetime.date | None | Unset): Null if not a member.
        partnership_frameworks (list[str] | Unset):
    """

    name: str
    description: None | str | Unset = UNSET
    nato_accession_date: datetime.date | None | Unset = UNSET
    partnership_frameworks: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        nato_accession_date: None | str | Unset
        if isinstance(self.nato_accession_date, Unset):
            nato_accession_date = UNSET
        elif isinstance(self.nato_accession_date, datetime.date):
            nato_accession_date = self.nato_accession_date.isoformat()
        else:
            nato_accession_date = self.nato_accession_date

        partnership_frameworks: list[str] | Unset = UNSET
        if not isinstance(self.partnership_frameworks, Unset):
            partnership_frameworks = self.partnership_frameworks

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if nato_accession_date is not UNSET:
            field_dict["nato_accession_date"] = nato_accession_date
        if partnership_frameworks is not UNSET:
            field_dict["partnership_frameworks"] = partnership_frameworks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_nato_accession_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                nato_accession_date_type_0 = datetime.date.fromisoformat(data)

                return nato_accession_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        nato_accession_date = _parse_nato_accession_date(d.pop("nato_accession_date", UNSET))

        partnership_frameworks = cast(list[str], d.pop("partnership_frameworks", UNSET))

        nation_fields = cls(
            name=name,
            description=description,
            nato_accession_date=nato_accession_date,
            partnership_frameworks=partnership_frameworks,
        )

        return nation_fields
