from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subject_ref_selection_type import SubjectRefSelectionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubjectRefSelection")


@_attrs_define
class SubjectRefSelection:
    """
    Attributes:
        key (str | Unset): Slug, ISO code, or `lesson-slug/mission-slug` for a link.
        type_ (SubjectRefSelectionType | Unset):
        url (None | str | Unset):
    """

    key: str | Unset = UNSET
    type_: SubjectRefSelectionType | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: SubjectRefSelectionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SubjectRefSelectionType(_type_)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        subject_ref_selection = cls(
            key=key,
            type_=type_,
            url=url,
        )

        subject_ref_selection.additional_properties = d
        return subject_ref_selection

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
