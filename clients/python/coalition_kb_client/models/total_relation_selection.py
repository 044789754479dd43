from enum import StrEnum


class TotalRelationSelection(StrEnum):
    EQ = "eq"
    GTE = "gte"

    def __str__(self) -> str:
        return str(self.value)
