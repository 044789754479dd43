from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_read_selection_change import ChangeReadSelectionChange
from ..models.change_read_selection_resource import ChangeReadSelectionResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.change_read_selection_record_type_0 import ChangeReadSelectionRecordType0


T = TypeVar("T", bound="ChangeReadSelection")


@_attrs_define
class ChangeReadSelection:
    """
    Attributes:
        at (datetime.datetime | Unset): When (UTC).
        change (ChangeReadSelectionChange | Unset): `deleted` entries are tombstones: `record` is null.
        key (str | Unset): The record's natural key (slug, ISO code, citation key).
        record (ChangeReadSelectionRecordType0 | None | Unset): The record after the change, in the export format
            (docs/export-format.md); null when deleted.
        resource (ChangeReadSelectionResource | Unset): As in URLs: `/api/v1/{resource}/{key}`.
        version (int | Unset): The data version the write committed as.
    """

    at: datetime.datetime | Unset = UNSET
    change: ChangeReadSelectionChange | Unset = UNSET
    key: str | Unset = UNSET
    record: ChangeReadSelectionRecordType0 | None | Unset = UNSET
    resource: ChangeReadSelectionResource | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.change_read_selection_record_type_0 import ChangeReadSelectionRecordType0  # noqa: PLC0415

        at: str | Unset = UNSET
        if not isinstance(self.at, Unset):
            at = self.at.isoformat()

        change: str | Unset = UNSET
        if not isinstance(self.change, Unset):
            change = self.change.value

        key = self.key

        record: dict[str, Any] | None | Unset
        if isinstance(self.record, Unset):
            record = UNSET
        elif isinstance(self.record, ChangeReadSelectionRecordType0):
            record = self.record.to_dict()
        else:
            record = self.record

        resource: str | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if at is not UNSET:
            field_dict["at"] = at
        if change is not UNSET:
            field_dict["change"] = change
        if key is not UNSET:
            field_dict["key"] = key
        if record is not UNSET:
            field_dict["record"] = record
        if resource is not UNSET:
            field_dict["resource"] = resource
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_read_selection_record_type_0 import ChangeReadSelectionRecordType0  # noqa: PLC0415

        d = dict(src_dict)
        _at = d.pop("at", UNSET)
        at: datetime.datetime | Unset
        if isinstance(_at, Unset):
            at = UNSET
        else:
            at = datetime.datetime.fromisoformat(_at)

        _change = d.pop("change", UNSET)
        change: ChangeReadSelectionChange | Unset
        if isinstance(_change, Unset):
            change = UNSET
        else:
            change = ChangeReadSelectionChange(_change)

        key = d.pop("key", UNSET)

        def _parse_record(data: object) -> ChangeReadSelectionRecordType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                record_type_0 = ChangeReadSelectionRecordType0.from_dict(data)

                return record_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChangeReadSelectionRecordType0 | None | Unset, data)

        record = _parse_record(d.pop("record", UNSET))

        _resource = d.pop("resource", UNSET)
        resource: ChangeReadSelectionResource | Unset
        if isinstance(_resource, Unset):
            resource = UNSET
        else:
            resource = ChangeReadSelectionResource(_resource)

        version = d.pop("version", UNSET)

        change_read_selection = cls(
            at=at,
            change=change,
            key=key,
            record=record,
            resource=resource,
            version=version,
        )

        change_read_selection.additional_properties = d
        return change_read_selection

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
