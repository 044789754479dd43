from datetime import date, datetime

from pydantic import BaseModel, Field

from app.core.numbers import Amount
from app.strengths.schemas import PersonnelOn


class AmountSum(BaseModel):
    unit: str = Field(description="A unit of the closed list (EUR, tanks...).", examples=["EUR"])
    amount: Amount = Field(description="Sum of the amounts counted in this unit (`amount_rule`).")
    count: int = Field(description="Contributions whose amount is counted in this sum.")


class StatsGroup(BaseModel):
    key: str | int | None = Field(
        description="The value to filter on (`?contributor=`, `?type=`, ...); null: not known "
        "(a contribution with no start date, for `year`).",
        examples=["ITA"],
    )
    label: str | None = Field(examples=["Italy"])
    count: int = Field(description="Contributions in the group.")
    personnel: int | None = Field(
        description="Personnel on `as_of` by `personnel_rule`: per contributor and mission the "
        "latest strength observation on or before that day, summed; null when none counts."
    )
    personnel_reported: int = Field(
        description="Contributions whose own (undated) `personnel` field is set: a count of "
        "records, not a strength; those fields are not summed."
    )
    amounts: list[AmountSum] = Field(
        description="Sums of amounts, one per unit (never across units), by `amount_rule`."
    )


class ContributionStats(BaseModel):
    group_by: str
    total: int = Field(description="Contributions matching the filters.")
    personnel: int | None = Field(
        description="Sum of the groups' `personnel` (on `as_of`, by `personnel_rule`)."
    )
    as_of: date = Field(description="The day `personnel` is counted on.")
    personnel_rule: str = Field(description="How the groups' `personnel` is counted.")
    amount_rule: str = Field(description="How the groups' `amounts` are counted.")
    groups: list[StatsGroup]


class CitationCounts(BaseModel):
    """Citations per verdict (`asserted`: not reviewed yet)."""

    total: int
    asserted: int
    corroborated: int
    disputed: int
    misleading: int
    unverifiable: int
    opinion: int


class ContributorCounts(BaseModel):
    nations: int = Field(description="Nations with at least one listed contribution.")
    organizations: int = Field(
        description="Organizations with at least one listed contribution; unnamed groups "
        "(organization kind `group`, e.g. the article's 'international partners') are not "
        "counted unless `include_groups=true`."
    )


class Period(BaseModel):
    first: date | None = Field(description="Earliest start date of a listed mission.")
    last: date | None = Field(description="Latest end date of a listed mission.")
    ongoing: int = Field(description="Listed missions with no end date.")


class Overview(BaseModel):
    missions: int
    contributions: int
    contributors: ContributorCounts
    personnel: PersonnelOn = Field(
        description="Personnel on one day (`as_of`, by default the date of the latest strength "
        "observation) by the summing rule in `rule`: never a sum of figures from different "
        "dates, nor of contributions' planned figures."
    )
    lessons: int
    sources: int
    citations: CitationCounts
    disputed_records: int = Field(
        description="Missions, contributions and lessons hidden by default: they stand only on "
        "disputed, misleading or unverifiable claims (missions and contributions: or opinion)."
    )
    period: Period
    data_version: int = Field(description="Grows with every write; the ETag is derived from it.")
    changed_at: datetime = Field(description="When the data last changed.")
