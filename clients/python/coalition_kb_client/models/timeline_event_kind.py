from enum import StrEnum


class TimelineEventKind(StrEnum):
    ACCESSION = "accession"
    CONTRIBUTION = "contribution"
    MISSION = "mission"

    def __str__(self) -> str:
        return str(self.value)
