"""Every table, imported in one place so Alembic sees the whole schema."""

from app.models.api_key import ApiKey
from app.models.audit_entry import AuditEntry
from app.models.base import Base
from app.models.citation import Citation
from app.models.contribution import Contribution
from app.models.contribution_type import ContributionType
from app.models.contributor import Contributor
from app.models.kb_state import KbState, KbTableVersion
from app.models.lesson import Lesson, LessonMission
from app.models.mission import Mission
from app.models.source import Source
from app.models.strength import TALLIES, StrengthObservation
from app.models.tally import (
    AMOUNT_SCOPES,
    TALLY_DIMS,
    TALLY_PAIRS,
    AmountSeries,
    AmountStartPick,
    AmountStartTally,
    AmountTally,
    Tally,
    TallyPair,
)

__all__ = [
    "AMOUNT_SCOPES",
    "TALLIES",
    "TALLY_DIMS",
    "TALLY_PAIRS",
    "AmountSeries",
    "AmountStartPick",
    "AmountStartTally",
    "AmountTally",
    "ApiKey",
    "AuditEntry",
    "Base",
    "Citation",
    "Contribution",
    "ContributionType",
    "Contributor",
    "KbState",
    "KbTableVersion",
    "Lesson",
    "LessonMission",
    "Mission",
    "Source",
    "StrengthObservation",
    "Tally",
    "TallyPair",
]
