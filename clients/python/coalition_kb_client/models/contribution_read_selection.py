from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_selection import StatusSelection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contributor_ref_selection import ContributorRefSelection
    from ..models.mission_ref_selection import MissionRefSelection
    from ..models.type_ref_selection import TypeRefSelection


T = TypeVar("T", bound="ContributionReadSelection")


@_attrs_define
class ContributionReadSelection:
    """
    Attributes:
        amount (float | None | Unset): A number (JSON number), in `unit`.
        amount_approx (bool | Unset): The source gives the amount as approximate: over, about, nearly.
        contributor (ContributorRefSelection | Unset):
        date_precision (str | Unset):
        description (str | Unset):
        disputed_claims (int | Unset):
        end_date (datetime.date | None | Unset):
        html_url (str | Unset): Its HTML page, for people: the same record, readable.
        mission (MissionRefSelection | Unset):
        personnel (int | None | Unset):
        slug (str | Unset):
        start_date (datetime.date | None | Unset):
        status (StatusSelection | Unset):
        type_ (TypeRefSelection | Unset):
        unit (None | str | Unset): One of a closed list: an ISO 4217 currency code (AUD, CAD, CHF, CZK, DKK, EUR, GBP,
            HUF, JPY, NOK, PLN, SEK, TRY, USD) or a counted noun (aircraft, armoured-vehicles, batteries, battalions,
            courses, rounds, sorties, tanks, trainees, vehicles, weapons). What was counted is in the description.
        url (str | Unset):
        version (int | Unset):
    """

    amount: float | None | Unset = UNSET
    amount_approx: bool | Unset = UNSET
    contributor: ContributorRefSelection | Unset = UNSET
    date_precision: str | Unset = UNSET
    description: str | Unset = UNSET
    disputed_claims: int | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    html_url: str | Unset = UNSET
    mission: MissionRefSelection | Unset = UNSET
    personnel: int | None | Unset = UNSET
    slug: str | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    status: StatusSelection | Unset = UNSET
    type_: TypeRefSelection | Unset = UNSET
    unit: None | str | Unset = UNSET
    url: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        amount_approx = self.amount_approx

        contributor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contributor, Unset):
            contributor = self.contributor.to_dict()

        date_precision = self.date_precision

        description = self.description

        disputed_claims = self.disputed_claims

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        html_url = self.html_url

        mission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mission, Unset):
            mission = self.mission.to_dict()

        personnel: int | None | Unset
        if isinstance(self.personnel, Unset):
            personnel = UNSET
        else:
            personnel = self.personnel

        slug = self.slug

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        url = self.url

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if disputed_claims is not UNSET:
            field_dict["disputed_claims"] = disputed_claims
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if html_url is not UNSET:
            field_dict["html_url"] = html_url
        if mission is not UNSET:
            field_dict["mission"] = mission
        if personnel is not UNSET:
            field_dict["personnel"] = personnel
        if slug is not UNSET:
            field_dict["slug"] = slug
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unit is not UNSET:
            field_dict["unit"] = unit
        if url is not UNSET:
            field_dict["url"] = url
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contributor_ref_selection import ContributorRefSelection  # noqa: PLC0415
        from ..models.mission_ref_selection import MissionRefSelection  # noqa: PLC0415
        from ..models.type_ref_selection import TypeRefSelection  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        amount_approx = d.pop("amount_approx", UNSET)

        _contributor = d.pop("contributor", UNSET)
        contributor: ContributorRefSelection | Unset
        if isinstance(_contributor, Unset):
            contributor = UNSET
        else:
            contributor = ContributorRefSelection.from_dict(_contributor)

        date_precision = d.pop("date_precision", UNSET)

        description = d.pop("description", UNSET)

        disputed_claims = d.pop("disputed_claims", UNSET)

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

        html_url = d.pop("html_url", UNSET)

        _mission = d.pop("mission", UNSET)
        mission: MissionRefSelection | Unset
        if isinstance(_mission, Unset):
            mission = UNSET
        else:
            mission = MissionRefSelection.from_dict(_mission)

        def _parse_personnel(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        personnel = _parse_personnel(d.pop("personnel", UNSET))

        slug = d.pop("slug", UNSET)

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

        _status = d.pop("status", UNSET)
        status: StatusSelection | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StatusSelection(_status)

        _type_ = d.pop("type", UNSET)
        type_: TypeRefSelection | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TypeRefSelection.from_dict(_type_)

        def _parse_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        url = d.pop("url", UNSET)

        version = d.pop("version", UNSET)

        contribution_read_selection = cls(
            amount=amount,
            amount_approx=amount_approx,
            contributor=contributor,
            date_precision=date_precision,
            description=description,
            disputed_claims=disputed_claims,
            end_date=end_date,
            html_url=html_url,
            mission=mission,
            personnel=personnel,
            slug=slug,
            start_date=start_date,
            status=status,
            type_=type_,
            unit=unit,
            url=url,
            version=version,
        )

        contribution_read_selection.additional_properties = d
        return contribution_read_selection

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
