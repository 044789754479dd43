from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportCardSelection")


@_attrs_define
class ReportCardSelection:
    """How the source's claims fared when checked against others: claims per verdict.

    Attributes:
        asserted (int | Unset): The same as `unreviewed`: only this source says it.
        claims (int | Unset):
        corroborated (int | Unset): A reliable source confirms it.
        disputed (int | Unset): A reliable source contradicts it.
        misleading (int | Unset): True in part, false in what it implies.
        opinion (int | Unset): A judgement no source can confirm or refute.
        reviewed (bool | Unset): The source has been reviewed (`reviewed_date` is set).
        unreviewed (int | Unset): Claims nobody has reviewed yet (status `asserted`).
        unverifiable (int | Unset): A specific claim no source confirms or denies.
    """

    asserted: int | Unset = UNSET
    claims: int | Unset = UNSET
    corroborated: int | Unset = UNSET
    disputed: int | Unset = UNSET
    misleading: int | Unset = UNSET
    opinion: int | Unset = UNSET
    reviewed: bool | Unset = UNSET
    unreviewed: int | Unset = UNSET
    unverifiable: int | Unset = UNSET
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
        field_dict.update({})
        if asserted is not UNSET:
            field_dict["asserted"] = asserted
        if claims is not UNSET:
            field_dict["claims"] = claims
        if corroborated is not UNSET:
            field_dict["corroborated"] = corroborated
        if disputed is not UNSET:
            field_dict["disputed"] = disputed
        if misleading is not UNSET:
            field_dict["misleading"] = misleading
        if opinion is not UNSET:
            field_dict["opinion"] = opinion
        if reviewed is not UNSET:
            field_dict["reviewed"] = reviewed
        if unreviewed is not UNSET:
            field_dict["unreviewed"] = unreviewed
        if unverifiable is not UNSET:
            field_dict["unverifiable"] = unverifiable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asserted = d.pop("asserted", UNSET)

        claims = d.pop("claims", UNSET)

        corroborated = d.pop("corroborated", UNSET)

        disputed = d.pop("disputed", UNSET)

        misleading = d.pop("misleading", UNSET)

        opinion = d.pop("opinion", UNSET)

        reviewed = d.pop("reviewed", UNSET)

        unreviewed = d.pop("unreviewed", UNSET)

        unverifiable = d.pop("unverifiable", UNSET)

        report_card_selection = cls(
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

        report_card_selection.additional_properties = d
        return report_card_selection

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
