from enum import StrEnum


class TimelineEventSelectionKind(StrEnum):
    ACCESSION = "accession"
    CONTRIBUTION = "contribution"
    MISSION = "mission"

    def __str__(self) -> str:
        return str(self.value)
