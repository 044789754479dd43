from enum import StrEnum


class StatusSelection(StrEnum):
    ASSERTED = "asserted"
    CORROBORATED = "corroborated"
    DISPUTED = "disputed"
    MISLEADING = "misleading"
    OPINION = "opinion"
    UNVERIFIABLE = "unverifiable"

    def __str__(self) -> str:
        return str(self.value)
