from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CitationCounts")


@_attrs_define
class CitationCounts:
    """Citations per verdict (`asserted`: not reviewed yet).

    Attributes:
        asserted (int):
        corroborated (int):
        disputed (int):
        misleading (int):
        opinion (int):
        total (int):
        unverifiable (int):
    """

    asserted: int
    corroborated: int
    disputed: int
    misleading: int
    opinion: int
    total: int
    unverifiable: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asserted = self.asserted

        corroborated = self.corroborated

        disputed = self.disputed

        misleading = self.misleading

        opinion = self.opinion

        total = self.total

        unverifiable = self.unverifiable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asserted": asserted,
                "corroborated": corroborated,
                "disputed": disputed,
                "misleading": misleading,
                "opinion": opinion,
                "total": total,
                "unverifiable": unverifiable,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asserted = d.pop("asserted")

        corroborated = d.pop("corroborated")

        disputed = d.pop("disputed")

        misleading = d.pop("misleading")

        opinion = d.pop("opinion")

        total = d.pop("total")

        unverifiable = d.pop("unverifiable")

        citation_counts = cls(
            asserted=asserted,
            corroborated=corroborated,
            disputed=disputed,
            misleading=misleading,
            opinion=opinion,
            total=total,
            unverifiable=unverifiable,
        )

        citation_counts.additional_properties = d
        return citation_counts

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
