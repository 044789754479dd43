from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status import Status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.source_ref import SourceRef
    from ..models.subject_ref import SubjectRef


T = TypeVar("T", bound="CitationRead")


@_attrs_define
class CitationRead:
    """
    Attributes:
        corrected_by (None | str): For a disputed or misleading claim: key of the citation stating the corrected fact.
        corrected_by_url (None | str): Where the corrected fact is: the citation, which names the record it supports.
        key (str):
        locator (None | str):
        note (None | str): Why the verdict: who corroborates or corrects it.
        quote (str): Verbatim from the source.
        section (None | str): The heading the quote sits under in the source.
        source (SourceRef):
        status (Status):
        url (str):
        subject (None | SubjectRef | Unset):
    """

    corrected_by: None | str
    corrected_by_url: None | str
    key: str
    locator: None | str
    note: None | str
    quote: str
    section: None | str
    source: SourceRef
    status: Status
    url: str
    subject: None | SubjectRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subject_ref import SubjectRef  # noqa: PLC0415

        corrected_by: None | str
        corrected_by = self.corrected_by

        corrected_by_url: None | str
        corrected_by_url = self.corrected_by_url

        key = self.key

        locator: None | str
        locator = self.locator

        note: None | str
        note = self.note

        quote = self.quote

        section: None | str
        section = self.section

        source = self.source.to_dict()

        status = self.status.value

        url = self.url

        subject: dict[str, Any] | None | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        elif isinstance(self.subject, SubjectRef):
            subject = self.subject.to_dict()
        else:
            subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "corrected_by": corrected_by,
                "corrected_by_url": corrected_by_url,
                "key": key,
                "locator": locator,
                "note": note,
                "quote": quote,
                "section": section,
                "source": source,
                "status": status,
                "url": url,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_ref import SourceRef  # noqa: PLC0415
        from ..models.subject_ref import SubjectRef  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_corrected_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        corrected_by = _parse_corrected_by(d.pop("corrected_by"))

        def _parse_corrected_by_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        corrected_by_url = _parse_corrected_by_url(d.pop("corrected_by_url"))

        key = d.pop("key")

        def _parse_locator(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        locator = _parse_locator(d.pop("locator"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        quote = d.pop("quote")

        def _parse_section(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        section = _parse_section(d.pop("section"))

        source = SourceRef.from_dict(d.pop("source"))

        status = Status(d.pop("status"))

        url = d.pop("url")

        def _parse_subject(data: object) -> None | SubjectRef | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subject_type_0 = SubjectRef.from_dict(data)

                return subject_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubjectRef | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        citation_read = cls(
            corrected_by=corrected_by,
            corrected_by_url=corrected_by_url,
            key=key,
            locator=locator,
            note=note,
            quote=quote,
            section=section,
            source=source,
            status=status,
            url=url,
            subject=subject,
        )

        citation_read.additional_properties = d
        return citation_read

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
