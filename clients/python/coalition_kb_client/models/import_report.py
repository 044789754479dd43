from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.import_report_kinds import ImportReportKinds


T = TypeVar("T", bound="ImportReport")


@_attrs_define
class ImportReport:
    """
    Attributes:
        changed (int):
        created (int):
        dry_run (bool): True: nothing was written.
        kinds (ImportReportKinds):
        unchanged (int):
    """

    changed: int
    created: int
    dry_run: bool
    kinds: ImportReportKinds
    unchanged: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed = self.changed

        created = self.created

        dry_run = self.dry_run

        kinds = self.kinds.to_dict()

        unchanged = self.unchanged

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed": changed,
                "created": created,
                "dry_run": dry_run,
                "kinds": kinds,
                "unchanged": unchanged,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_report_kinds import ImportReportKinds  # noqa: PLC0415

        d = dict(src_dict)
        changed = d.pop("changed")

        created = d.pop("created")

        dry_run = d.pop("dry_run")

        kinds = ImportReportKinds.from_dict(d.pop("kinds"))

        unchanged = d.pop("unchanged")

        import_report = cls(
            changed=changed,
            created=created,
            dry_run=dry_run,
            kinds=kinds,
            unchanged=unchanged,
        )

        import_report.additional_properties = d
        return import_report

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
