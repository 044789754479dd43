from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReportCard")


@_attrs_define
class ReportCard:
    """How the source's claims fared when checked against others: claims per verdict.

    Attributes:
        asserted (int): The same as `unreviewed`: only this source says it.
        claims (int):
        corroborated (int): A reliable source confirms it.
        disputed (int): A reliable source contradicts it.
        misleading (int): True in part, false in what it implies.
        opinion (int): A judgement no source can confirm or refute.
        reviewed (bool): The source has been reviewed (`reviewed_date` is set).
        unreviewed (int): Claims nobody has reviewed yet (status `asserted`).
        unverifiable (int): A specific claim no source confirms or denies.
    """

    asserted: int
    claims: int
    corroborated: int
    disputed: int
    misleading: int
    opinion: int
    reviewed: bool
    unreviewed: int
    unverifiable: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asserted = self.asserted

        claims = self.claims

        corroborated = self.corroborated

        disputed = self.disputed

        misleading = self.misleading

        opinion = self.opinion

        reviewed = self.reviewed

        unreviewed = self.unreviewed

        unverifiable = self.unverifiable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asserted": asserted,
                "claims": claims,
                "corroborated": corroborated,
                "disputed": disputed,
                "misleading": misleading,
                "opinion": opinion,
                "reviewed": reviewed,
                "unreviewed": unreviewed,
                "unverifiable": unverifiable,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asserted = d.pop("asserted")

        claims = d.pop("claims")

        corroborated = d.pop("corroborated")

        disputed = d.pop("disputed")

        misleading = d.pop("misleading")

        opinion = d.pop("opinion")

        reviewed = d.pop("reviewed")

        unreviewed = d.pop("unreviewed")

        unverifiable = d.pop("unverifiable")

        report_card = cls(
            asserted=asserted,
            claims=claims,
            corroborated=corroborated,
            disputed=disputed,
            misleading=misleading,
            opinion=opinion,
            reviewed=reviewed,
            unreviewed=unreviewed,
            unverifiable=unverifiable,
        )

        report_card.additional_properties = d
        return report_card

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
