from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status import Status

if TYPE_CHECKING:
    from ..models.citation_read import CitationRead
    from ..models.contributor_ref import ContributorRef
    from ..models.mission_ref import MissionRef
    from ..models.strength_read import StrengthRead
    from ..models.type_ref import TypeRef


T = TypeVar("T", bound="ContributionDetail")


@_attrs_define
class ContributionDetail:
    """
    Attributes:
        amount (float | None): A number (JSON number), in `unit`.
        amount_approx (bool): The source gives the amount as approximate: over, about, nearly.
        citations (list[CitationRead]):
        contributor (ContributorRef):
        date_precision (str):
        description (str):
        disputed_claims (int):
        end_date (datetime.date | None):
        mission (MissionRef):
        personnel (int | None):
        slug (str):
        start_date (datetime.date | None):
        status (Status):
        strengths (list[StrengthRead]): Dated head counts of this contribution, oldest first (disputed ones left out):
            its strength over time, each at `/strengths/{slug}` with its citations.
        type_ (TypeRef):
        unit (None | str): One of a closed list: an ISO 4217 currency code (AUD, CAD, CHF, CZK, DKK, EUR, GBP, HUF, JPY,
            NOK, PLN, SEK, TRY, USD) or a counted noun (aircraft, armoured-vehicles, batteries, battalions, courses, rounds,
            sorties, tanks, trainees, vehicles, weapons). What was counted is in the description.
        url (str):
        version (int):
    """

    amount: float | None
    amount_approx: bool
    citations: list[CitationRead]
    contributor: ContributorRef
    date_precision: str
    description: str
    disputed_claims: int
    end_date: datetime.date | None
    mission: MissionRef
    personnel: int | None
    slug: str
    start_date: datetime.date | None
    status: Status
    strengths: list[StrengthRead]
    type_: TypeRef
    unit: None | str
    url: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: float | None
        amount = self.amount

        amount_approx = self.amount_approx

        citations = []
        for citations_item_data in self.citations:
            citations_item = citations_item_data.to_dict()
            citations.append(citations_item)

        contributor = self.contributor.to_dict()

        date_precision = self.date_precision

        description = self.description

        disputed_claims = self.disputed_claims

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        mission = self.mission.to_dict()

        personnel: int | None
        personnel = self.personnel

        slug = self.slug

        start_date: None | str
        if isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        status = self.status.value

        strengths = []
        for strengths_item_data in self.strengths:
            strengths_item = strengths_item_data.to_dict()
            strengths.append(strengths_item)

        type_ = self.type_.to_dict()

        unit: None | str
        unit = self.unit

        url = self.url

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "amount_approx": amount_approx,
                "citations": citations,
                "contributor": contributor,
                "date_precision": date_precision,
                "description": description,
                "disputed_claims": disputed_claims,
                "end_date": end_date,
                "mission": mission,
                "personnel": personnel,
                "slug": slug,
                "start_date": start_date,
                "status": status,
                "strengths": strengths,
                "type": type_,
                "unit": unit,
                "url": url,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation_read import CitationRead  # noqa: PLC0415
        from ..models.contributor_ref import ContributorRef  # noqa: PLC0415
        from ..models.mission_ref import MissionRef  # noqa: PLC0415
        from ..models.strength_read import StrengthRead  # noqa: PLC0415
        from ..models.type_ref import TypeRef  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        amount = _parse_amount(d.pop("amount"))

        amount_approx = d.pop("amount_approx")

        citations = []
        _citations = d.pop("citations")
        for citations_item_data in _citations:
            citations_item = CitationRead.from_dict(citations_item_data)

            citations.append(citations_item)

        contributor = ContributorRef.from_dict(d.pop("contributor"))

        date_precision = d.pop("date_precision")

        description = d.pop("description")

        disputed_claims = d.pop("disputed_claims")

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("end_date"))

        mission = MissionRef.from_dict(d.pop("mission"))

        def _parse_personnel(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        personnel = _parse_personnel(d.pop("personnel"))

        slug = d.pop("slug")

        def _parse_start_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        start_date = _parse_start_date(d.pop("start_date"))

        status = Status(d.pop("status"))

        strengths = []
        _strengths = d.pop("strengths")
        for strengths_item_data in _strengths:
            strengths_item = StrengthRead.from_dict(strengths_item_data)

            strengths.append(strengths_item)

        type_ = TypeRef.from_dict(d.pop("type"))

        def _parse_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit = _parse_unit(d.pop("unit"))

        url = d.pop("url")

        version = d.pop("version")

        contribution_detail = cls(
            amount=amount,
            amount_approx=amount_approx,
            citations=citations,
            contributor=contributor,
            date_precision=date_precision,
            description=description,
            disputed_claims=disputed_claims,
            end_date=end_date,
            mission=mission,
            personnel=personnel,
            slug=slug,
            start_date=start_date,
            status=status,
            strengths=strengths,
            type_=type_,
            unit=unit,
            url=url,
            version=version,
        )

        contribution_detail.additional_properties = d
        return contribution_detail

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
