from datetime import date

from pydantic import BaseModel, Field


class StrengthInterval(BaseModel):
    """One group's strength in one interval: flat, so CSV rows are chart rows."""

    period: str = Field(
        description="The interval: `2005`, `2005-Q1` or `2005-01`.", examples=["2005-Q1"]
    )
    start: date = Field(description="Its first day (a time axis for charts).")
    end: date = Field(description="Its last day.")
    key: str | None = Field(
        description="The group: contributor code (ISO code or organization slug) or mission "
        "slug; null with `group_by=total`.",
        examples=["GBR"],
    )
    label: str | None = Field(examples=["United Kingdom"])
    personnel: int = Field(description="Personnel by the rule in `rule`.", examples=[8500])
    contributors: int = Field(description="Contributor-mission pairs counted in `personnel`.")
    approx: bool = Field(description="Some figure counted is approximate (about, some...).")
    carried: bool = Field(
        description="Some figure counted was observed before this interval (carried forward)."
    )
    observed_from: date = Field(description="Date of the oldest observation counted.")
    observed_to: date = Field(description="Date of the latest observation counted.")


class StrengthStats(BaseModel):
    group_by: str
    interval: str
    carry: str
    from_: date | None = Field(
        alias="from",
        description="The first day covered (as given, else the first observation's date).",
    )
    to: date | None = Field(
        description="The last day covered (as given, else the latest observation's date)."
    )
    rule: str = Field(description="How `personnel` is counted.")
    items: list[StrengthInterval]

    model_config = {"populate_by_name": True}
