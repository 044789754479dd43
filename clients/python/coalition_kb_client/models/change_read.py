from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_read_change import ChangeReadChange
from ..models.change_read_resource import ChangeReadResource

if TYPE_CHECKING:
    from ..models.change_read_record_type_0 import ChangeReadRecordType0


T = TypeVar("T", bound="ChangeRead")


@_attrs_define
class ChangeRead:
    """
    Attributes:
        at (datetime.datetime): When (UTC).
        change (ChangeReadChange): `deleted` entries are tombstones: `record` is null.
        key (str): The record's natural key (slug, ISO code, citation key).
        record (ChangeReadRecordType0 | None): The record after the change, in the export format (docs/export-
            format.md); null when deleted.
        resource (ChangeReadResource): As in URLs: `/api/v1/{resource}/{key}`.
        version (int): The data version the write committed as.
    """

    at: datetime.datetime
    change: ChangeReadChange
    key: str
    record: ChangeReadRecordType0 | None
    resource: ChangeReadResource
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.change_read_record_type_0 import ChangeReadRecordType0  # noqa: PLC0415

        at = self.at.isoformat()

        change = self.change.value

        key = self.key

        record: dict[str, Any] | None
        if isinstance(self.record, ChangeReadRecordType0):
            record = self.record.to_dict()
        else:
            record = self.record

        resource = self.resource.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "change": change,
                "key": key,
                "record": record,
                "resource": resource,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_read_record_type_0 import ChangeReadRecordType0  # noqa: PLC0415

        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        change = ChangeReadChange(d.pop("change"))

        key = d.pop("key")

        def _parse_record(data: object) -> ChangeReadRecordType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                record_type_0 = ChangeReadRecordType0.from_dict(data)

                return record_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChangeReadRecordType0 | None, data)

        record = _parse_record(d.pop("record"))

        resource = ChangeReadResource(d.pop("resource"))

        version = d.pop("version")

        change_read = cls(
            at=at,
            change=change,
            key=key,
            record=record,
            resource=resource,
            version=version,
        )

        change_read.additional_properties = d
        return change_read

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
