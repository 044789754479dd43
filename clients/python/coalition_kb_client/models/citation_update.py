from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.status import Status
from ..types import UNSET, Unset

T = TypeVar("T", bound="CitationUpdate")


@_attrs_define
class CitationUpdate:
    """
    Attributes:
        corrected_by (None | str | Unset):
        locator (None | str | Unset):
        note (None | str | Unset):
        quote (str | Unset):
        section (None | str | Unset):
        source (str | Unset):
        status (Status | Unset):
    """

    corrected_by: None | str | Unset = UNSET
    locator: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    quote: str | Unset = UNSET
    section: None | str | Unset = UNSET
    source: str | Unset = UNSET
    status: Status | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        corrected_by: None | str | Unset
        if isinstance(self.corrected_by, Unset):
            corrected_by = UNSET
        else:
            corrected_by = self.corrected_by

        locator: None | str | Unset
        if isinstance(self.locator, Unset):
            locator = UNSET
        else:
            locator = self.locator

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        quote = self.quote

        section: None | str | Unset
        if isinstance(self.section, Unset):
            section = UNSET
        else:
            section = self.section

        source = self.source

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if corrected_by is not UNSET:
            field_dict["corrected_by"] = corrected_by
        if locator is not UNSET:
            field_dict["locator"] = locator
        if note is not UNSET:
            field_dict["note"] = note
        if quote is not UNSET:
            field_dict["quote"] = quote
        if section is not UNSET:
            field_dict["section"] = section
        if source is not UNSET:
            field_dict["source"] = source
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_corrected_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        corrected_by = _parse_corrected_by(d.pop("corrected_by", UNSET))

        def _parse_locator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locator = _parse_locator(d.pop("locator", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        quote = d.pop("quote", UNSET)

        def _parse_section(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        section = _parse_section(d.pop("section", UNSET))

        source = d.pop("source", UNSET)

        _status = d.pop("status", UNSET)
        status: Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = Status(_status)

        citation_update = cls(
            corrected_by=corrected_by,
            locator=locator,
            note=note,
            quote=quote,
            section=section,
            source=source,
            status=status,
        )

        return citation_update
