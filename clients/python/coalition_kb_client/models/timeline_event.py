from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status import Status
from ..models.timeline_event_kind import TimelineEventKind

T = TypeVar("T", bound="TimelineEvent")


@_attrs_define
class TimelineEvent:
    """
    Attributes:
        date (datetime.date): When it starts; events are in this order.
        end_date (datetime.date | None): When it ends; null: a point in time or ongoing.
        key (str): Mission or contribution slug, or the nation's ISO code.
        kind (TimelineEventKind): mission (its period), contribution (a dated one) or accession (a nation joining NATO).
        mission (None | str): The mission's slug (missions and contributions).
        organization (None | str): Slug of the organization leading it.
        status (None | Status):
        theater (None | str): ISO 3166-1 alpha-3 code of where it happened.
        title (str):
        url (str):
    """

    date: datetime.date
    end_date: datetime.date | None
    key: str
    kind: TimelineEventKind
    mission: None | str
    organization: None | str
    status: None | Status
    theater: None | str
    title: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        key = self.key

        kind = self.kind.value

        mission: None | str
        mission = self.mission

        organization: None | str
        organization = self.organization

        status: None | str
        if isinstance(self.status, Status):
            status = self.status.value
        else:
            status = self.status

        theater: None | str
        theater = self.theater

        title = self.title

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "end_date": end_date,
                "key": key,
                "kind": kind,
                "mission": mission,
                "organization": organization,
                "status": status,
                "theater": theater,
                "title": title,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("end_date"))

        key = d.pop("key")

        kind = TimelineEventKind(d.pop("kind"))

        def _parse_mission(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mission = _parse_mission(d.pop("mission"))

        def _parse_organization(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization = _parse_organization(d.pop("organization"))

        def _parse_status(data: object) -> None | Status:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = Status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Status, data)

        status = _parse_status(d.pop("status"))

        def _parse_theater(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        theater = _parse_theater(d.pop("theater"))

        title = d.pop("title")

        url = d.pop("url")

        timeline_event = cls(
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

        timeline_event.additional_properties = d
        return timeline_event

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
