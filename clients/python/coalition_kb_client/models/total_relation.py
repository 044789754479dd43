from enum import StrEnum


class TotalRelation(StrEnum):
    EQ = "eq"
    GTE = "gte"

    def __str__(self) -> str:
        return str(self.value)
