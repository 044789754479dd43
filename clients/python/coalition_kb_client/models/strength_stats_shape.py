from enum import StrEnum


class StrengthStatsShape(StrEnum):
    ARRAY = "array"
    OBJECT = "object"

    def __str__(self) -> str:
        return str(self.value)
