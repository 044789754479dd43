from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.date_precision import DatePrecision
from ..models.tally import Tally
from ..types import UNSET, Unset

T = TypeVar("T", bound="StrengthUpdate")


@_attrs_define
class StrengthUpdate:
    """PATCH: any of StrengthFields's fields.

    Attributes:
        approx (bool | Unset): The source says about, some, ...
        contribution (None | str | Unset): The contribution it measures: the same contributor and mission.
        contributor (None | str | Unset): Nation ISO 3166-1 alpha-3 code or organization slug; null for a mission-wide
            total.
        date (datetime.date | Unset): With date_precision month, the 1st of the month; with year, 1 January.
        date_precision (DatePrecision | Unset):
        mission (str | Unset): Lower-case words joined by single hyphens.
        note (None | str | Unset):
        personnel (int | Unset):
        tally (Tally | Unset):
    """

    approx: bool | Unset = UNSET
    contribution: None | str | Unset = UNSET
    contributor: None | str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    date_precision: DatePrecision | Unset = UNSET
    mission: str | Unset = UNSET
    note: None | str | Unset = UNSET
    personnel: int | Unset = UNSET
    tally: Tally | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        approx = self.approx

        contribution: None | str | Unset
        if isinstance(self.contribution, Unset):
            contribution = UNSET
        else:
            contribution = self.contribution

        contributor: None | str | Unset
        if isinstance(self.contributor, Unset):
            contributor = UNSET
        else:
            contributor = self.contributor

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        date_precision: str | Unset = UNSET
        if not isinstance(self.date_precision, Unset):
            date_precision = self.date_precision.value

        mission = self.mission

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        personnel = self.personnel

        tally: str | Unset = UNSET
        if not isinstance(self.tally, Unset):
            tally = self.tally.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if approx is not UNSET:
            field_dict["approx"] = approx
        if contribution is not UNSET:
            field_dict["contribution"] = contribution
        if contributor is not UNSET:
            field_dict["contributor"] = contributor
        if date is not UNSET:
            field_dict["date"] = date
        if date_precision is not UNSET:
            field_dict["date_precision"] = date_precision
        if mission is not UNSET:
            field_dict["mission"] = mission
        if note is not UNSET:
            field_dict["note"] = note
        if personnel is not UNSET:
            field_dict["personnel"] = personnel
        if tally is not UNSET:
            field_dict["tally"] = tally

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approx = d.pop("approx", UNSET)

        def _parse_contribution(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contribution = _parse_contribution(d.pop("contribution", UNSET))

        def _parse_contributor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contributor = _parse_contributor(d.pop("contributor", UNSET))

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        _date_precision = d.pop("date_precision", UNSET)
        date_precision: DatePrecision | Unset
        if isinstance(_date_precision, Unset):
            date_precision = UNSET
        else:
            date_precision = DatePrecision(_date_precision)

        mission = d.pop("mission", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        personnel = d.pop("personnel", UNSET)

        _tally = d.pop("tally", UNSET)
        tally: Tally | Unset
        if isinstance(_tally, Unset):
            tally = UNSET
        else:
            tally = Tally(_tally)

        strength_update = cls(
            approx=approx,
            contribution=contribution,
            contributor=contributor,
            date=date,
            date_precision=date_precision,
            mission=mission,
            note=note,
            personnel=personnel,
            tally=tally,
        )

        return strength_update
