from enum import StrEnum


class ContributionStatsShape(StrEnum):
    ARRAY = "array"
    OBJECT = "object"
    WIDE = "wide"

    def __str__(self) -> str:
        return str(self.value)
