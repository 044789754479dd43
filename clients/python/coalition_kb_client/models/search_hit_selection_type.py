from enum import StrEnum


class SearchHitSelectionType(StrEnum):
    CITATION = "citation"
    CONTRIBUTION = "contribution"
    LESSON = "lesson"
    MISSION = "mission"
    PASSAGE = "passage"
    SOURCE = "source"

    def __str__(self) -> str:
        return str(self.value)
