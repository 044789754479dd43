from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_selection import StatusSelection
from ..models.timeline_event_selection_kind import TimelineEventSelectionKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimelineEventSelection")


@_attrs_define
class TimelineEventSelection:
    """
    Attributes:
        date (datetime.date | Unset): When it starts; events are in this order.
        end_date (datetime.date | None | Unset): When it ends; null: a point in time or ongoing.
        key (str | Unset): Mission or contribution slug, or the nation's ISO code.
        kind (TimelineEventSelectionKind | Unset): mission (its period), contribution (a dated one) or accession (a
            nation joining NATO).
        mission (None | str | Unset): The mission's slug (missions and contributions).
        organization (None | str | Unset): Slug of the organization leading it.
        status (None | StatusSelection | Unset):
        theater (None | str | Unset): ISO 3166-1 alpha-3 code of where it happened.
        title (str | Unset):
        url (str | Unset):
    """

    date: datetime.date | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    key: str | Unset = UNSET
    kind: TimelineEventSelectionKind | Unset = UNSET
    mission: None | str | Unset = UNSET
    organization: None | str | Unset = UNSET
    status: None | StatusSelection | Unset = UNSET
    theater: None | str | Unset = UNSET
    title: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        key = self.key

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        mission: None | str | Unset
        if isinstance(self.mission, Unset):
            mission = UNSET
        else:
            mission = self.mission

        organization: None | str | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, StatusSelection):
            status = self.status.value
        else:
            status = self.status

        theater: None | str | Unset
        if isinstance(self.theater, Unset):
            theater = UNSET
        else:
            theater = self.theater

        title = self.title

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if key is not UNSET:
            field_dict["key"] = key
        if kind is not UNSET:
            field_dict["kind"] = kind
        if mission is not UNSET:
            field_dict["mission"] = mission
        if organization is not UNSET:
            field_dict["organization"] = organization
        if status is not UNSET:
            field_dict["status"] = status
        if theater is not UNSET:
            field_dict["theater"] = theater
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

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

        key = d.pop("key", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: TimelineEventSelectionKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = TimelineEventSelectionKind(_kind)

        def _parse_mission(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mission = _parse_mission(d.pop("mission", UNSET))

        def _parse_organization(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization = _parse_organization(d.pop("organization", UNSET))

        def _parse_status(data: object) -> None | StatusSelection | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = StatusSelection(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatusSelection | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_theater(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        theater = _parse_theater(d.pop("theater", UNSET))

        title = d.pop("title", UNSET)

        url = d.pop("url", UNSET)

        timeline_event_selection = cls(
            date=date,
            end_date=end_date,
            key=key,
            kind=kind,
            mission=mission,
            organization=organization,
            status=status,
            theater=theater,
            title=title,
            url=url,
        )

        timeline_event_selection.additional_properties = d
        return timeline_event_selection

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
