from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.status import Status
from ..types import UNSET, Unset

T = TypeVar("T", bound="CitationIn")


@_attrs_define
class CitationIn:
    """A citation given with the record it supports.

    Attributes:
        quote (str): Verbatim: for a source with full text it must occur in it exactly.
        source (str): Slug of the cited source.
        corrected_by (None | str | Unset): Disputed and misleading only, and required then: key of the corroborated
            citation stating the corrected fact.
        key (None | str | Unset): Unique; made from the record's key when omitted.
        locator (None | str | Unset):
        note (None | str | Unset): Why this verdict: required for corroborated, disputed, misleading and unverifiable;
            optional for asserted and opinion.
        section (None | str | Unset): Heading the quote sits under; for a source with full text, one of its lines.
        status (Status | Unset):
    """

    quote: str
    source: str
    corrected_by: None | str | Unset = UNSET
    key: None | str | Unset = UNSET
    locator: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    section: None | str | Unset = UNSET
    status: Status | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        quote = self.quote

        source = self.source

        corrected_by: None | str | Unset
        if isinstance(self.corrected_by, Unset):
            corrected_by = UNSET
        else:
            corrected_by = self.corrected_by

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

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

        section: None | str | Unset
        if isinstance(self.section, Unset):
            section = UNSET
        else:
            section = self.section

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "quote": quote,
                "source": source,
            }
        )
        if corrected_by is not UNSET:
            field_dict["corrected_by"] = corrected_by
        if key is not UNSET:
            field_dict["key"] = key
        if locator is not UNSET:
            field_dict["locator"] = locator
        if note is not UNSET:
            field_dict["note"] = note
        if section is not UNSET:
            field_dict["section"] = section
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quote = d.pop("quote")

        source = d.pop("source")

        def _parse_corrected_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        corrected_by = _parse_corrected_by(d.pop("corrected_by", UNSET))

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

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

        def _parse_section(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        section = _parse_section(d.pop("section", UNSET))

        _status = d.pop("status", UNSET)
        status: Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = Status(_status)

        citation_in = cls(
            quote=quote,
            source=source,
            corrected_by=corrected_by,
            key=key,
            locator=locator,
            note=note,
            section=section,
            status=status,
        )

        return citation_in
