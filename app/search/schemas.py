from typing import Literal

from pydantic import BaseModel, Field

from app.core.types import Status

HitType = Literal["mission", "contribution", "lesson", "source", "passage", "citation"]
HIT_TYPES: tuple[HitType, ...] = (
    "mission",
    "contribution",
    "lesson",
    "source",
    "passage",
    "citation",
)


class SearchHit(BaseModel):
    type: HitType = Field(
        description="What matched: a record, or a `passage` (paragraph) of a source's full text."
    )
    key: str = Field(
        description="The record's key: a slug, a citation key; for a passage, its source's slug.",
        examples=["ntm-i"],
    )
    passage: int | None = Field(
        description="For a passage: its paragraph number in the source's full text (from 1)."
    )
    title: str = Field(examples=["NATO Training Mission-Iraq"])
    url: str = Field(description="Where the record is served.", examples=["/api/v1/missions/ntm-i"])
    snippet: str = Field(
        description="The best-matching fragment, HTML-escaped, each match in `<mark>...</mark>`."
    )
    status: Status | None = Field(
        description="For cited records and citations: the (derived) status or verdict."
    )
