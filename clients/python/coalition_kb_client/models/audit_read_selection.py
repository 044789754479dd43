from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_read_selection_after_type_0 import AuditReadSelectionAfterType0
    from ..models.audit_read_selection_before_type_0 import AuditReadSelectionBeforeType0


T = TypeVar("T", bound="AuditReadSelection")


@_attrs_define
class AuditReadSelection:
    """
    Attributes:
        action (str | Unset):
        actor (str | Unset): Name of the API key that made the change.
        after (AuditReadSelectionAfterType0 | None | Unset): The record after; null once deleted.
        at (datetime.datetime | Unset):
        before (AuditReadSelectionBeforeType0 | None | Unset): The record before (export format).
        id (int | Unset):
        record_key (str | Unset):
        request_id (None | str | Unset):
        resource (str | Unset):
    """

    action: str | Unset = UNSET
    actor: str | Unset = UNSET
    after: AuditReadSelectionAfterType0 | None | Unset = UNSET
    at: datetime.datetime | Unset = UNSET
    before: AuditReadSelectionBeforeType0 | None | Unset = UNSET
    id: int | Unset = UNSET
    record_key: str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    resource: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_read_selection_after_type_0 import AuditReadSelectionAfterType0  # noqa: PLC0415
        from ..models.audit_read_selection_before_type_0 import AuditReadSelectionBeforeType0  # noqa: PLC0415

        action = self.action

        actor = self.actor

        after: dict[str, Any] | None | Unset
        if isinstance(self.after, Unset):
            after = UNSET
        elif isinstance(self.after, AuditReadSelectionAfterType0):
            after = self.after.to_dict()
        else:
            after = self.after

        at: str | Unset = UNSET
        if not isinstance(self.at, Unset):
            at = self.at.isoformat()

        before: dict[str, Any] | None | Unset
        if isinstance(self.before, Unset):
            before = UNSET
        elif isinstance(self.before, AuditReadSelectionBeforeType0):
            before = self.before.to_dict()
        else:
            before = self.before

        id = self.id

        record_key = self.record_key

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        resource = self.resource

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if actor is not UNSET:
            field_dict["actor"] = actor
        if after is not UNSET:
            field_dict["after"] = after
        if at is not UNSET:
            field_dict["at"] = at
        if before is not UNSET:
            field_dict["before"] = before
        if id is not UNSET:
            field_dict["id"] = id
        if record_key is not UNSET:
            field_dict["record_key"] = record_key
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if resource is not UNSET:
            field_dict["resource"] = resource

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_read_selection_after_type_0 import AuditReadSelectionAfterType0  # noqa: PLC0415
        from ..models.audit_read_selection_before_type_0 import AuditReadSelectionBeforeType0  # noqa: PLC0415

        d = dict(src_dict)
        action = d.pop("action", UNSET)

        actor = d.pop("actor", UNSET)

        def _parse_after(data: object) -> AuditReadSelectionAfterType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                after_type_0 = AuditReadSelectionAfterType0.from_dict(data)

                return after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditReadSelectionAfterType0 | None | Unset, data)

        after = _parse_after(d.pop("after", UNSET))

        _at = d.pop("at", UNSET)
        at: datetime.datetime | Unset
        if isinstance(_at, Unset):
            at = UNSET
        else:
            at = datetime.datetime.fromisoformat(_at)

        def _parse_before(data: object) -> AuditReadSelectionBeforeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_0 = AuditReadSelectionBeforeType0.from_dict(data)

                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditReadSelectionBeforeType0 | None | Unset, data)

        before = _parse_before(d.pop("before", UNSET))

        id = d.pop("id", UNSET)

        record_key = d.pop("record_key", UNSET)

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        resource = d.pop("resource", UNSET)

        audit_read_selection = cls(
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

        audit_read_selection.additional_properties = d
        return audit_read_selection

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
