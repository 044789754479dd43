from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.date_precision import DatePrecision
from ..models.tally import Tally
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.citation_in import CitationIn


T = TypeVar("T", bound="StrengthCreate")


@_attrs_define
class StrengthCreate:
    """
    Attributes:
        citations (list[CitationIn]): At least one: nothing enters the knowledge base uncited.
        date (datetime.date): With date_precision month, the 1st of the month; with year, 1 January.
        mission (str): Lower-case words joined by single hyphens.
        personnel (int):
        slug (str): Lower-case words joined by single hyphens.
        tally (Tally):
        approx (bool | Unset): The source says about, some, ... Default: False.
        contribution (None | str | Unset): The contribution it measures: the same contributor and mission.
        contributor (None | str | Unset): Nation ISO 3166-1 alpha-3 code or organization slug; null for a mission-wide
            total.
        date_precision (DatePrecision | Unset):
        note (None | str | Unset):
    """

    citations: list[CitationIn]
    date: datetime.date
    mission: str
    personnel: int
    slug: str
    tally: Tally
    approx: bool | Unset = False
    contribution: None | str | Unset = UNSET
    contributor: None | str | Unset = UNSET
    date_precision: DatePrecision | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        citations = []
        for citations_item_data in self.citations:
            citations_item = citations_item_data.to_dict()
            citations.append(citations_item)

        date = self.date.isoformat()

        mission = self.mission

        personnel = self.personnel

        slug = self.slug

        tally = self.tally.value

        approx = self.approx

        contribution: None | str | Unset
        if isinstance(self.contribution, Unset):
            contribution = UNSET
        else:
            contribution = self.contribution

        contributor: None | str | Unset
        if isinstance(self.contributor, Unset):
            contributor = UNSET
        else:
            contributor = self.contributor

        date_precision: str | Unset = UNSET
        if not isinstance(self.date_precision, Unset):
            date_precision = self.date_precision.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "citations": citations,
                "date": date,
                "mission": mission,
                "personnel": personnel,
                "slug": slug,
                "tally": tally,
            }
        )
        if approx is not UNSET:
            field_dict["approx"] = approx
        if contribution is not UNSET:
            field_dict["contribution"] = contribution
        if contributor is not UNSET:
            field_dict["contributor"] = contributor
        if date_precision is not UNSET:
            field_dict["date_precision"] = date_precision
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation_in import CitationIn  # noqa: PLC0415

        d = dict(src_dict)
        citations = []
        _citations = d.pop("citations")
        for citations_item_data in _citations:
            citations_item = CitationIn.from_dict(citations_item_data)

            citations.append(citations_item)

        date = datetime.date.fromisoformat(d.pop("date"))

        mission = d.pop("mission")

        personnel = d.pop("personnel")

        slug = d.pop("slug")

        tally = Tally(d.pop("tally"))

        approx = d.pop("approx", UNSET)

        def _parse_contribution(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contribution = _parse_contribution(d.pop("contribution", UNSET))

        def _parse_contributor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contributor = _parse_contributor(d.pop("contributor", UNSET))

        _date_precision = d.pop("date_precision", UNSET)
        date_precision: DatePrecision | Unset
        if isinstance(_date_precision, Unset):
            date_precision = UNSET
        else:
            date_precision = DatePrecision(_date_precision)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        strength_create = cls(
            citations=citations,
            date=date,
            mission=mission,
            personnel=personnel,
            slug=slug,
            tally=tally,
            approx=approx,
            contribution=contribution,
            contributor=contributor,
            date_precision=date_precision,
            note=note,
        )

        return strength_create
