from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.date_precision import DatePrecision
from ..models.kind_enum import KindEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="MissionFields")


@_attrs_define
class MissionFields:
    """
    Attributes:
        kind (KindEnum):
        name (str):
        theater (str): ISO 3166-1 alpha-3 code.
        acronym (None | str | Unset):
        date_precision (DatePrecision | Unset):
        end_date (datetime.date | None | Unset): Not before start_date.
        lead_organization (None | str | Unset): Organization slug.
        mandate (None | str | Unset):
        start_date (datetime.date | None | Unset):
        summary (None | str | Unset):
    """

    kind: KindEnum
    name: str
    theater: str
    acronym: None | str | Unset = UNSET
    date_precision: DatePrecision | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    lead_organization: None | str | Unset = UNSET
    mandate: None | str | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    summary: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

        theater = self.theater

        acronym: None | str | Unset
        if isinstance(self.acronym, Unset):
            acronym = UNSET
        else:
            acronym = self.acronym

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

        lead_organization: None | str | Unset
        if isinstance(self.lead_organization, Unset):
            lead_organization = UNSET
        else:
            lead_organization = self.lead_organization

        mandate: None | str | Unset
        if isinstance(self.mandate, Unset):
            mandate = UNSET
        else:
            mandate = self.mandate

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "name": name,
                "theater": theater,
            }
        )
        if acronym is not UNSET:
            field_dict["acronym"] = acronym
        if date_precision is not UNSET:
            field_dict["date_precision"] = date_precision
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if lead_organization is not UNSET:
            field_dict["lead_organization"] = lead_organization
        if mandate is not UNSET:
            field_dict["mandate"] = mandate
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = KindEnum(d.pop("kind"))

        name = d.pop("name")

        theater = d.pop("theater")

        def _parse_acronym(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        acronym = _parse_acronym(d.pop("acronym", UNSET))

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

        def _parse_lead_organization(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lead_organization = _parse_lead_organization(d.pop("lead_organization", UNSET))

        def _parse_mandate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mandate = _parse_mandate(d.pop("mandate", UNSET))

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

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        mission_fields = cls(
            kind=kind,
            name=name,
            theater=theater,
            acronym=acronym,
            date_precision=date_precision,
            end_date=end_date,
            lead_organization=lead_organization,
            mandate=mandate,
            start_date=start_date,
            summary=summary,
        )

        return mission_fields
