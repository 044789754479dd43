import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from app.core.types import Status

EventKind = Literal["mission", "contribution", "accession"]
EVENT_KINDS: tuple[EventKind, ...] = ("mission", "contribution", "accession")


class TimelineEvent(BaseModel):
    kind: EventKind = Field(
        description="mission (its period), contribution (a dated one) or accession (a nation "
        "joining NATO)."
    )
    date: dt.date = Field(description="When it starts; events are in this order.")
    end_date: dt.date | None = Field(description="When it ends; null: a point in time or ongoing.")
    key: str = Field(description="Mission or contribution slug, or the nation's ISO code.")
    title: str
    url: str
    mission: str | None = Field(description="The mission's slug (missions and contributions).")
    organization: str | None = Field(description="Slug of the organization leading it.")
    theater: str | None = Field(description="ISO 3166-1 alpha-3 code of where it happened.")
    status: Status | None
