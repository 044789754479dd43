from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audit_read_after_type_0 import AuditReadAfterType0
    from ..models.audit_read_before_type_0 import AuditReadBeforeType0


T = TypeVar("T", bound="AuditRead")


@_attrs_define
class AuditRead:
    """
    Attributes:
        action (str):
        actor (str): Name of the API key that made the change.
        after (AuditReadAfterType0 | None): The record after; null once deleted.
        at (datetime.datetime):
        before (AuditReadBeforeType0 | None): The record before (export format).
        id (int):
        record_key (str):
        request_id (None | str):
        resource (str):
    """

    action: str
    actor: str
    after: AuditReadAfterType0 | None
    at: datetime.datetime
    before: AuditReadBeforeType0 | None
    id: int
    record_key: str
    request_id: None | str
    resource: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_read_after_type_0 import AuditReadAfterType0  # noqa: PLC0415
        from ..models.audit_read_before_type_0 import AuditReadBeforeType0  # noqa: PLC0415

        action = self.action

        actor = self.actor

        after: dict[str, Any] | None
        if isinstance(self.after, AuditReadAfterType0):
            after = self.after.to_dict()
        else:
            after = self.after

        at = self.at.isoformat()

        before: dict[str, Any] | None
        if isinstance(self.before, AuditReadBeforeType0):
            before = self.before.to_dict()
        else:
            before = self.before

        id = self.id

        record_key = self.record_key

        request_id: None | str
        request_id = self.request_id

        resource = self.resource

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "actor": actor,
                "after": after,
                "at": at,
                "before": before,
                "id": id,
                "record_key": record_key,
                "request_id": request_id,
                "resource": resource,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_read_after_type_0 import AuditReadAfterType0  # noqa: PLC0415
        from ..models.audit_read_before_type_0 import AuditReadBeforeType0  # noqa: PLC0415

        d = dict(src_dict)
        action = d.pop("action")

        actor = d.pop("actor")

        def _parse_after(data: object) -> AuditReadAfterType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                after_type_0 = AuditReadAfterType0.from_dict(data)

                return after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditReadAfterType0 | None, data)

        after = _parse_after(d.pop("after"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_before(data: object) -> AuditReadBeforeType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_0 = AuditReadBeforeType0.from_dict(data)

                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditReadBeforeType0 | None, data)

        before = _parse_before(d.pop("before"))

        id = d.pop("id")

        record_key = d.pop("record_key")

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        resource = d.pop("resource")

        audit_read = cls(
            action=action,
            actor=actor,
            after=after,
            at=at,
            before=before,
            id=id,
            record_key=record_key,
            request_id=request_id,
            resource=resource,
        )

        audit_read.additional_properties = d
        return audit_read

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
