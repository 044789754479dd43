from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_selection import StatusSelection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.source_ref_selection import SourceRefSelection
    from ..models.subject_ref_selection import SubjectRefSelection


T = TypeVar("T", bound="CitationReadSelection")


@_attrs_define
class CitationReadSelection:
    """
    Attributes:
        corrected_by (None | str | Unset): For a disputed or misleading claim: key of the citation stating the corrected
            fact.
        corrected_by_url (None | str | Unset): Where the corrected fact is: the citation, which names the record it
            supports.
        key (str | Unset):
        locator (None | str | Unset):
        note (None | str | Unset): Why the verdict: who corroborates or corrects it.
        quote (str | Unset): Verbatim from the source.
        section (None | str | Unset): The heading the quote sits under in the source.
        source (SourceRefSelection | Unset):
        status (StatusSelection | Unset):
        subject (None | SubjectRefSelection | Unset):
        url (str | Unset):
    """

    corrected_by: None | str | Unset = UNSET
    corrected_by_url: None | str | Unset = UNSET
    key: str | Unset = UNSET
    locator: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    quote: str | Unset = UNSET
    section: None | str | Unset = UNSET
    source: SourceRefSelection | Unset = UNSET
    status: StatusSelection | Unset = UNSET
    subject: None | SubjectRefSelection | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subject_ref_selection import SubjectRefSelection  # noqa: PLC0415

        corrected_by: None | str | Unset
        if isinstance(self.corrected_by, Unset):
            corrected_by = UNSET
        else:
            corrected_by = self.corrected_by

        corrected_by_url: None | str | Unset
        if isinstance(self.corrected_by_url, Unset):
            corrected_by_url = UNSET
        else:
            corrected_by_url = self.corrected_by_url

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

        quote = self.quote

        section: None | str | Unset
        if isinstance(self.section, Unset):
            section = UNSET
        else:
            section = self.section

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        subject: dict[str, Any] | None | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        elif isinstance(self.subject, SubjectRefSelection):
            subject = self.subject.to_dict()
        else:
            subject = self.subject

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if corrected_by is not UNSET:
            field_dict["corrected_by"] = corrected_by
        if corrected_by_url is not UNSET:
            field_dict["corrected_by_url"] = corrected_by_url
        if key is not UNSET:
            field_dict["key"] = key
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
        if subject is not UNSET:
            field_dict["subject"] = subject
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_ref_selection import SourceRefSelection  # noqa: PLC0415
        from ..models.subject_ref_selection import SubjectRefSelection  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_corrected_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        corrected_by = _parse_corrected_by(d.pop("corrected_by", UNSET))

        def _parse_corrected_by_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        corrected_by_url = _parse_corrected_by_url(d.pop("corrected_by_url", UNSET))

        key = d.pop("key", UNSET)

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

        _source = d.pop("source", UNSET)
        source: SourceRefSelection | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = SourceRefSelection.from_dict(_source)

        _status = d.pop("status", UNSET)
        status: StatusSelection | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StatusSelection(_status)

        def _parse_subject(data: object) -> None | SubjectRefSelection | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subject_type_0 = SubjectRefSelection.from_dict(data)

                return subject_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubjectRefSelection | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        url = d.pop("url", UNSET)

        citation_read_selection = cls(
            corrected_by=corrected_by,
            corrected_by_url=corrected_by_url,
            key=key,
            locator=locator,
            note=note,
            quote=quote,
            section=section,
            source=source,
            status=status,
            subject=subject,
            url=url,
        )

        citation_read_selection.additional_properties = d
        return citation_read_selection

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
